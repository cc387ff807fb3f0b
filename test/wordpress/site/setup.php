<?php
// Installs WordPress non-interactively and seeds the test site. Run by test/wordpress/stack.mjs:
//   php setup.php install   (wp_install: tables, admin, options)
//   php setup.php seed      (posts, images, comments, users; prints what it made as JSON)
// Environment: PRESS_WP_ROOT (the WordPress folder), PRESS_WP_URL (http://127.0.0.1:PORT).
$step = $argv[1] ?? '';
$url = parse_url(getenv('PRESS_WP_URL'));
$_SERVER['HTTP_HOST'] = $_SERVER['SERVER_NAME'] = $url['host'] . ':' . $url['port'];
$_SERVER['SERVER_PORT'] = $url['port'];
$_SERVER['REQUEST_URI'] = '/';
$_SERVER['REQUEST_METHOD'] = 'GET';
$_SERVER['SERVER_PROTOCOL'] = 'HTTP/1.1';
$_SERVER['REMOTE_ADDR'] = '127.0.0.1';
if ($step === 'install') define('WP_INSTALLING', true);
require getenv('PRESS_WP_ROOT') . '/wp-load.php';

if ($step === 'install') {
  require_once ABSPATH . 'wp-admin/includes/upgrade.php';
  $result = wp_install('Presse-Test', 'admin', 'admin@example.org', false, '', 'Adm1n-Pass-2024!');
  if (empty($result['user_id'])) { fwrite(STDERR, "wp_install failed\n"); exit(1); }
  echo "installed: admin user {$result['user_id']}\n";
  exit(0);
}
if ($step !== 'seed') { fwrite(STDERR, "usage: php setup.php install|seed\n"); exit(2); }

require_once ABSPATH . 'wp-admin/includes/image.php';
// WordPress's defaults for comments stay as they are (open, threaded, held unless the author has an
// approved comment, at most 2 links, anonymous REST comments off); the site speaks German.
foreach ([
  'permalink_structure' => '/%year%/%monthnum%/%day%/%postname%/',
  'timezone_string' => 'Europe/Berlin',
  'blogdescription' => 'Nachrichten aus der Region',
  'comments_notify' => 0,
  'moderation_notify' => 0,
  'thread_comments_depth' => 5,
] as $name => $value) update_option($name, $value);
flush_rewrite_rules(false);
wp_delete_post(1, true); // "Hello world!"
wp_delete_post(2, true); // the sample page

$editor = wp_insert_user([
  'user_login' => 'rita', 'user_pass' => 'Redaktion-2026!', 'user_email' => 'rita@example.org',
  'display_name' => 'Rita Redakteurin', 'first_name' => 'Rita', 'last_name' => 'Redakteurin', 'role' => 'editor',
]);
if (is_wp_error($editor)) { fwrite(STDERR, $editor->get_error_message() . "\n"); exit(1); }

/** A JPEG drawn with GD, attached to $post as its featured image with alt text and caption. */
function press_featured_image($post, $slug, $alt, $caption, $rgb) {
  $uploads = wp_upload_dir();
  wp_mkdir_p($uploads['path']);
  $file = $uploads['path'] . "/$slug.jpg";
  $image = imagecreatetruecolor(800, 450);
  imagefill($image, 0, 0, imagecolorallocate($image, ...$rgb));
  imagestring($image, 5, 24, 24, strtoupper($slug), imagecolorallocate($image, 255, 255, 255));
  imagejpeg($image, $file, 80);
  imagedestroy($image);
  $id = wp_insert_attachment(['post_mime_type' => 'image/jpeg', 'post_title' => $alt, 'post_excerpt' => $caption, 'post_status' => 'inherit'], $file, $post);
  wp_update_attachment_metadata($id, wp_generate_attachment_metadata($id, $file));
  update_post_meta($id, '_wp_attachment_image_alt', $alt);
  set_post_thumbnail($post, $id);
  return $id;
}

$articles = [
  ['Bürgerhaus in Völklingen öffnet wieder', 'Nach zwei Jahren Umbau ist das Bürgerhaus wieder für Vereine und Feiern geöffnet.'],
  ['Straßenbau & Verkehr: Brücke über die Saar bis März gesperrt', 'Pendler müssen sich auf Umleitungen einstellen; der Bus fährt über Güdingen.'],
  ['„Grüße aus Saarbrücken“ – Ministerin würdigt Ehrenamtliche', 'Über 200 Gäste kamen zum Empfang. Die Ministerin dankte für „unbezahlbare“ Arbeit.'],
  ['Schüler gewinnen bei „Jugend forscht“ mit einer Öko-Heizung', 'Drei Neuntklässler aus Homburg überzeugten die Jury mit einer Wärmepumpe aus Schrott.'],
  ['Weihnachtsmarkt: Glühwein, Lebkuchen und längere Öffnungszeiten', 'Ab Freitag öffnen die Buden täglich bis 22 Uhr; sonntags spielt der Posaunenchor.'],
  ['Haushalt 2027: Stadtrat beschließt Änderungen für Kitas', 'Mehr Geld für Betreuung, weniger für Straßenbeleuchtung – die Opposition stimmte dagegen.'],
];
$colours = [[20, 70, 120], [120, 60, 20], [40, 110, 60], [100, 30, 90], [150, 30, 30], [60, 60, 60]];
$now = time();
$posts = [];
foreach ($articles as $i => [$title, $excerpt]) {
  $gmt = $now - (count($articles) - $i) * DAY_IN_SECONDS; // a day apart, the newest yesterday
  $id = wp_insert_post([
    'post_title' => $title, 'post_excerpt' => $excerpt, 'post_status' => 'publish', 'post_author' => $editor,
    'post_content' => "<!-- wp:paragraph --><p>$excerpt</p><!-- /wp:paragraph --><!-- wp:paragraph --><p>Mehr dazu in Kürze. Über die Ergebnisse berichten wir weiter.</p><!-- /wp:paragraph -->",
    'post_date_gmt' => gmdate('Y-m-d H:i:s', $gmt), 'post_date' => get_date_from_gmt(gmdate('Y-m-d H:i:s', $gmt)),
    'comment_status' => 'open',
  ], true);
  if (is_wp_error($id)) { fwrite(STDERR, $id->get_error_message() . "\n"); exit(1); }
  $image = press_featured_image($id, 'beitrag-' . ($i + 1), "Symbolbild zu „{$title}“", 'Foto: MIBS/C. Stoll', $colours[$i]);
  $posts[] = ['id' => $id, 'title' => $title, 'date_gmt' => gmdate('c', $gmt), 'image' => $image];
}

$names = ['Erika Muster', 'Jürgen Groß', 'Änne Köhler', 'Özlem Yıldız', 'Sören Weiß', 'Hanna Schäfer', 'Lars Öztürk', 'Max Mustermann', 'Gülay Bäcker', 'Jörg Fuß', 'Käthe Lüdtke', 'Björn Möller'];
$comment = function ($post, $i, $at, $parent = 0, $approved = 1, $author = null) use ($names) {
  $author = $author ?? $names[$i % count($names)];
  return wp_insert_comment([
    'comment_post_ID' => $post, 'comment_parent' => $parent, 'comment_approved' => $approved,
    'comment_author' => $author, 'comment_author_email' => sanitize_title($author) . "-$i@example.org",
    'comment_author_IP' => '127.0.0.1',
    'comment_content' => "Kommentar Nr. $i von $author: Schön, dass „das“ klappt – danke für den Überblick!",
    'comment_date_gmt' => gmdate('Y-m-d H:i:s', $at), 'comment_date' => get_date_from_gmt(gmdate('Y-m-d H:i:s', $at)),
  ]);
};

// The hot post (the middle one): 130 approved comments, threaded, oldest first across two pages
// of 100; the newest is a reply to the fifth (its parent on page 1, itself on page 2).
$hot = $posts[2]['id'];
$start = strtotime($posts[2]['date_gmt']) + 600;
$ids = [];
for ($i = 1; $i <= 129; $i++) {
  $parent = 0;
  if ($i % 7 === 0) $parent = $ids[$i - 2];             // a reply
  if ($i % 21 === 0) $parent = $ids[$i - 1];            // a reply to a reply
  $ids[$i] = $comment($hot, $i, $start + $i * 300, $parent);
}
$deep = $comment($hot, 130, $start + 131 * 300, $ids[5]);
$comment($hot, 131, $start + 132 * 300, 0, 0);        // held: not listed, not counted
$comment($hot, 132, $start + 133 * 300, 0, 'spam');   // spam: neither

// Smaller threads, so the counts differ per card: (readers' 10), 1, (hot), 2, 5, none.
foreach ([1 => 1, 3 => 2, 4 => 5] as $at => $n) {
  $first = 0;
  for ($i = 1; $i <= $n; $i++) {
    $id = $comment($posts[$at]['id'], 200 + $at * 10 + $i, strtotime($posts[$at]['date_gmt']) + $i * 900, $i === 3 ? $first : 0);
    if ($i === 1) $first = $id;
  }
}

// Returning readers: each has one approved comment (on the oldest post but one), so WordPress
// approves their next comment at once ("Comment author must have a previously approved comment").
$readers = [];
foreach (['Erika Muster', 'Jürgen Groß', 'Änne Köhler', 'Sören Weiß', 'Hanna Schäfer', 'Lars Öztürk', 'Gülay Bäcker', 'Jörg Fuß', 'Käthe Lüdtke', 'Björn Möller'] as $n => $name) {
  $email = sanitize_title($name) . '@leser.example.org';
  wp_insert_comment([
    'comment_post_ID' => $posts[0]['id'], 'comment_approved' => 1, 'comment_author' => $name, 'comment_author_email' => $email,
    'comment_author_IP' => '127.0.0.1', 'comment_content' => "Erster Kommentar von $name.",
    'comment_date_gmt' => gmdate('Y-m-d H:i:s', strtotime($posts[0]['date_gmt']) + 3600 + $n * 60),
  ]);
  $readers[] = ['name' => $name, 'email' => $email];
}

echo json_encode([
  'posts' => $posts, 'hot' => $hot, 'deep' => $deep, 'deepParent' => $ids[5],
  'editor' => ['id' => $editor, 'login' => 'rita', 'password' => 'Redaktion-2026!', 'name' => 'Rita Redakteurin'],
  'readers' => $readers,
], JSON_UNESCAPED_UNICODE | JSON_UNESCAPED_SLASHES), "\n";

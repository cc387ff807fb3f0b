<?php
/**
 * Plugin Name: press-widgets on the theme's pages (test site)
 * Description: What a site does to use press-widgets with no configuration: load the bundle and
 * put the bare elements in the page. Also enqueues WordPress's own `wp-api` script, so that
 * `wpApiSettings.nonce` is printed for signed-in readers, as many themes and plugins do.
 */

add_action('wp_enqueue_scripts', function () {
  wp_enqueue_script('wp-api');
  // Test only: ?press_nonce=expired prints a REST nonce from two days ago (a tab left open over
  // a weekend): WordPress made it for this user and session, but it is no longer valid.
  if (is_user_logged_in() && ($_GET['press_nonce'] ?? '') === 'expired') {
    $tick = wp_nonce_tick() - 4;
    $nonce = substr(wp_hash($tick . '|wp_rest|' . get_current_user_id() . '|' . wp_get_session_token(), 'nonce'), -12, 10);
    wp_add_inline_script('wp-api-request', 'wpApiSettings.nonce = ' . wp_json_encode($nonce) . ';');
  }
});

add_action('wp_footer', function () {
  if (!is_singular('post')) return;
  $post = (int) get_the_ID();
  // Bare elements: they find the REST root and the post themselves. Test only: ?press_source=rest_route
  // gives them explicit sources in the plain-permalink form instead.
  $plain = ($_GET['press_source'] ?? '') === 'rest_route';
  $src = function ($route) use ($plain) { return $plain ? ' source="' . esc_attr(home_url('/?rest_route=' . $route)) . '"' : ''; };
  $current = $plain ? " current=\"$post\"" : '';
  $for = $plain ? " post=\"$post\"" : '';
  ?>
<section id="press-widgets" aria-label="press-widgets">
  <p><press-comment-count id="pw-count" post="<?php echo $post; ?>"<?php echo $src('/wp/v2/comments'); ?>></press-comment-count></p>
  <press-nav id="pw-nav"<?php echo $src('/wp/v2/posts') . $current; ?>></press-nav>
  <press-comments id="pw-comments"<?php echo $src('/wp/v2/comments') . $for; ?>></press-comments>
  <press-card-list id="pw-list" comments limit="6"<?php echo $src('/wp/v2/posts'); ?>></press-card-list>
</section>
<script type="module" src="<?php echo esc_url(home_url('/press-widgets/press-widgets.js')); ?>"></script>
  <?php
});

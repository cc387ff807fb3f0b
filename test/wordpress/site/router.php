<?php
// Router for `php -S`: static files as they are, PHP files run, everything else (pretty
// permalinks, /wp-json/) through index.php, as Apache's or nginx's WordPress rules would.
// Two test-only additions:
// - /press-widgets/<file> serves the project's dist/ (the bundle the theme page loads);
// - each simulated reader gets its own client address from a "press-reader/N" token in its
//   User-Agent (a header that never triggers a CORS preflight), as a site behind a proxy takes
//   it from X-Forwarded-For. WordPress's flood check then applies per reader, as on a real site.
// Every request that reaches PHP is counted in $PRESS_WP_STATE/php-requests.log (the cache benchmark).
$root = getenv('PRESS_WP_ROOT');
$path = urldecode(parse_url($_SERVER['REQUEST_URI'], PHP_URL_PATH) ?? '/');
$state = getenv('PRESS_WP_STATE') ?: __DIR__;
file_put_contents("$state/php-requests.log", $_SERVER['REQUEST_METHOD'] . ' ' . $_SERVER['REQUEST_URI'] . "\n", FILE_APPEND | LOCK_EX);

if (preg_match('~press-reader/(\d+)~', $_SERVER['HTTP_USER_AGENT'] ?? '', $m)) {
  $n = (int) $m[1];
  $_SERVER['REMOTE_ADDR'] = '127.77.' . (intdiv($n, 250) % 250) . '.' . ($n % 250 + 1);
}

if (strpos($path, '/press-widgets/') === 0) {
  $dist = realpath(getenv('PRESS_WP_DIST') ?: __DIR__ . '/dist');
  $file = realpath($dist . '/' . substr($path, strlen('/press-widgets/')));
  if (!$file || strpos($file, $dist . '/') !== 0 || !is_file($file)) { http_response_code(404); return true; }
  header('Content-Type: ' . (substr($file, -3) === '.js' ? 'text/javascript' : 'application/octet-stream'));
  header('Cache-Control: no-store');
  readfile($file);
  return true;
}

$file = $root . $path;
$run = function ($script, $name) {
  chdir(dirname($script));
  $_SERVER['SCRIPT_NAME'] = $_SERVER['PHP_SELF'] = $name;
  $_SERVER['SCRIPT_FILENAME'] = $script;
  require $script;
};
if ($path !== '/' && is_file($file)) {
  if (substr($file, -4) !== '.php') return false;
  $run($file, $path);
  return true;
}
if (is_dir($file) && is_file(rtrim($file, '/') . '/index.php')) {
  $run(rtrim($file, '/') . '/index.php', rtrim($path, '/') . '/index.php');
  return true;
}
$run($root . '/index.php', '/index.php');

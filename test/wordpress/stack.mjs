// A throwaway WordPress for the tests, from Debian's packages, on loopback only:
// MariaDB (own data folder, socket and port), `php -S` with a router, nginx as a caching proxy.
// Everything lives in one state folder (default: <project>/.wordpress, git-ignored). Every process
// is started in its own process group, its PID written to the state folder, and stopped by that
// PID; a later run finds a still-running one there and reuses it (or stops it if it is unwell).
import { spawn, execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, openSync, readFileSync, rmSync, symlinkSync, writeFileSync, copyFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

export const root = new URL('../..', import.meta.url).pathname.replace(/\/$/, '');
const site = join(root, 'test/wordpress/site');
/** The built bundle the theme page loads (PRESS_DIST_DIR: another build, e.g. of a branch not merged yet). */
export const distDir = process.env.PRESS_DIST_DIR || join(root, 'dist');
export const PORTS = { mariadb: 33067, php: 5252, nginx: 5253, cross: 5254 };
export const TTL = 10; // seconds an anonymous REST GET stays in nginx's cache
const DEBIAN_WP = '/usr/share/wordpress';
const THEME = 'twentytwentyone';
const PACKAGES = ['wordpress', `wordpress-theme-${THEME}`, 'mariadb-server', 'php-cli', 'php-mysql', 'nginx'];
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const isRoot = process.getuid?.() === 0;

export function statePaths(state = process.env.PRESS_WP_STATE || join(root, '.wordpress')) {
  const socket = join(state, 'mysqld.sock');
  return {
    state, wp: join(state, 'wp'), data: join(state, 'mariadb'), nginx: join(state, 'nginx'),
    // A Unix socket path is limited to 107 bytes.
    socket: socket.length < 100 ? socket : `/tmp/press-widgets-mysqld-${PORTS.mariadb}.sock`,
    requests: join(state, 'php-requests.log'),
  };
}

/** Installs the Debian packages that are missing (as root), else says in one line how. */
export function ensurePackages(log = console.log) {
  const have = (bin) => { try { execFileSync('sh', ['-c', `command -v ${bin}`], { stdio: 'ignore' }); return true; } catch { return false; } };
  const missing = [];
  if (!existsSync(`${DEBIAN_WP}/wp-settings.php`)) missing.push('wordpress');
  if (!existsSync(`${DEBIAN_WP}/wp-content/themes/${THEME}/style.css`)) missing.push(`wordpress-theme-${THEME}`);
  if (!have('mariadbd') || !have('mariadb-install-db')) missing.push('mariadb-server');
  if (!have('php')) missing.push('php-cli');
  else if (!execFileSync('php', ['-m'], { encoding: 'utf8' }).includes('mysqli')) missing.push('php-mysql');
  if (!existsSync('/usr/sbin/nginx') && !have('nginx')) missing.push('nginx');
  if (!missing.length) return;
  const how = `apt-get update && apt-get install -y --no-install-recommends ${PACKAGES.join(' ')}`;
  if (!isRoot || !existsSync('/usr/bin/apt-get')) throw new Error(`missing Debian packages (${missing.join(', ')}): run as root: ${how}`);
  log(`installing Debian packages: ${missing.join(' ')}`);
  const started = Date.now();
  // Debian's maintainer scripts would start the system's own MariaDB/nginx/Apache: we want none of them.
  const policy = '/usr/sbin/policy-rc.d';
  const ownPolicy = !existsSync(policy);
  if (ownPolicy) writeFileSync(policy, '#!/bin/sh\nexit 101\n', { mode: 0o755 });
  try {
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
    execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...missing], { stdio: ['ignore', 'ignore', 'inherit'], env });
  } finally {
    if (ownPolicy) rmSync(policy, { force: true });
  }
  log(`installed in ${Math.round((Date.now() - started) / 1000)} s`);
}

const alive = (pid) => { try { process.kill(pid, 0); return true; } catch { return false; } };
const readPid = (file) => { try { return Number(readFileSync(file, 'utf8').trim()) || 0; } catch { return 0; } };

/** Starts `command` in its own process group, output to a log file; returns its PID. */
function launch(command, args, { log, env, pidFile }) {
  const out = openSync(log, 'a');
  const child = spawn(command, args, { detached: true, stdio: ['ignore', out, out], env: { ...process.env, ...env } });
  child.unref();
  writeFileSync(pidFile, `${child.pid}\n`);
  return child.pid;
}

/** Stops the process group we started (SIGTERM, then SIGKILL after `ms`); true once it is gone. */
export async function stopPid(pid, ms = 8000) {
  if (!pid || !alive(pid)) return true;
  const signal = (s) => { try { process.kill(-pid, s); } catch { try { process.kill(pid, s); } catch { /* gone */ } } };
  signal('SIGTERM');
  for (const end = Date.now() + ms; Date.now() < end; await sleep(100)) if (!alive(pid)) return true;
  signal('SIGKILL');
  await sleep(200);
  return !alive(pid);
}

async function waitFor(what, test, ms = 30_000) {
  for (const end = Date.now() + ms; Date.now() < end; await sleep(150)) if (await test().catch(() => false)) return;
  throw new Error(`${what} did not come up within ${ms / 1000} s`);
}

const answers = (url) => fetch(url, { redirect: 'manual', signal: AbortSignal.timeout(3000) }).then((r) => r.status > 0);

export class Stack {
  constructor(log = console.log) {
    this.log = log;
    this.paths = statePaths();
    this.url = `http://127.0.0.1:${PORTS.php}`;
    this.cacheUrl = `http://127.0.0.1:${PORTS.nginx}`;
    this.pids = {};
    this.reused = new Set();
  }

  /** Runs SQL as MariaDB's root over our socket; returns rows as arrays of strings. */
  sql(query, db = 'wp') {
    const out = execFileSync('mariadb', ['--no-defaults', `--socket=${this.paths.socket}`, '-uroot', '-N', '-B', ...(db ? [db] : []), '-e', query], { encoding: 'utf8' });
    return out.split('\n').filter(Boolean).map((line) => line.split('\t'));
  }

  /** Reuses a running server of ours if it answers, else stops it and starts it anew. */
  async #service(name, healthy, start) {
    const pidFile = join(this.paths.state, `${name}.pid`);
    const pid = readPid(pidFile);
    if (pid && alive(pid)) {
      if (await healthy().catch(() => false)) { this.pids[name] = pid; this.reused.add(name); this.log(`${name}: reusing the running one (PID ${pid})`); return; }
      await stopPid(pid);
    }
    this.pids[name] = start(pidFile);
    this.log(`${name}: started (PID ${this.pids[name]})`);
  }

  async start() {
    const { state, data, socket, wp, nginx } = this.paths;
    mkdirSync(state, { recursive: true });
    const user = isRoot ? ['--user=root'] : [];

    // MariaDB
    const ping = async () => { execFileSync('mariadb-admin', ['--no-defaults', `--socket=${socket}`, '-uroot', 'ping'], { stdio: 'ignore' }); return true; };
    await this.#service('mariadb', ping, (pidFile) => {
      if (!existsSync(join(data, 'mysql'))) {
        rmSync(data, { recursive: true, force: true });
        execFileSync('mariadb-install-db', ['--no-defaults', `--datadir=${data}`, ...user, '--auth-root-authentication-method=normal', '--skip-test-db', '--skip-name-resolve'], { stdio: 'ignore' });
      }
      return launch('mariadbd', ['--no-defaults', `--datadir=${data}`, `--socket=${socket}`, `--port=${PORTS.mariadb}`, '--bind-address=127.0.0.1', ...user,
        '--skip-name-resolve', '--skip-log-bin', '--innodb-buffer-pool-size=64M', '--innodb-log-file-size=16M', '--innodb-flush-log-at-trx-commit=0',
        '--character-set-server=utf8mb4', '--collation-server=utf8mb4_unicode_ci', `--log-error=${join(state, 'mariadb.log')}`],
      { log: join(state, 'mariadb.out'), pidFile });
    });
    await waitFor('MariaDB', ping);
    this.sql(`DROP DATABASE IF EXISTS wp; CREATE DATABASE wp CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
      CREATE USER IF NOT EXISTS 'wp'@'127.0.0.1' IDENTIFIED BY 'wp'; GRANT ALL ON wp.* TO 'wp'@'127.0.0.1';`, '');

    // WordPress: Debian's files, our wp-config.php and wp-content.
    const version = readFileSync(`${DEBIAN_WP}/wp-includes/version.php`, 'utf8');
    if (!existsSync(join(wp, 'wp-includes/version.php')) || readFileSync(join(wp, 'wp-includes/version.php'), 'utf8') !== version) {
      rmSync(wp, { recursive: true, force: true });
      cpSync(DEBIAN_WP, wp, { recursive: true, filter: (src) => !/\/wp-config\.php$|\/wp-content(\/|$)|\/\.htaccess$/.test(src.slice(DEBIAN_WP.length)) });
    }
    rmSync(join(wp, 'wp-content'), { recursive: true, force: true });
    mkdirSync(join(wp, 'wp-content/themes'), { recursive: true });
    mkdirSync(join(wp, 'wp-content/mu-plugins'));
    mkdirSync(join(wp, 'wp-content/uploads'));
    symlinkSync(`${DEBIAN_WP}/wp-content/themes/${THEME}`, join(wp, 'wp-content/themes', THEME));
    for (const file of readdirSync(join(site, 'mu-plugins'))) copyFileSync(join(site, 'mu-plugins', file), join(wp, 'wp-content/mu-plugins', file));
    writeFileSync(join(wp, 'wp-config.php'), wpConfig(this.url));
    writeFileSync(this.paths.requests, '');

    // PHP
    const env = { PRESS_WP_ROOT: wp, PRESS_WP_STATE: state, PRESS_WP_DIST: distDir, PRESS_WP_URL: this.url };
    this.phpEnv = env;
    await this.#service('php', async () => readFileSync(join(state, 'php.root'), 'utf8') === root && (await answers(`${this.url}/wp-login.php`)), (pidFile) => {
      writeFileSync(join(state, 'php.root'), root);
      return launch('php', ['-d', 'opcache.enable_cli=1', '-d', 'opcache.revalidate_freq=0', '-d', 'memory_limit=256M', '-d', 'display_errors=stderr',
        '-S', `127.0.0.1:${PORTS.php}`, '-t', wp, join(site, 'router.php')],
      { log: join(state, 'php.log'), env: { ...env, PHP_CLI_SERVER_WORKERS: '4' }, pidFile });
    });
    await waitFor('PHP', () => answers(`${this.url}/wp-login.php`));

    const php = (step) => execFileSync('php', ['-d', 'display_errors=stderr', join(site, 'setup.php'), step], { encoding: 'utf8', env: { ...process.env, ...env } });
    php('install');
    this.seed = JSON.parse(php('seed').trim().split('\n').pop());

    // nginx, the cache in front of PHP
    mkdirSync(join(nginx, 'cache'), { recursive: true });
    rmSync(join(nginx, 'cache'), { recursive: true, force: true });
    writeFileSync(join(nginx, 'nginx.conf'), nginxConfig(nginx));
    writeFileSync(join(nginx, 'access.log'), '');
    // Never reused: a fresh site needs an empty cache (nginx keeps its cache keys in memory).
    await this.#service('nginx', async () => false, (pidFile) =>
      launch('nginx', ['-p', `${nginx}/`, '-c', join(nginx, 'nginx.conf'), '-e', join(nginx, 'error.log')], { log: join(state, 'nginx.out'), pidFile }));
    await waitFor('nginx', () => answers(`${this.cacheUrl}/wp-login.php`));
    return this;
  }

  /** Turns the must-use plugin that allows anonymous REST comments on or off. */
  anonymousRestComments(on) {
    const target = join(this.paths.wp, 'wp-content/mu-plugins/press-anonymous-rest-comments.php');
    if (on) copyFileSync(join(site, 'optional/press-anonymous-rest-comments.php'), target);
    else rmSync(target, { force: true });
  }

  /** How many requests have reached PHP so far. */
  phpRequests() {
    return this.phpLog().length;
  }

  /** Every request that reached PHP so far, as "METHOD URI". */
  phpLog() {
    return readFileSync(this.paths.requests, 'utf8').split('\n').filter(Boolean);
  }

  /** Stops every server of ours, by the PIDs in the state folder; returns what it stopped. */
  async stop() {
    const stopped = [];
    for (const name of ['nginx', 'php', 'mariadb']) {
      const pidFile = join(this.paths.state, `${name}.pid`);
      const pid = readPid(pidFile) || this.pids[name];
      if (!pid) continue;
      const gone = await stopPid(pid, name === 'mariadb' ? 20_000 : 5000);
      if (gone) rmSync(pidFile, { force: true });
      stopped.push({ name, pid, gone });
    }
    return stopped;
  }
}

function wpConfig(url) {
  const keys = ['AUTH_KEY', 'SECURE_AUTH_KEY', 'LOGGED_IN_KEY', 'NONCE_KEY', 'AUTH_SALT', 'SECURE_AUTH_SALT', 'LOGGED_IN_SALT', 'NONCE_SALT'];
  return `<?php
// Written by test/wordpress/stack.mjs for the throwaway test site.
define('DB_NAME', 'wp'); define('DB_USER', 'wp'); define('DB_PASSWORD', 'wp');
define('DB_HOST', '127.0.0.1:${PORTS.mariadb}'); define('DB_CHARSET', 'utf8mb4'); define('DB_COLLATE', '');
${keys.map((k) => `define('${k}', 'press-widgets-test-${k}');`).join('\n')}
$table_prefix = 'wp_';
define('WP_HOME', '${url}'); define('WP_SITEURL', '${url}');
define('WP_HTTP_BLOCK_EXTERNAL', true); define('AUTOMATIC_UPDATER_DISABLED', true); define('DISABLE_WP_CRON', true);
define('WP_AUTO_UPDATE_CORE', false); define('WP_DEBUG', false);
define('WPLANG', 'de_DE'); // <html lang="de-DE"> without Debian's wordpress-l10n
define('WP_CONTENT_DIR', __DIR__ . '/wp-content');
if (!defined('ABSPATH')) define('ABSPATH', __DIR__ . '/');
require_once ABSPATH . 'wp-settings.php';
`;
}

/** The cache recipe (also in test/wordpress/README.md): anonymous GETs of posts and comments, both URL forms. */
function nginxConfig(dir) {
  return `# Written by test/wordpress/stack.mjs.
${isRoot ? 'user root;\n' : ''}worker_processes 1;
daemon off;
pid ${dir}/nginx.pid;
events { worker_connections 512; }
http {
  access_log ${dir}/access.log;
  client_body_temp_path ${dir}/tmp-body; proxy_temp_path ${dir}/tmp-proxy;
  fastcgi_temp_path ${dir}/tmp-fastcgi; uwsgi_temp_path ${dir}/tmp-uwsgi; scgi_temp_path ${dir}/tmp-scgi;

  proxy_cache_path ${dir}/cache levels=1:2 keys_zone=wp_rest:10m max_size=64m inactive=10m use_temp_path=off;

  # Anonymous GETs of /wp-json/wp/v2/posts|comments (and /?rest_route=/wp/v2/posts|comments) are cached;
  # a reader with WordPress's login cookie always reaches PHP.
  map "$request_method $uri $arg_rest_route" $wp_rest_cacheable {
    default 0;
    "~^(GET|HEAD) /wp-json/wp/v2/(posts|comments)[/ ]" 1;
    "~*^(GET|HEAD) /(index\\.php)? (/|%2F)wp(/|%2F)v2(/|%2F)(posts|comments)" 1;
  }
  map $http_cookie $wp_logged_in { default 0; "~wordpress_logged_in_" 1; }
  map "$wp_rest_cacheable$wp_logged_in" $wp_skip_cache { default 1; "10" 0; }

  upstream wordpress { server 127.0.0.1:${PORTS.php}; keepalive 8; }
  server {
    listen 127.0.0.1:${PORTS.nginx};
    location / {
      proxy_pass http://wordpress;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_set_header Host $http_host;
      proxy_set_header X-Forwarded-For $remote_addr;
      proxy_cache wp_rest;
      proxy_cache_valid 200 ${TTL}s;
      proxy_cache_lock on;
      proxy_cache_use_stale updating error timeout;
      proxy_cache_background_update on;
      proxy_cache_bypass $wp_skip_cache;
      proxy_no_cache $wp_skip_cache;
      add_header X-Cache-Status $upstream_cache_status always;
    }
  }
}
`;
}

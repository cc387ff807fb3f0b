// The benchmark's web server on 127.0.0.1 (a free port): the bench pages, the bundle under test,
// DOMPurify for the vanilla floors, small PNGs for images and avatars, and the fake WordPress.
// Every REST request is logged, so the driver can count requests and hand the vanilla floor
// exactly the URLs the widget fetched.
import { createServer } from 'node:http';
import { readFileSync, existsSync } from 'node:fs';
import { deflateSync, crc32 } from 'node:zlib';
import { extname, join, normalize } from 'node:path';
import { createWordPress } from './wordpress.mjs';

const here = new URL('.', import.meta.url).pathname;
const TYPES = { '.html': 'text/html; charset=UTF-8', '.js': 'text/javascript', '.mjs': 'text/javascript', '.css': 'text/css' };

/** A solid-colour PNG of `width` × `height` (no dependency: PNG is a zlib stream with CRCs). */
function png(width, height, [r, g, b]) {
  const chunk = (type, data) => {
    const head = Buffer.alloc(8);
    head.writeUInt32BE(data.length, 0);
    head.write(type, 4, 'latin1');
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
    return Buffer.concat([head, data, crc]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.set([8, 2, 0, 0, 0], 8);
  const row = Buffer.alloc(1 + width * 3);
  for (let x = 0; x < width; x++) row.set([r, g, b], 1 + x * 3);
  const raw = Buffer.concat(Array.from({ length: height }, () => row));
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', ihdr), chunk('IDAT', deflateSync(raw)), chunk('IEND', Buffer.alloc(0))]);
}

/**
 * Starts the server. `bundle` is the path of the script under test, served as /press-widgets.js;
 * `baseline`, optional, another build to compare it with, served as /baseline/press-widgets.js.
 * Returns `{ origin, requests, close }`; `requests` is the live log of REST requests (clear it with `requests.length = 0`).
 */
export async function startServer({ bundle, baseline, purify }) {
  const files = new Map([
    ['/press-widgets.js', readFileSync(bundle)],
    ['/vendor/purify.es.mjs', readFileSync(purify)],
    ...(baseline ? [['/baseline/press-widgets.js', readFileSync(baseline)]] : []),
  ]);
  const images = { avatar: png(48, 48, [120, 140, 170]), media: png(320, 180, [170, 160, 140]) };
  const requests = [];
  const answers = new Map();
  let wordpress;

  const server = createServer((req, res) => {
    const url = new URL(req.url, `http://${req.headers.host}`);
    wordpress ??= createWordPress(url.origin);
    const send = (status, headers, body) => {
      res.writeHead(status, headers);
      res.end(body);
    };
    // The fake site's answers are fixed: each is made once and kept, so that making a 450 KB JSON
    // body (tens of ms of this process's CPU) does not compete, on a shared machine, with whatever
    // the page does while its request is out (a widget's loading state; the floor does nothing).
    const key = `${req.method} ${url.href}`;
    const api = answers.get(key) ?? wordpress.handle(url);
    if (api) answers.set(key, api);
    if (api) {
      requests.push({ method: req.method, url: url.pathname + url.search, bytes: Buffer.byteLength(api.body), at: Date.now() });
      return send(api.status, api.headers, api.body);
    }
    if (files.has(url.pathname)) return send(200, { 'Content-Type': 'text/javascript', 'Cache-Control': 'max-age=3600' }, files.get(url.pathname));
    if (url.pathname.startsWith('/avatar/') || url.pathname.startsWith('/media/')) {
      return send(200, { 'Content-Type': 'image/png', 'Cache-Control': 'max-age=3600' }, url.pathname.startsWith('/avatar/') ? images.avatar : images.media);
    }
    if (url.pathname.startsWith('/bench/pages/')) {
      const path = normalize(join(here, url.pathname.slice('/bench/'.length)));
      if (path.startsWith(join(here, 'pages')) && existsSync(path)) return send(200, { 'Content-Type': TYPES[extname(path)] ?? 'application/octet-stream', 'Cache-Control': 'no-cache' }, readFileSync(path));
    }
    if (url.pathname === '/favicon.ico') return send(204, {}, '');
    send(404, { 'Content-Type': 'text/plain' }, 'not found');
  });
  // Bounded: the server lives as long as the bench and accepts only local connections.
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${server.address().port}`;
  return {
    origin,
    requests,
    close: () => new Promise((resolve) => {
      server.closeAllConnections?.();
      server.close(resolve);
    }),
  };
}

import type { IncomingMessage, ServerResponse } from 'node:http';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import { fileStore } from './persistence.js';
import { LIVE_EVERY_SECONDS } from './live-thread.js';
import { createDemoApi } from './router.js';
import { siteHeader } from './pages.js';

const DATA_FILE = fileURLToPath(new URL('../.data/comments.json', import.meta.url));

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

/**
 * Mounts the demo's WordPress-compatible API on the Vite dev server: a thin Node layer around
 * the pure `createDemoApi()` (see router.ts), which answers or passes the request on to Vite.
 */
export function demoApi(): Plugin {
  return {
    name: 'press-widgets-demo-api',
    // Vite's own CORS layer would answer preflights before the API sees them; the API sends
    // WordPress's CORS headers itself, and the demo pages are same-origin.
    config: () => ({ server: { cors: false } }),
    // demo/index.html and demo/en.html share the article pages' header (see siteHeader).
    transformIndexHtml: (html) => html.replace(/<!-- site-header (de|en) (\S+) -->/, (_, lang: 'de' | 'en', home: string) => siteHeader(home, lang)),
    configureServer(server) {
      // Vite prints the server root; a reader of the README looks for the demo, which lives under /demo/.
      const printUrls = server.printUrls.bind(server);
      server.printUrls = () => {
        printUrls();
        const local = server.resolvedUrls?.local[0];
        if (local) server.config.logger.info(`  ➜  Demo:    ${new URL('demo/', local).href}  (gallery: ${new URL('demo/gallery.html', local).href})`);
      };
      const api = createDemoApi({ store: fileStore(DATA_FILE), liveEveryMs: LIVE_EVERY_SECONDS * 1000 });
      server.middlewares.use((req: IncomingMessage, res: ServerResponse, next: (error?: unknown) => void) => {
        const method = req.method ?? 'GET';
        const url = `http://${req.headers.host ?? 'localhost'}${req.url ?? '/'}`;
        const hasBody = method !== 'GET' && method !== 'HEAD' && method !== 'OPTIONS';
        (hasBody ? readBody(req) : Promise.resolve(''))
          .then((body) => {
            const headers = Object.fromEntries(Object.entries(req.headers).map(([name, value]) => [name, Array.isArray(value) ? value.join(', ') : value]));
            const response = api.handle({ method, url, headers, body });
            if (!response) return next();
            const send = () => {
              if (res.writableEnded || res.destroyed) return;
              res.writeHead(response.status, response.headers);
              res.end(method === 'HEAD' ? undefined : response.body);
            };
            if (!response.delayMs) return send();
            const timer = setTimeout(send, response.delayMs);
            // A client that gives up (a widget's timeout or retry) frees the timer.
            res.on('close', () => clearTimeout(timer));
          })
          .catch(next);
      });
    },
  };
}

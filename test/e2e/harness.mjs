// What the end-to-end scripts share: a loopback server, Debian's Chromium with the flags this
// machine needs, and a tiny check runner that prints "name: N passed, N failed" at the end.
import { createServer } from 'node:http';
import { chromium } from 'playwright-core';

/** Starts `handle` on 127.0.0.1 at a free port; returns the server and its origin. */
export async function serve(handle) {
  const server = createServer(handle);
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, origin: `http://127.0.0.1:${server.address().port}` };
}

/** Headless Chromium (CHROME_PATH, else /usr/bin/chromium), quiet on a closed network. */
export function launchChromium() {
  return chromium.launch({
    executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
    args: ['--no-sandbox', '--headless=new', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
  });
}

/** Named checks that count passes and failures; `summary(label)` prints the closing line and exits. */
export function checker() {
  let passed = 0;
  let failed = 0;
  return {
    async check(name, run) {
      try {
        await run();
        passed++;
        console.log(`  ✓ ${name}`);
      } catch (error) {
        failed++;
        console.log(`  ✗ ${name}\n      ${String(error?.stack ?? error).split('\n').slice(0, 4).join('\n      ')}`);
      }
    },
    summary(label) {
      console.log(`${label}: ${passed} passed, ${failed} failed`);
      process.exit(failed ? 1 : 0);
    },
  };
}

export function assert(condition, message) {
  if (!condition) throw new Error(message);
}

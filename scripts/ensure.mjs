// Makes `npm start` and `npm test` work on a fresh clone: installs the dependencies when they are
// missing and, for tests, a Chromium (Debian's package, when we are root on a Debian-like system),
// or says in one line how to get one.
import { existsSync, readFileSync } from 'node:fs';
import { execSync } from 'node:child_process';

const wants = new Set(process.argv.slice(2));
const run = (command) => execSync(command, { stdio: 'inherit', cwd: new URL('..', import.meta.url) });

// Missing entirely, or a direct dependency added since the last install (a pulled branch).
const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
const missing = Object.keys({ ...pkg.dependencies, ...pkg.devDependencies }).filter((name) => !existsSync(new URL(`../node_modules/${name}/package.json`, import.meta.url)));
if (wants.has('deps') && missing.length) {
  console.log(`press-widgets: installing dependencies (npm ci; missing: ${missing.join(', ')})…`);
  run('npm ci --no-audit --no-fund');
}

if (wants.has('chromium')) {
  const chrome = process.env.CHROME_PATH || '/usr/bin/chromium';
  if (!existsSync(chrome) && !process.env.CHROME_PATH && process.getuid?.() === 0 && existsSync('/usr/bin/apt-get')) {
    console.log("press-widgets: installing Debian's chromium for the tests…");
    run('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium');
  }
  if (!existsSync(chrome)) {
    console.error(`press-widgets: no Chromium at ${chrome}: install it (Debian/Ubuntu: sudo apt-get install -y chromium) or set CHROME_PATH.`);
    process.exit(1);
  }
}

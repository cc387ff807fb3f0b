// A signed-in editor, for real: logs in through wp-login.php, opens the theme's post page (where
// the must-use plugin enqueued `wp-api`, so WordPress prints `wpApiSettings.nonce`), is greeted by
// name, posts as herself (the row in MariaDB carries her user_id), and with a nonce from two days
// ago the form falls back to the guest form and still posts once. CONTRACT.md, "Signed-in readers".
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { distDir } from '../stack.mjs';
import { defined, readComments, scrollToWidgets, sleep, until } from './page.mjs';

const ID = 'pw-comments';

export async function signedInEditor({ report, browser, stack, site }) {
  const editor = site.seed.editor;
  const post = site.posts[4];
  report.section(`A signed-in editor (${editor.name}, user ${editor.id}, role editor) on the theme page of post ${post.id}`);
  const bundle = readFileSync(join(distDir, 'press-widgets.js'), 'utf8');
  const supported = bundle.includes('users/me');

  const reader = await browser.reader();
  const { page, context, net } = reader;
  await page.goto(`${stack.url}/wp-login.php`);
  await page.fill('#user_login', editor.login);
  await page.fill('#user_pass', editor.password);
  await Promise.all([page.waitForURL(/wp-admin/, { timeout: 30_000 }).catch(() => {}), page.click('#wp-submit')]);
  const cookies = await context.cookies(stack.url);
  const loggedIn = cookies.find((c) => c.name.startsWith('wordpress_logged_in_'));
  report.check(!!loggedIn && /wp-admin/.test(page.url()), 'logged in through wp-login.php (login cookie set, on wp-admin)', `${page.url()}; cookies ${cookies.map((c) => c.name).join(', ')}`);

  await page.goto(post.link);
  await defined(page);
  const nonce = await page.evaluate(() => window.wpApiSettings?.nonce ?? null);
  report.check(!!nonce, 'the theme page prints wpApiSettings.nonce (wp-api enqueued by the must-use plugin)', `nonce ${nonce}`);
  await scrollToWidgets(page);
  if (!supported) {
    for (const name of ['greeted by name, no name/e-mail fields', 'comment posted with X-WP-Nonce, stored with her user_id', 'an expired nonce falls back to the guest form'])
      report.skip(`editor: ${name}`, 'feature not on main (helper a2: signed-in readers, /wp/v2/users/me)');
    await context.close();
    return;
  }
  const greeting = await until(page, (id) => document.getElementById(id)?.shadowRoot?.querySelector('[part~="signed-in"]')?.textContent?.trim(), ID, 15_000);
  const guestFields = await page.locator(`#${ID} input[name="author"], #${ID} input[name="email"]`).count();
  const me = net.find((n) => /users\/me/.test(n.url));
  report.check(!!greeting?.includes(editor.name) && guestFields === 0 && me?.headers['x-wp-nonce'] === nonce,
    `editor: the form greets her by name ("${greeting}") and asks no name or e-mail`, `GET ${me?.url.replace(stack.url, '') ?? '(no users/me request)'} X-WP-Nonce ${me?.headers['x-wp-nonce'] ?? '-'}; guest fields ${guestFields}`);

  const token = `pw-editor-${Date.now().toString(36)}`;
  await page.locator(`#${ID} textarea[name="comment"]`).fill(`Danke für die Hinweise, wir haben den Artikel ergänzt. ${token}`);
  const from = await page.evaluate(() => window.__events.length);
  const sent = net.length;
  await page.locator(`#${ID} [part~="submit"]`).click();
  const event = await until(page, ([id, from]) => window.__events.slice(from).find((e) => e.id === id), [ID, from], 30_000);
  await sleep(300);
  const posts = net.slice(sent).filter((n) => n.method === 'POST');
  const row = stack.sql(`SELECT comment_ID, user_id, comment_author, comment_approved FROM wp_comments WHERE comment_content LIKE '%${token}%'`);
  report.check(event?.type === 'press-comment-posted' && posts.length === 1 && /wp\/v2\/comments/.test(posts[0].url) && posts[0].headers['x-wp-nonce'] === nonce,
    'editor: one REST POST with X-WP-Nonce and her cookies, press-comment-posted', `${posts.map((n) => `${n.method} ${n.url.replace(stack.url, '')} X-WP-Nonce ${n.headers['x-wp-nonce'] ?? '-'}`).join('; ')}; event ${event?.type} ${event?.detail?.status ?? event?.detail?.code ?? ''}`);
  report.check(row.length === 1 && +row[0][1] === editor.id && row[0][3] === '1', `editor: MariaDB stores the comment once with user_id ${editor.id} (${editor.name}), approved`,
    row.map((r) => `comment_ID ${r[0]}, user_id ${r[1]}, author ${r[2]}, comment_approved ${r[3]}`).join('; ') || 'no row');
  const shown = await readComments(page, ID);
  const mine = shown?.comments.find((c) => c.text?.includes(token));
  report.check(!!mine && !mine.held && mine.author === editor.name, 'editor: the thread shows it as posted, under her name', mine ? `${mine.id} by ${mine.author}` : 'not shown');

  // A nonce from two days ago (the tab stayed open): WordPress answers 403 rest_cookie_invalid_nonce.
  const sentBefore = net.length;
  await page.goto(`${post.link}?press_nonce=expired`);
  await defined(page);
  await scrollToWidgets(page);
  const stale = await page.evaluate(() => window.wpApiSettings?.nonce);
  // The guest fields show while users/me is on its way: judge the form once WordPress has answered.
  for (let waited = 0; waited < 15_000 && !net.slice(sentBefore).some((n) => /users\/me/.test(n.url)); waited += 100) await new Promise((r) => setTimeout(r, 100));
  await net.slice(sentBefore).find((n) => /users\/me/.test(n.url))?.request.response().catch(() => null);
  const form = await until(page, (id) => {
    const root = document.getElementById(id)?.shadowRoot;
    return root?.querySelector('input[name="author"]') ? { text: root.querySelector('[part~="form"]')?.textContent?.replace(/\s+/g, ' ').trim() ?? '', signedIn: !!root.querySelector('[part~="signed-in"]') } : null;
  }, ID, 15_000);
  const asked = net.slice(sentBefore).find((n) => /users\/me/.test(n.url));
  const answer = asked ? await asked.request.response().then((r) => r?.status()).catch(() => null) : null;
  const thread = await readComments(page, ID);
  report.check(stale !== nonce && answer === 403 && !!form && !form.signedIn && (thread?.comments.length ?? 0) > 0,
    'editor, expired nonce: WordPress refuses it (403), the widget shows the guest form and the thread still', `nonce ${stale}; users/me → ${answer}; form: "${form?.text.slice(0, 160) ?? 'no guest form'}"; ${thread?.comments.length ?? 0} comments`);
  const token2 = `pw-stale-${Date.now().toString(36)}`;
  await page.locator(`#${ID} textarea[name="comment"]`).fill(`Nachtrag nach dem Wochenende. ${token2}`);
  await page.locator(`#${ID} input[name="author"]`).fill(editor.name);
  await page.locator(`#${ID} input[name="email"]`).fill('rita@example.org');
  const from2 = await page.evaluate(() => window.__events.length);
  await page.locator(`#${ID} [part~="submit"]`).click();
  const event2 = await until(page, ([id, from]) => window.__events.slice(from).find((e) => e.id === id), [ID, from2], 30_000);
  const rows2 = stack.sql(`SELECT comment_ID, user_id, comment_approved FROM wp_comments WHERE comment_content LIKE '%${token2}%'`);
  report.check(event2?.type === 'press-comment-posted' && rows2.length === 1, 'editor, expired nonce: the comment still goes through, stored exactly once',
    `event ${event2?.type} ${event2?.detail?.status ?? event2?.detail?.code ?? ''}; ${rows2.map((r) => `comment_ID ${r[0]}, user_id ${r[1]}, comment_approved ${r[2]}`).join('; ') || 'no row'}`);
  await context.close();
}

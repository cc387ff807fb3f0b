// Posting comments on the theme's post page, in both of WordPress's modes:
// stock (anonymous REST comments refused with 401 → the widget posts the classic form) and with the
// must-use plugin that turns `rest_allow_anonymous_comments` on (the widget posts REST).
// Each mode: post, reply, duplicate, flood, a comment held for moderation (two links, WordPress's
// default comment_max_links = 2), and the reader's held comment after a reload.
import { defined, readComments, scrollToWidgets, sleep, until } from './page.mjs';

const ID = 'pw-comments';
const token = () => `pw-${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;

async function openThread(browser, post) {
  const reader = await browser.reader();
  await reader.page.goto(post.link);
  if (!(await defined(reader.page))) throw new Error(`the bundle did not load on ${post.link}: ${reader.log.join('; ')}`);
  await scrollToWidgets(reader.page);
  await reader.page.locator(`#${ID} textarea[name="comment"]`).waitFor({ timeout: 15_000 });
  await readComments(reader.page, ID);
  return reader;
}

/** Fills the widget's form (as a reply when `replyTo`) and submits it; returns the event and the traffic. */
async function submit(reader, { name, email, text, replyTo = null }) {
  const { page, net } = reader;
  const host = page.locator(`#${ID}`);
  if (replyTo) await host.locator(`#comment-${replyTo} > [part~="comment-body"] [part~="reply"]`).first().click();
  await host.locator('textarea[name="comment"]').fill(text);
  if (name !== undefined) {
    await host.locator('input[name="author"]').fill(name);
    await host.locator('input[name="email"]').fill(email);
  }
  const from = await page.evaluate(() => window.__events.length);
  const sent = net.length;
  await host.locator('[part~="submit"]').click();
  const events = await until(page, ([id, from]) => { const e = window.__events.slice(from).filter((e) => e.id === id); return e.length ? e : null; }, [ID, from], 30_000);
  await sleep(300); // let the classic form's follow-up (if any) land in the log
  const posts = net.slice(sent).filter((n) => n.method === 'POST');
  const visible = await page.evaluate((id) => {
    const root = document.getElementById(id).shadowRoot;
    return [...root.querySelectorAll('[part~="form"] [part~="error"], [part~="form"] [role="alert"], [part~="form"] [role="status"]')].map((e) => e.textContent.trim()).filter(Boolean).join(' | ');
  }, ID);
  const field = await host.locator('textarea[name="comment"]').inputValue();
  return { event: events?.[0] ?? null, posts, visible, field };
}

const route = (n) => `${n.method} ${n.url.replace(/^https?:\/\/[^/]+/, '')}`;

export async function commentModes({ report, browser, stack, site }) {
  const readers = [...site.seed.readers];
  for (const mode of ['stock', 'rest']) {
    stack.anonymousRestComments(mode === 'rest');
    const post = mode === 'stock' ? site.posts[3] : site.posts[1];
    report.section(mode === 'stock'
      ? `Comments on a stock WordPress (anonymous REST refused → classic form), post ${post.id}`
      : `Comments with the must-use plugin rest_allow_anonymous_comments on (REST), post ${post.id}`);
    const label = mode === 'stock' ? 'stock' : 'REST on';
    const rows = (t) => stack.sql(`SELECT comment_ID, comment_parent, comment_approved, comment_author, user_id FROM wp_comments WHERE comment_content LIKE '%${t}%'`);
    const viaExpected = (posts) => mode === 'stock'
      ? posts.some((n) => /wp\/v2\/comments/.test(n.url)) && posts.some((n) => /wp-comments-post\.php/.test(n.url))
      : posts.some((n) => /wp\/v2\/comments/.test(n.url)) && !posts.some((n) => /wp-comments-post\.php/.test(n.url));
    const how = mode === 'stock' ? 'REST POST refused (401), then the classic wp-comments-post.php form' : 'one REST POST, no classic form';

    // 1. post (a returning reader: WordPress approves at once)
    const first = readers.shift();
    const a = await openThread(browser, post);
    const t1 = token();
    const text1 = `Danke für den „ausführlichen“ Bericht – schön! ${t1}`;
    const r1 = await submit(a, { ...first, text: text1 });
    const row1 = rows(t1)[0];
    report.check(r1.event?.type === 'press-comment-posted' && viaExpected(r1.posts), `${label}: a returning reader's comment is posted (${how})`, `${r1.posts.map(route).join('; ')}; event ${r1.event?.type} ${r1.event?.detail?.status ?? r1.event?.detail?.code ?? ''}`);
    report.check(!!row1 && row1[2] === '1' && row1[3] === first.name, `${label}: stored in MariaDB, approved, as ${first.name}`, row1 ? `comment_ID ${row1[0]}, comment_approved ${row1[2]}, author ${row1[3]}` : 'no row');
    const shown1 = await readComments(a.page, ID);
    const mine1 = shown1?.comments.find((c) => c.text?.includes(t1));
    report.check(!!mine1 && !mine1.held && mine1.id === `comment-${row1?.[0]}`, `${label}: the widget shows it as posted under its real id`, mine1 ? `${mine1.id}${mine1.held ? ' (awaiting moderation)' : ''}` : 'not shown');

    // 2. duplicate: the same reader sends the same text again → 409, nothing stored twice, text kept
    const dup = await submit(a, { ...first, text: text1 });
    report.check(dup.event?.type === 'press-error' && dup.event.detail?.code === 'comment_duplicate' && rows(t1).length === 1 && dup.field === text1,
      `${label}: the same comment again is refused as a duplicate, stored once, the text kept`, `event ${dup.event?.type} ${dup.event?.detail?.code} (${dup.event?.detail?.status}); shown "${dup.visible}"; rows ${rows(t1).length}`);

    // 3. flood: the same reader, a new comment within 15 s → refused, nothing stored, text kept
    const t2 = token();
    const flood = await submit(a, { ...first, text: `Noch etwas: ${t2}` });
    report.check(flood.event?.type === 'press-error' && flood.event.detail?.code === 'comment_flood' && rows(t2).length === 0 && flood.field.includes(t2),
      `${label}: a second comment within 15 s is refused (flood), nothing stored, the text kept`, `event ${flood.event?.type} ${flood.event?.detail?.code} (${flood.event?.detail?.status}); shown "${flood.visible}"`);
    await a.context.close();

    // 4. reply from another reader
    const second = readers.shift();
    const b = await openThread(browser, post);
    const t3 = token();
    const reply = await submit(b, { ...second, text: `Sehe ich genauso. ${t3}`, replyTo: row1?.[0] });
    const row3 = rows(t3)[0];
    report.check(reply.event?.type === 'press-comment-posted' && !!row3 && row3[1] === row1?.[0], `${label}: a reply is stored with comment_parent = the comment it answers`, row3 ? `comment_ID ${row3[0]}, comment_parent ${row3[1]} (wanted ${row1?.[0]}), approved ${row3[2]}` : `no row; ${reply.posts.map(route).join('; ')}`);
    const shown3 = await readComments(b.page, ID);
    const mine3 = shown3?.comments.find((c) => c.text?.includes(t3));
    report.check(!!mine3 && mine3.parentId === `comment-${row1?.[0]}`, `${label}: the widget shows the reply under its parent`, mine3 ? `${mine3.id} under ${mine3.parentId}, depth ${mine3.depth}` : 'not shown');
    await b.context.close();

    // 5. held for moderation: two links; then the reader reloads
    const third = readers.shift();
    const c = await openThread(browser, post);
    const t4 = token();
    const held = await submit(c, { ...third, text: `Zwei Quellen: <a href="https://example.org/a">eins</a> und <a href="https://example.org/b">zwei</a> ${t4}` });
    const row4 = rows(t4)[0];
    report.check(held.event?.type === 'press-comment-posted' && held.event.detail?.status === 'hold' && row4?.[2] === '0', `${label}: a comment with two links is held for moderation (comment_approved 0)`, `event status ${held.event?.detail?.status}; ${row4 ? `comment_ID ${row4[0]}, comment_approved ${row4[2]}` : 'no row'}; shown "${held.visible}"`);
    const shown4 = await readComments(c.page, ID);
    const mine4 = shown4?.comments.filter((x) => x.text?.includes(t4)) ?? [];
    report.check(mine4.length === 1 && mine4[0].held, `${label}: the widget shows it to its author as awaiting moderation`, mine4.map((x) => `${x.id} ${x.held ? 'awaiting moderation' : 'posted'}`).join('; ') || 'not shown');
    await c.page.reload();
    await defined(c.page);
    await scrollToWidgets(c.page);
    await sleep(500);
    const again = await readComments(c.page, ID);
    const after = again?.comments.filter((x) => x.text?.includes(t4)) ?? [];
    report.check(after.length === 1 && after[0].held, `${label}: after a reload the reader still sees the held comment once, awaiting moderation`, after.map((x) => `${x.id} ${x.held ? 'awaiting moderation' : 'posted'}`).join('; ') || 'not shown');
    await c.context.close();
    const d = await openThread(browser, post);
    const other = (await readComments(d.page, ID))?.comments.filter((x) => x.text?.includes(t4)) ?? [];
    report.check(other.length === 0, `${label}: another reader does not see the held comment`, `${other.length} shown`);
    await d.context.close();
  }
  stack.anonymousRestComments(false);
}

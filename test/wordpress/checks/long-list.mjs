// `<press-card-list limit="250">` against WordPress, whose REST API gives at most 100 posts a page:
// 260 more posts go into MariaDB for this check (older than the seeded ones, so no other check
// sees them) and are removed again afterwards. The list must show the 250 newest, in MariaDB's
// order, fetched in three pages with the same stable URL parameters.
import { decode, defined } from './page.mjs';

const EXTRA = 260;
const WANT = 250;

export async function longList({ report, browser, stack, site }) {
  report.section(`A list longer than WordPress's 100 per page: <press-card-list limit="${WANT}">`);
  const rows = Array.from({ length: EXTRA }, (_, i) => {
    // A minute apart, in 2020: older than every seeded post.
    const at = new Date(Date.UTC(2020, 0, 1) + i * 60_000).toISOString().slice(0, 19).replace('T', ' ');
    return `(1, '${at}', '${at}', '', 'Ältere Meldung Nr. ${i + 1} &#8211; „Archiv“', '', 'publish', 'closed', 'closed', 'press-long-list-${i + 1}', 'post', '', '', '', '${at}', '${at}', '')`;
  });
  stack.sql(`INSERT INTO wp_posts (post_author, post_date, post_date_gmt, post_content, post_title, post_excerpt, post_status, comment_status, ping_status,
    post_name, post_type, to_ping, pinged, post_content_filtered, post_modified, post_modified_gmt, guid) VALUES ${rows.join(',')}`);
  try {
    const newest = stack.sql(`SELECT ID, post_title FROM wp_posts WHERE post_type = 'post' AND post_status = 'publish' ORDER BY post_date_gmt DESC, ID DESC LIMIT ${WANT}`)
      .map(([id, title]) => ({ id: +id, title: decode(title) }));
    const { page, context, net } = await browser.reader();
    await page.goto(site.posts[0].link);
    await defined(page);
    await page.evaluate((limit) => {
      const list = document.createElement('press-card-list');
      list.id = 'long-list';
      list.setAttribute('limit', String(limit));
      list.setAttribute('eager', '');
      document.body.prepend(list);
    }, WANT);
    let shown = null;
    for (const end = Date.now() + 30_000; Date.now() < end; await new Promise((r) => setTimeout(r, 200))) {
      shown = await page.evaluate(() => {
        const root = document.getElementById('long-list')?.shadowRoot;
        const error = root?.querySelector('[part~="error"]')?.textContent?.trim();
        const cards = [...(root?.querySelectorAll('press-card') ?? [])];
        return { error, titles: cards.map((c) => c.shadowRoot?.querySelector('[part~="headline"]')?.textContent?.trim() ?? '') };
      });
      if (shown.error || shown.titles.length >= WANT) break;
    }
    const requests = net.filter((n) => n.method === 'GET' && /wp\/v2\/posts/.test(n.url)).map((n) => n.url.replace(stack.url, ''))
      .filter((u) => /[?&]per_page=100\b/.test(u));
    const same = shown.titles.length === WANT && shown.titles.every((t, i) => t === newest[i].title);
    report.check(!shown.error && same, `<press-card-list limit="${WANT}"> shows the ${WANT} newest of the site's ${site.posts.length + EXTRA} posts, in MariaDB's order`,
      shown.error ? `error: ${shown.error}` : `${shown.titles.length} cards; first "${shown.titles[0]}", last "${shown.titles.at(-1)}" (MariaDB: "${newest.at(-1)?.title}")`);
    const pages = requests.map((u) => new URL(u, stack.url).searchParams.get('page') ?? '1');
    const stable = new Set(requests.map((u) => { const url = new URL(u, stack.url); url.searchParams.delete('page'); return url.search; })).size === 1;
    report.check(requests.length === 3 && new Set(pages).size === 3 && stable, `it fetches ${Math.ceil(WANT / 100)} pages of 100, each once, with the same parameters but the page`, requests.join('\n'));
    await context.close();
  } finally {
    stack.sql(`DELETE FROM wp_posts WHERE post_name LIKE 'press-long-list-%'`);
  }
}

// What a reader sees on the theme's single-post page, where a must-use plugin put the bare
// elements and the script tag: cards (with images, credits and comment counts), navigation on the
// first, a middle and the last post (zero-config and with `?rest_route=` sources), the thread
// (threaded, paged past 100), a `#comment-ID` deep link into the second page, and
// `<press-comment-count>` — each compared with what MariaDB says.
import { decode, defined, germanCount, readCards, readComments, readNav, scrollToWidgets, sleep, until } from './page.mjs';

async function open(browser, url, { scroll = true } = {}) {
  const reader = await browser.reader();
  await reader.page.goto(url);
  if (!(await defined(reader.page))) throw new Error(`the bundle did not load on ${url}: ${reader.log.join('; ')}`);
  if (scroll) await scrollToWidgets(reader.page);
  return reader;
}

export async function readerFeatures({ report, browser, stack, site }) {
  const db = {
    posts: () => stack.sql(`SELECT ID, post_title FROM wp_posts WHERE post_type = 'post' AND post_status = 'publish' ORDER BY post_date_gmt`).map(([id, title]) => ({ id: +id, title: decode(title) })),
    counts: () => new Map(stack.sql(`SELECT p.ID, COUNT(c.comment_ID) FROM wp_posts p LEFT JOIN wp_comments c ON c.comment_post_ID = p.ID AND c.comment_approved = '1'
      WHERE p.post_type = 'post' AND p.post_status = 'publish' GROUP BY p.ID`).map(([id, n]) => [+id, +n])),
    approved: (post) => stack.sql(`SELECT comment_ID, comment_parent FROM wp_comments WHERE comment_post_ID = ${post} AND comment_approved = '1' ORDER BY comment_date_gmt, comment_ID`).map(([id, parent]) => ({ id: +id, parent: +parent })),
    images: () => new Map(stack.sql(`SELECT p.ID, alt.meta_value, a.post_excerpt FROM wp_posts p
      JOIN wp_postmeta t ON t.post_id = p.ID AND t.meta_key = '_thumbnail_id' JOIN wp_posts a ON a.ID = t.meta_value
      JOIN wp_postmeta alt ON alt.post_id = a.ID AND alt.meta_key = '_wp_attachment_image_alt'`).map(([id, alt, caption]) => [+id, { alt, caption }])),
  };
  const linkOf = new Map(site.posts.map((p) => [p.id, p.link]));
  const ordered = db.posts();

  report.section('Reader features on the theme page (bare elements, zero-config), against MariaDB');
  // Navigation: first, middle and last post, zero-config and with ?rest_route= sources.
  for (const [label, at] of [['first (oldest)', 0], ['middle', 2], ['last (newest)', ordered.length - 1]]) {
    const post = ordered[at];
    const older = ordered[at - 1] ?? null;
    const newer = ordered[at + 1] ?? null;
    for (const form of ['zero-config', '?rest_route=']) {
      const url = form === 'zero-config' ? linkOf.get(post.id) : `${linkOf.get(post.id)}?press_source=rest_route`;
      const { page, context } = await open(browser, url);
      const nav = await readNav(page, 'pw-nav');
      const same = (want, got) => (want === null ? got === null : !!got && got.headline === want.title && got.href === linkOf.get(want.id));
      report.check(!!nav && !nav.error && same(older, nav.prev) && same(newer, nav.next) && (!nav.prev || nav.prev.rel === 'prev') && (!nav.next || nav.next.rel === 'next'),
        `nav on the ${label} post ${post.id} (${form}): prev ${older ? `= ${older.id}` : 'none'}, next ${newer ? `= ${newer.id}` : 'none'}`,
        nav?.error ? `error: ${nav.error}` : `prev ${nav?.prev?.headline ?? '-'}; next ${nav?.next?.headline ?? '-'}`);
      if (at === 2 && form === '?rest_route=') {
        const usedPlain = page.url().includes('press_source') && (await page.evaluate(() => document.getElementById('pw-nav').getAttribute('source')))?.includes('rest_route');
        report.check(!!usedPlain, `the ?rest_route= page really gives the elements plain-permalink sources`, await page.evaluate(() => document.getElementById('pw-nav').getAttribute('source')));
      }
      await context.close();
    }
  }

  // Cards: the 6 newest, decoded, with the featured image's alt text and caption, and comment counts.
  {
    const { page, context, net } = await open(browser, linkOf.get(ordered[0].id));
    // Counts load only near the viewport: pass every card once, as a reader scrolling by would.
    await page.evaluate(() => document.getElementById('pw-list')?.scrollIntoView());
    await readCards(page, 'pw-list', { counts: false });
    for (let i = 0; i < 6; i++) {
      await page.evaluate((i) => document.getElementById('pw-list')?.shadowRoot?.querySelectorAll('press-card')[i]?.scrollIntoView({ block: 'center' }), i);
      await sleep(150);
    }
    const got = await readCards(page, 'pw-list');
    const newest = [...ordered].reverse().slice(0, 6);
    const images = db.images();
    const ok = !!got?.cards && got.cards.length === newest.length && got.cards.every((c, i) => c.headline === newest[i].title && c.href === linkOf.get(newest[i].id));
    report.check(ok, `cards: <press-card-list> shows the ${newest.length} newest posts, titles decoded („…“, ä ö ü ß, &), linked`, got?.error ?? got?.cards?.map((c) => `${c.headline} → ${c.href}`).join('\n'));
    const imagesOk = !!got?.cards && got.cards.every((c, i) => c.alt === images.get(newest[i].id)?.alt && !!c.credit?.includes(images.get(newest[i].id)?.caption));
    report.check(imagesOk, `cards: each featured image has its alt text, and its caption shows as the credit, as in MariaDB`, got?.cards?.map((c) => `alt "${c.alt}", credit "${c.credit}"`).join('\n'));
    const counts = db.counts();
    if (got?.cards?.some((c) => c.count !== null)) {
      const countsOk = got.cards.every((c, i) => c.count === germanCount(counts.get(newest[i].id)));
      report.check(countsOk, `cards: <press-card-list comments> shows each post's comment count, equal to MariaDB's`, got.cards.map((c, i) => `post ${newest[i].id}: "${c.count}" (MariaDB ${counts.get(newest[i].id)})`).join('\n'));
      // Count requests ask for ids or post numbers only (_fields); the page's own thread asks for whole comments.
      const countRequests = net.filter((n) => n.method === 'GET' && /wp\/v2\/comments/.test(n.url) && /[?&]_fields=(id|post)(&|$)/.test(n.url));
      const counted = new Set(countRequests.flatMap((n) => (/[?&]post=([\d,]+)/.exec(n.url)?.[1] ?? '').split(',')).filter(Boolean));
      report.check(countRequests.length <= counted.size, `cards: counts cost no more requests than posts (${countRequests.length} for ${counted.size})`, countRequests.map((n) => n.url.replace(stack.url, '')).join('\n') || 'none');
    } else report.skip('cards: <press-card-list comments> shows counts equal to MariaDB\'s', 'feature not on main (helper b: <press-card-list comments>, part comment-count)');
    await context.close();
  }

  // <press-comment-count> and the thread of a small post (threaded) and of the hot post (paged).
  for (const post of [site.posts[4], site.posts.find((p) => p.id === site.seed.hot)]) {
    const { page, context } = await open(browser, linkOf.get(post.id));
    const counts = db.counts();
    if (await page.evaluate(() => !!customElements.get('press-comment-count'))) {
      const text = await until(page, () => document.getElementById('pw-count')?.shadowRoot?.querySelector('[part~="base"]:not(.pending)')?.textContent?.trim(), null);
      report.check(text === germanCount(counts.get(post.id)), `<press-comment-count> on post ${post.id} reads "${germanCount(counts.get(post.id))}" (MariaDB: ${counts.get(post.id)} approved)`, `shows "${text}"`);
    } else report.skip(`<press-comment-count> on post ${post.id} equals MariaDB's count`, 'feature not on main (helper b: <press-comment-count>)');
    const approved = db.approved(post.id);
    const shown = await readComments(page, 'pw-comments');
    const firstPage = approved.slice(0, 100).map((c) => `comment-${c.id}`);
    const ids = shown?.comments.map((c) => c.id) ?? [];
    const sameSet = (a, b) => a.length === b.length && a.every((x) => b.includes(x));
    report.check(!!shown && sameSet(ids, firstPage), `thread of post ${post.id}: the ${firstPage.length} oldest approved comments${approved.length > 100 ? ' (first page of 100)' : ''}, as in MariaDB`, `${ids.length} shown; MariaDB ${approved.length} approved`);
    const parentsOk = !!shown && shown.comments.every((c) => { const p = approved.find((a) => `comment-${a.id}` === c.id)?.parent; return !p || !firstPage.includes(`comment-${p}`) || c.parentId === `comment-${p}`; });
    report.check(parentsOk, `thread of post ${post.id}: replies sit under their parents (comment_parent)`, shown?.comments.filter((c) => c.depth > 1).slice(0, 5).map((c) => `${c.id} under ${c.parentId}`).join('; '));
    if (approved.length > 100) {
      report.check(!!shown?.more, `thread of post ${post.id}: more than 100 comments, a control loads the rest`, `load-more control ${shown?.more ? 'shown' : 'missing'}`);
      await page.locator('#pw-comments [part~="load-more"]').first().click().catch(() => {});
      const all = await until(page, (n) => { const c = document.getElementById('pw-comments').shadowRoot.querySelectorAll('[part~="comment"]'); return c.length >= n ? c.length : null; }, approved.length);
      report.check(all === approved.length, `thread of post ${post.id}: after it, all ${approved.length} approved comments are shown`, `${all ?? 'fewer'} shown`);
    }
    await context.close();
  }

  // A deep link into the second page: #comment-ID of the newest comment (a reply to the fifth).
  {
    const hot = site.seed.hot;
    const deep = site.seed.deep;
    const onPage = db.approved(hot).findIndex((c) => c.id === deep);
    const { page, context, net } = await open(browser, `${linkOf.get(hot)}#comment-${deep}`, { scroll: false });
    const found = await until(page, (id) => {
      const root = document.getElementById('pw-comments')?.shadowRoot;
      const c = root?.getElementById(`comment-${id}`);
      if (!c || !/\btarget\b/.test(c.getAttribute('part') ?? '')) return null;
      const box = c.getBoundingClientRect();
      const focused = root.activeElement;
      return { part: c.getAttribute('part'), inView: box.top < innerHeight && box.bottom > 0, focused: !!focused && (focused === c || c.contains(focused)), parent: c.parentElement?.closest('[part~="comment"]')?.id ?? null };
    }, deep, 20_000);
    const hasPermalinks = (await readComments(page, 'pw-comments', 3000))?.comments.some((c) => c.permalink);
    if (found || hasPermalinks) {
      const pages = net.filter((n) => n.method === 'GET' && /wp\/v2\/comments/.test(n.url) && /[?&]post=/.test(n.url)).map((n) => n.url.replace(stack.url, ''));
      report.check(!!found && found.inView && found.focused && found.parent === `comment-${site.seed.deepParent}`,
        `deep link #comment-${deep} (comment ${onPage + 1} of ${db.approved(hot).length}, on page 2): loaded, scrolled into view, focused, part "target", under its parent on page 1`,
        `${found ? `part "${found.part}", in view ${found.inView}, focused ${found.focused}, under ${found.parent}` : 'not found within 20 s'}\n${pages.join('\n')}`);
    } else report.skip(`deep link #comment-${deep} into page 2`, 'feature not on main (helper a1: #comment-ID deep links, part permalink/target)');
    await context.close();
  }
}

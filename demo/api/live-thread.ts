/**
 * A live thread for the demo: while someone reads the featured article, another (invented)
 * reader comments every so often, so `<press-comments live>` has something to announce. Comments
 * arrive only when the thread is asked for, at most one per interval, and stop after a while.
 */
import { FEATURED_POST_ID } from './data.js';
import type { CommentStore } from './store.js';
import { gmt, siteLocal } from './time.js';

/** Seconds between two arriving comments in `npm start`. */
export const LIVE_EVERY_SECONDS = 45;
/** The demo stops adding after this many, so the thread stays one page. */
export const LIVE_MAX = 30;

const SCRIPT: Array<{ author: string; content: string }> = [
  { author: 'Lena Hartmann', content: 'Gibt es schon einen Termin für den ersten Informationsabend?' },
  { author: 'Klaus Wagner', content: 'Die gemeinsamen Streifen sind eine gute Sache. Hoffentlich auch am Wochenende.' },
  { author: 'Fatma Yılmaz', content: 'Am Busbahnhof fehlt seit Monaten Licht. Schön, dass das jetzt angegangen wird.' },
  { author: 'Jürgen Schmitt', content: 'Nach einem Jahr Bilanz ziehen – da bin ich gespannt.' },
  { author: 'Sophie Braun', content: 'Wird es die Sprechstunde auch in Oberbexbach geben?' },
  { author: 'Markus Neumann', content: 'Prävention für ältere Menschen halte ich für den wichtigsten Teil.' },
];

export const LIVE_AUTHORS = new Set(SCRIPT.map((line) => line.author));

/** Adds the next invented comment to the featured thread now. Returns false once the demo's cap is reached. */
export function addLiveComment(store: CommentStore, now: Date): boolean {
  const arrived = store.comments.filter((c) => c.post === FEATURED_POST_ID && LIVE_AUTHORS.has(c.author_name)).length;
  if (arrived >= LIVE_MAX) return false;
  const line = SCRIPT[arrived % SCRIPT.length];
  store.add({
    post: FEATURED_POST_ID,
    parent: 0,
    author_name: line.author,
    author_email: `${line.author.toLowerCase().replace(/[^a-z]+/g, '.')}@example.org`,
    author_url: '',
    content: `<p>${line.content}</p>\n`,
    date: siteLocal(now),
    date_gmt: gmt(now),
    status: 'approved',
  });
  return true;
}

/** A clock-driven feed: call on every read of the thread; a comment arrives once per `everyMs`. */
export function liveFeed(store: CommentStore, everyMs = LIVE_EVERY_SECONDS * 1000): (now: Date) => void {
  let last: number | null = null;
  return (now) => {
    if (last === null) last = now.getTime(); // the first reader starts the clock
    if (now.getTime() - last < everyMs) return;
    last = now.getTime();
    addLiveComment(store, now);
  };
}

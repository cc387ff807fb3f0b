import { html, nothing, type TemplateResult } from 'lit';
import { guard } from 'lit/directives/guard.js';
import { repeat } from 'lit/directives/repeat.js';
import type { LocalizeController } from '../../i18n/localize.js';
import { errorView } from '../../internal/status-views.js';
import type { SourceError } from '../../sources/errors.js';
import { UNTRUSTED_LINK_REL, safeUrl } from '../../sanitize/url.js';
import type { ThreadEntry } from './thread.js';

/**
 * The thread as view functions. Each comment renders behind a `guard` on its entry's version, so
 * a render of the thread redoes only the comments that changed (Show more appends, a reply moves
 * the form): the rest are neither re-evaluated nor touched. Buttons carry `data-action` and the
 * comment id; one listener on the thread handles them all (no closure per comment). No button here
 * is inside a form (the reply form follows the comment's body), so none needs `type="button"`.
 */
export interface ThreadViewContext {
  localize: LocalizeController;
  maxDepth: number;
  /** The comment the form answers, which renders the form inside it. */
  replyTo: number | null;
  /** The comment the page's `#comment-ID` points at. */
  target: number | null;
  /** The comment whose link was just copied. */
  copied: number | null;
  /** Changes when everything must render anew (language, strings, settings). */
  epoch: number;
  /** The page's URL without its hash: permalinks add `#comment-ID`. */
  pageUrl: string;
  /** Whether a copy-link button is offered (the Clipboard API is there: a secure page). */
  canCopy: boolean;
  /** The reply form, rendered inside the comment it answers. */
  form: () => TemplateResult;
}

interface Item {
  entry: ThreadEntry;
  nest: boolean;
  /** The comment a reply flattened at the depth cap answers, which the indent no longer shows. */
  replyTo: ThreadEntry | null;
}

const key = (item: Item): number => item.entry.comment.id;

/** The top level of the thread. */
export function threadView(roots: readonly ThreadEntry[], busy: boolean, ctx: ThreadViewContext, handlers: EventListenerObject): TemplateResult {
  return html`<ol part="thread" class="thread" aria-busy=${busy} @click=${handlers} @error=${handlers}>${levelView(roots, 1, ctx)}</ol>`;
}

/** One level of the tree; at the depth cap, deeper replies follow their ancestor at the same level. */
function levelView(entries: readonly ThreadEntry[], depth: number, ctx: ThreadViewContext) {
  const items: Item[] = depth < ctx.maxDepth ? entries.map((entry) => ({ entry, nest: true, replyTo: null })) : entries.flatMap((entry) => flatten(entry, null));
  return repeat(items, key, (item) => guard([item.entry.version, ctx.epoch, item.replyTo], () => itemView(item, depth, ctx)));
}

/** An entry and all its descendants in reading order, each with the comment it answers (null for the entry itself). */
function flatten(entry: ThreadEntry, replyTo: ThreadEntry | null): Item[] {
  return [{ entry, nest: false, replyTo }, ...entry.replies.flatMap((reply) => flatten(reply, entry))];
}

export const DATE_TIME: Intl.DateTimeFormatOptions = { dateStyle: 'long', timeStyle: 'short' };

/** A comment's date as its byline shows it (cached by the localize controller once made). */
export const commentDate = (t: LocalizeController, iso: string): string => t.date(iso, DATE_TIME);

/**
 * One comment, in one template. Like WordPress's own markup, a comment (part and id) holds its
 * replies: a reply is inside its parent. The initials sit under the picture: they show while it
 * loads (or never starts, lazily, below the fold) and stay when it fails; the name is printed next
 * to both, so they are hidden from AT.
 */
function itemView({ entry, nest, replyTo }: Item, depth: number, ctx: ThreadViewContext): TemplateResult {
  const t = ctx.localize;
  const { comment } = entry;
  const { id } = comment;
  const name = comment.authorName || '—';
  // Checked again on render, whatever the model promises: nothing unchecked reaches an href.
  const website = safeUrl(comment.authorUrl);
  const avatar = entry.avatarFailed ? '' : safeUrl(comment.avatar);
  const held = comment.status !== 'approved';
  const dateText = commentDate(t, comment.date);
  const time = dateText ? html`<time part="date" class="date" datetime=${new Date(comment.date).toISOString()}>${dateText}</time>` : t.term('commentLink');
  return html`<li part=${id === ctx.target ? 'comment target' : 'comment'} class=${held ? 'item held' : 'item'} id="comment-${id}" tabindex="-1">
    <article part="comment-body" class="comment">
      <header class="meta">
        <span part="avatar" class="avatar" aria-hidden="true">
          ${initials(name)}
          ${avatar
            ? html`<img part="avatar-image" src=${avatar} alt="" width="48" height="48" loading="lazy" decoding="async" referrerpolicy="no-referrer" data-id=${id} />`
            : nothing}
        </span>
        <span class="byline">
          <span part="author" class="author">${website ? html`<a href=${website} rel=${UNTRUSTED_LINK_REL}>${name}</a>` : name}</span>
          ${id > 0 ? html`<a part="permalink" class="permalink" href="${ctx.pageUrl}#comment-${id}">${time}</a>` : dateText ? time : nothing}
        </span>
      </header>
      ${replyTo ? html`<p part="in-reply-to" class="in-reply-to">${t.term('inReplyTo', replyTo.comment.authorName || '—')}</p>` : nothing}
      ${held ? html`<p part="moderation" class="moderation">${t.term('awaitingModeration')}</p>` : nothing}
      <div part="content" class="content">${entry.body}</div>
      ${held || id <= 0
        ? nothing
        : html`<div class="actions-row">
            <button part="reply" class="reply" data-action="reply" data-id=${id} aria-label=${t.term('replyTo', name)} aria-expanded=${ctx.replyTo === id}>${t.term('reply')}</button>
            ${ctx.canCopy
              ? html`<button part="copy-link" class="reply" data-action="copy" data-id=${id}>
                  ${ctx.copied === id ? t.term('linkCopied') : t.term('copyLink')}<span class="visually-hidden">${t.term('copyLinkOf', name)}</span>
                </button>`
              : nothing}
          </div>`}
    </article>
    ${ctx.replyTo === id ? ctx.form() : nothing}
    ${nest && entry.replies.length ? html`<ol part="thread" class="thread replies">${levelView(entry.replies, depth + 1, ctx)}</ol>` : nothing}
  </li>`;
}

function initials(name: string): string {
  const letters = name
    .split(/\s+/)
    .filter(Boolean)
    .map((word) => [...word][0]);
  return (letters.length > 1 ? letters[0] + letters.at(-1) : (letters[0] ?? '?')).toUpperCase();
}

/** The loading placeholder: comment-shaped rows of about a comment's height, so the thread replaces it without a jump. */
export function skeletonView(): TemplateResult {
  const row = html`<div class="skeleton-comment"><span class="avatar skeleton-avatar"></span><div class="skeleton-lines"><div class="line"></div><div class="line"></div><div class="line"></div></div></div>`;
  return html`<div part="skeleton" class="skeleton" aria-hidden="true">${row}${row}${row}</div>`;
}

/** Show more, or why the next page failed: a new button after each page (keyed by the page), so no button already on screen moves. */
export function moreView(t: LocalizeController, paging: { nextPage: number | null; moreLoading: boolean; moreError: SourceError | null }, showMore: () => void) {
  if (paging.moreError) return errorView(t, t.term('errorLoadComments'), paging.moreError, showMore);
  if (!paging.nextPage) return nothing;
  return repeat(
    [paging.nextPage],
    (page) => page,
    () => html`<button part="load-more" class="button secondary load-more" ?disabled=${paging.moreLoading} @click=${showMore}>
      ${paging.moreLoading ? t.term('loading') : t.term('loadMoreComments')}
    </button>`,
  );
}

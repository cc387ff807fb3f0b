import { htmlToText } from '../sanitize/text.js';
import { parseEach } from './skip.js';
import { safeUrl } from '../sanitize/url.js';
import { countHeader, fetchList } from './http.js';
import type { Comment, CommentPage } from './models.js';
import { obj, rendered, str, wpDate } from './json.js';
import { withQuery } from './wordpress.js';

/**
 * WordPress comments: loading a thread and building its tree. Posting is in
 * wordpress-comment-posting.ts. Pure functions: no rendering here.
 */

/** A thread is complete up to this many comments without any action (the contract's `per_page`). */
export const COMMENTS_PER_PAGE = 100;

export interface LoadCommentsOptions {
  /** The post whose comments to list. */
  post: number;
  /** 1-based page of the thread. */
  page?: number;
  /** `asc` (oldest first, the default) or `desc`. */
  order?: 'asc' | 'desc';
  /** Only the replies to these comments (0: the top level). */
  parents?: readonly number[];
  /** Only comments newer than this RFC 3339 date (WordPress's `after`). */
  after?: string;
  /** Comments per page (default COMMENTS_PER_PAGE). */
  perPage?: number;
  /** Only these fields of each comment (`_fields`), for a question asked again and again. */
  fields?: string;
  signal?: AbortSignal;
  timeout?: number;
}

/** The URL of one page of a post's thread: `source` with the query's parameters (see withQuery). */
export const commentsUrl = (source: string | URL, { post, page = 1, order = 'asc', parents, after, perPage = COMMENTS_PER_PAGE, fields }: LoadCommentsOptions): URL =>
  withQuery(source, { post, parent: parents?.join(','), after, order, per_page: perPage, page: page > 1 ? page : undefined, _fields: fields });

/** Loads one page of a post's approved comments (WordPress sends them flat; see threadComments). */
export async function loadComments(source: string | URL, options: LoadCommentsOptions): Promise<CommentPage> {
  const { page = 1 } = options;
  const url = commentsUrl(source, options);
  // Of the options, the request reads only `signal` and `timeout`.
  const { response, items } = await fetchList(url, options);
  const comments = parseEach(items, (item) => parseComment(item, url.href), 'comments');
  const lastPage = countHeader(response, 'x-wp-totalpages') || page;
  return {
    comments,
    total: countHeader(response) || comments.length,
    totalPages: lastPage,
    // The next page is built from our own URL, never taken from the header: it must stay on the configured source.
    next: /rel="?next"?/.test(response.headers.get('link')!) || page < lastPage ? commentsUrl(source, { ...options, page: page + 1 }).href : null,
  };
}


/** Normalizes one WordPress comment; null for anything that is not one. Text fields come out as plain text. */
export function parseComment(raw: unknown, base: string): Comment | null {
  const c = obj(raw);
  const id = Number(c?.id);
  if (!c || !Number.isInteger(id) || id <= 0) return null;
  const avatars = obj(c.author_avatar_urls) ?? {};
  const parent = Number(c.parent);
  return {
    id,
    post: Number(c.post) || 0,
    parent: Number.isInteger(parent) && parent > 0 ? parent : 0,
    // WordPress itself stores at most 245 characters of a name; a longer one is not from a WordPress.
    authorName: htmlToText(str(c.author_name), 245),
    authorUrl: safeUrl(str(c.author_url), { base }),
    avatar: safeUrl(str(avatars['96'] ?? avatars['48'] ?? Object.values(avatars)[0]), { base }),
    date: wpDate(c),
    contentHtml: rendered(c.content),
    link: safeUrl(str(c.link), { base }),
    status: str(c.status) || 'approved',
  };
}

/** A comment with its replies, for rendering a thread. */
export interface CommentNode {
  comment: Comment;
  replies: CommentNode[];
}

/**
 * Builds the reply tree of a flat list, every level oldest first. A reply whose parent is not
 * in the list (deleted, unapproved, on another page) is shown at the top level, never dropped.
 */
export function threadComments(list: readonly Comment[]): CommentNode[] {
  const nodes = new Map<number, CommentNode>();
  for (const comment of list) nodes.set(comment.id, { comment, replies: [] });
  const roots: CommentNode[] = [];
  for (const node of nodes.values()) {
    const parent = node.comment.parent ? nodes.get(node.comment.parent) : undefined;
    // A comment that is its own ancestor (bad data) must not vanish in a cycle: it becomes a root.
    if (parent && !isAncestor(node, parent, nodes)) parent.replies.push(node);
    else roots.push(node);
  }
  const sort = (level: CommentNode[]): CommentNode[] => {
    level.sort((a, b) => byDate(a.comment, b.comment));
    level.forEach((n) => sort(n.replies));
    return level;
  };
  return sort(roots);
}

function isAncestor(node: CommentNode, candidate: CommentNode, nodes: Map<number, CommentNode>): boolean {
  const seen = new Set<number>();
  for (let at: CommentNode | undefined = candidate; at && !seen.has(at.comment.id); at = nodes.get(at.comment.parent)) {
    if (at === node) return true;
    seen.add(at.comment.id);
  }
  return false;
}

function byDate(a: Comment, b: Comment): number {
  const diff = (Date.parse(a.date) || 0) - (Date.parse(b.date) || 0);
  return diff || a.id - b.id;
}

/**
 * The reader's own held comments that `listed` does not show yet. One whose id is known leaves as
 * soon as that id is listed. One posted across origins has no id (the classic form answered
 * opaquely), so it leaves when a listed comment has the same parent, author and words: the
 * moderator approved it, and it must not show twice (once approved, once "awaiting moderation").
 */
export function stillHeld(held: readonly Comment[], listed: readonly Comment[]): Comment[] {
  const ids = new Set(listed.map((c) => c.id));
  const claimed = new Set<number>();
  return held.filter((own) => {
    if (ids.has(own.id)) return false;
    if (own.id > 0) return true;
    const twin = listed.find((c) => !claimed.has(c.id) && c.parent === own.parent && sameText(c.authorName, own.authorName) && sameWords(c.contentHtml, own.contentHtml));
    if (twin) claimed.add(twin.id);
    return !twin;
  });
}

const sameText = (a: string, b: string): boolean => a.trim().toLowerCase() === b.trim().toLowerCase();

/**
 * Letters and digits only: WordPress turns quotes, dashes and dots into typographic ones and links
 * URLs. Tags are ignored as well: the reader's own copy shows what they typed as text
 * (`<b>Gut</b>`), while WordPress keeps the tags its comment rules allow and strips the others.
 */
function sameWords(a: string, b: string): boolean {
  const words = (html: string) =>
    htmlToText(html)
      .replace(/<[^>]*>/g, '')
      .normalize('NFKC')
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, '');
  const left = words(a);
  return left !== '' && left === words(b);
}


import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { SourceController } from '../../controllers/source-controller.js';
import { SourceError, isAbort } from '../../sources/errors.js';
import type { Comment } from '../../sources/models.js';
import { loadThreadPage } from '../../sources/comment-pages.js';
import { stillHeld } from '../../sources/wordpress-comments.js';
import { discoverWordPress, discoveredRoute } from '../../sources/discover.js';
import { parseUrl } from '../../sanitize/url.js';
import { heldKey, readHeld, writeHeld } from './reader-memory.js';
import { nextTask } from '../../internal/next-task.js';
import { Thread, prepare, type CommentOrder, type ThreadEntry } from './thread.js';

/**
 * The comments collection and the post: the attributes; else, on a WordPress page, the site's own
 * collection; the post from a `post=` in the source URL, else the page's own post.
 */
export function resolveThread(sourceAttribute: string, postAttribute: number): { source: string; post: number } {
  const source = sourceAttribute || discoveredRoute('wp/v2/comments')?.href || '';
  if (postAttribute > 0) return { source, post: Math.floor(postAttribute) };
  const fromSource = Number(parseUrl(source, document.baseURI)?.searchParams.get('post'));
  if (Number.isInteger(fromSource) && fromSource > 0) return { source, post: fromSource };
  return { source, post: discoverWordPress().postId ?? 0 };
}

export interface ThreadInputs {
  source: string;
  post: number;
  timeout: number;
  order: CommentOrder;
}

export interface ThreadControllerOptions {
  /** What to load; null while there is nothing to load (no source, or not near the viewport yet). */
  inputs: () => ThreadInputs | null;
  /** A load or a further page failed. */
  onError: (error: SourceError) => void;
  /** The first page is shown. */
  onLoaded: () => void;
  /** Work for each comment of a page before it is shown (formatting its date), done in the same slices as sanitizing. */
  prepare: (comment: Comment) => void;
  /** A first page is asked for; what it returns is awaited before the page is prepared (the date formatter being made). */
  loading: () => Promise<void>;
}

/**
 * The comments of one post and their paging: the first page loads when the inputs say so (a
 * change of source, post or order starts over), further pages append. Everything that adds to
 * the thread — a page, the reader's own comment, a live update — goes through `add()`, which
 * places the comments and keeps the count.
 */
export class ThreadController implements ReactiveController {
  thread = new Thread();
  nextPage: number | null = null;
  moreLoading = false;
  moreError: SourceError | null = null;

  /** Comments the server listed (the count of WordPress's own total covers these). */
  readonly #listed = new Set<number>();
  /** The reader's own comments not listed by the server (held for moderation, or just posted). */
  #own: Comment[] = [];
  #total = 0;
  #inputs: ThreadInputs | null = null;
  #moreAbort: AbortController | undefined;

  /**
   * Top-level comments of the latest page not rendered yet. A page renders in slices of SLICE, a task
   * each: the first slice fills more than a screen, so the later ones append out of sight.
   */
  readonly #unshown = new Set<ThreadEntry>();
  #slicing = false;

  readonly #first: SourceController<Thread, readonly [string, number, number, CommentOrder]>;

  readonly #host: ReactiveControllerHost;
  readonly #options: ThreadControllerOptions;

  constructor(host: ReactiveControllerHost, options: ThreadControllerOptions) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
    this.#first = new SourceController(host, {
      args: () => {
        const inputs = options.inputs();
        return inputs ? ([inputs.source, inputs.post, inputs.timeout, inputs.order] as const) : null;
      },
      task: async ([source, post, timeout, order], signal) => {
        if (!source || !post) throw new SourceError('no-source', 'No source/post attribute and no WordPress post on this page');
        this.#moreAbort?.abort();
        const ready = options.loading();
        const inputs = { source, post, timeout, order };
        const page = await this.#load(inputs, 1, signal, ready);
        if (signal.aborted) throw new SourceError('aborted', 'Aborted');
        // A fresh first page starts the thread over: later pages belong to the previous load.
        this.#inputs = inputs;
        this.thread = new Thread(order);
        this.#unshown.clear();
        this.#listed.clear();
        this.#own = [];
        this.moreError = null;
        this.nextPage = page.next ? 2 : null;
        this.#total = page.total;
        this.#showInSlices(this.#addListed(page.comments));
        // The reader's own comments still awaiting moderation stay visible to them after a reload, until listed.
        const key = heldKey(source, post);
        const held = stillHeld(readHeld(key), page.comments);
        writeHeld(key, held);
        this.#addOwn(held);
        return this.thread;
      },
      onDone: options.onLoaded,
      onError: options.onError,
    });
  }

  /** One page, its bodies sanitized and its dates formatted (in slices) before it is shown. */
  async #load({ source, post, order, timeout }: ThreadInputs, page: number, signal: AbortSignal, ready?: Promise<void>) {
    const result = await loadThreadPage(source, { post, page, order, signal, timeout });
    await ready;
    await prepare(result.comments, this.#options.prepare, signal);
    // Threading the page and rendering its first slice get a task of their own, not the last sanitizing slice's.
    await nextTask();
    return result;
  }

  get status() {
    return this.#first.status;
  }

  get error() {
    return this.#first.error;
  }

  /** The thread shown: empty until the first page arrived. */
  get shown(): Thread {
    return this.#first.status === 'done' ? this.thread : EMPTY;
  }

  /** The top-level entries to render: all but the rest of a page still being rendered in slices. */
  get roots(): ThreadEntry[] {
    return this.#unshown.size ? this.thread.roots.filter((entry) => !this.#unshown.has(entry)) : this.thread.roots;
  }

  /** Whether part of the latest page is still to render. */
  get settling(): boolean {
    return this.#unshown.size > 0;
  }

  /** Resolves once the latest page is rendered, every slice of it. */
  async settled(): Promise<void> {
    await this.#host.updateComplete;
    while (this.#unshown.size) {
      await nextTask();
      await this.#host.updateComplete;
    }
  }

  /** Comments of the thread: WordPress's total plus the reader's own approved ones it does not count yet. */
  get count(): number {
    return this.#total + this.#own.filter((c) => c.status === 'approved' && !this.#listed.has(c.id)).length;
  }

  hostDisconnected(): void {
    this.#moreAbort?.abort();
  }

  retry(): void {
    this.#first.retry();
  }

  /**
   * Adds comments that arrived outside paging (a live update, say), as listed by the server.
   * Returns the entries that are new; the host renders them on its next update.
   */
  add(comments: readonly Comment[]): ThreadEntry[] {
    const added = this.#addListed(comments);
    this.#total += added.length;
    this.#host.requestUpdate();
    return added;
  }

  /** The reader's own comment, just posted: shown where the order puts it, counted if approved. */
  addPosted(comment: Comment): void {
    this.#addOwn([comment]);
    this.#host.requestUpdate();
  }

  /** A commenter's picture could not load: their initials stay instead. */
  avatarFailed(id: number): void {
    const entry = this.thread.get(id);
    if (!entry || entry.avatarFailed) return;
    entry.avatarFailed = true;
    this.changed(entry);
  }

  /** Renders these entries anew on the next update (and nothing else of the thread). */
  changed(...entries: Array<ThreadEntry | number | null | undefined>): void {
    for (const entry of entries) this.thread.touch(typeof entry === 'number' ? this.thread.get(entry) : entry);
    this.#host.requestUpdate();
  }

  /** Loads the next page and appends it. Returns its new entries ([] when there is none or it failed). */
  async loadMore(): Promise<ThreadEntry[]> {
    const page = this.nextPage;
    const inputs = this.#inputs;
    if (!page || this.moreLoading || !inputs) return [];
    this.#moreAbort?.abort();
    const abort = new AbortController();
    this.#moreAbort = abort;
    this.moreLoading = true;
    this.moreError = null;
    this.#host.requestUpdate();
    try {
      const result = await this.#load(inputs, page, abort.signal);
      if (abort.signal.aborted || this.#inputs !== inputs) return [];
      this.nextPage = result.next ? page + 1 : null;
      return this.#showInSlices(this.#addListed(result.comments));
    } catch (error) {
      if (isAbort(error)) return [];
      this.moreError = SourceError.from(error);
      this.#options.onError(this.moreError);
      return [];
    } finally {
      if (this.#moreAbort === abort) this.moreLoading = false;
      this.#host.requestUpdate();
    }
  }

  /** Loads pages until comment `id` is in the thread; its entry, or undefined when the thread has no such comment. */
  async loadUntil(id: number): Promise<ThreadEntry | undefined> {
    while (!this.thread.get(id) && this.nextPage && !this.moreError) {
      if (this.moreLoading) await new Promise((resolve) => setTimeout(resolve, 50));
      else await this.loadMore();
    }
    const entry = this.thread.get(id);
    // Found: everything renders at once, so the link finds it in the DOM.
    if (entry && this.#unshown.size) {
      this.#unshown.clear();
      this.thread.version++;
      this.#host.requestUpdate();
    }
    return entry;
  }

  #showInSlices(added: ThreadEntry[]): ThreadEntry[] {
    added.filter((entry) => !entry.parent).slice(SLICE).forEach((entry) => this.#unshown.add(entry));
    if (this.#unshown.size && !this.#slicing) void this.#slice();
    return added;
  }

  async #slice(): Promise<void> {
    this.#slicing = true;
    try {
      while (this.#unshown.size) {
        await this.#host.updateComplete;
        await nextTask();
        let left = SLICE;
        for (const entry of this.#unshown) {
          if (!left--) break;
          this.#unshown.delete(entry);
        }
        this.thread.version++;
        this.#host.requestUpdate();
      }
    } finally {
      this.#slicing = false;
    }
  }

  #addListed(comments: readonly Comment[]): ThreadEntry[] {
    // The reader's own copies of comments listed now (approved meanwhile) must not show twice.
    const own = stillHeld(this.#own, comments);
    for (const gone of this.#own.filter((c) => !own.includes(c))) if (!comments.some((c) => c.id === gone.id)) this.thread.remove(gone.id);
    this.#own = own;
    comments.forEach((c) => this.#listed.add(c.id));
    return this.thread.add(comments);
  }

  #addOwn(comments: readonly Comment[]): void {
    const ids = new Set(comments.map((c) => c.id));
    this.#own = [...this.#own.filter((c) => !ids.has(c.id)), ...comments.filter((c) => !this.#listed.has(c.id))];
    this.thread.add(comments);
  }
}

const EMPTY = new Thread();
/** Top-level comments rendered per task: more than a screenful, and a small part of a 50 ms task on a busy machine. */
const SLICE = 10;

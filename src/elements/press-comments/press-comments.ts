import { html, nothing, LitElement, type PropertyValues } from 'lit';
import { guard } from 'lit/directives/guard.js';
import { PressElement } from '../../internal/press-element.js';
import { PressCommentPostedEvent, PressErrorEvent } from '../../internal/events.js';
import { errorView } from '../../internal/status-views.js';
import { heading } from '../../internal/heading.js';
import { NearViewportController } from '../../controllers/near-viewport-controller.js';
import { discoverCommentFormAction } from '../../sources/discover.js';
import { SourceError } from '../../sources/errors.js';
import type { Comment } from '../../sources/models.js';
import type { CommentInput } from '../../sources/wordpress-comment-posting.js';
import type { PartialTranslation } from '../../i18n/translation.js';
import { sharedStyles } from '../../styles/shared.styles.js';
import { commentsStyles } from './press-comments.styles.js';
import { formStyles } from './form.styles.js';
import { readAuthor, readOrder, rememberHeld, writeOrder } from './reader-memory.js';
import { PressCommentForm, type CommentFormOwner, type FormMemory, type SignedInReader } from './comment-form.js';
import { sendComment } from './posting.js';
import { ThreadController, resolveThread } from './thread-controller.js';
import { DeepLinkController } from './deep-link-controller.js';
import { isOrder, type CommentOrder } from './thread.js';
import { commentDate, moreView, skeletonView, threadView, type ThreadViewContext } from './thread-view.js';
import { LiveThread, liveConverter } from './live-thread.js';
import { SessionController } from './session-controller.js';
import { PostOnce } from '../../sources/post-once.js';

/** This page's address without its fragment: what a comment's link is made from. */
const pageUrl = () => location.href.split('#')[0];

/** `email-required="false"` turns the requirement off; the attribute's absence keeps the default (on). */
const booleanDefaultTrue = {
  fromAttribute: (value: string | null) => value === null || value.toLowerCase() !== 'false',
};

/**
 * @summary A WordPress comment thread with a sanitized, accessible comment form.
 * @tag press-comments
 *
 * @attr nonce - The WordPress REST nonce of the signed-in reader (default `window.wpApiSettings.nonce`), used only
 *   for a `source` on the page's own origin. Read through the element's native `nonce`, which survives CSP nonce hiding.
 *
 * @csspart base - The `<section>` around thread and form.
 * @csspart heading - The heading with the comment count.
 * @csspart status - The polite live region (loading, posted, awaiting moderation).
 * @csspart thread - Each list (`<ol>`) of comments; replies sit in nested lists.
 * @csspart comment - One comment (`<li>`), holding its body and, nested, its replies.
 * @csspart comment-body - The comment itself (`<article>`): byline, text and reply button.
 * @csspart avatar - The commenter's initials, with their picture over them once it loads.
 * @csspart avatar-image - The commenter's picture (a gravatar), removed when it cannot load.
 * @csspart author - The commenter's name (a link to their website when it is http(s)).
 * @csspart date - The `<time>` of the comment.
 * @csspart permalink - The link to the comment itself (`<page>#comment-ID`), around its date.
 * @csspart copy-link - The button that copies a comment's link.
 * @csspart target - Added to `comment` on the comment the page's `#comment-ID` points at (highlighted).
 * @csspart sort - The button that switches between oldest and newest first (pressed: newest first).
 * @csspart skeleton - The placeholder shown while the thread loads.
 * @csspart notice - The visible note that a linked comment is not in the thread.
 * @csspart signed-in - "Signed in as …" in the form, for a signed-in reader.
 * @csspart session-expired - The notice that the reader's sign-in has expired: the form is a guest's again.
 * @csspart new-comments - The button announcing comments that arrived while reading ("3 new comments"); shows them.
 * @csspart content - The sanitized comment text.
 * @csspart in-reply-to - "In reply to …" on a reply shown flat at the depth cap.
 * @csspart moderation - The notice on the reader's own comment that awaits moderation.
 * @csspart reply - The reply button of a comment.
 * @csspart empty - The text shown when there are no comments.
 * @csspart load-more - The "Show more comments" button.
 * @csspart form - The comment `<form>`.
 * @csspart form-heading - The form's heading ("Leave a reply" / "Reply to …").
 * @csspart cancel - The button that cancels a reply.
 * @csspart field - Each label + control + message group.
 * @csspart label - Each field label.
 * @csspart input - The name, email and website inputs.
 * @csspart textarea - The comment textarea.
 * @csspart counter - The characters-left counter (announced politely only when few are left).
 * @csspart error - An error message (field, form summary, post failure, load failure).
 * @csspart retry - A retry button after a failure.
 * @csspart remember - The "remember me" checkbox label.
 * @csspart submit - The submit button.
 *
 * @cssproperty [--press-accent=#0a58a8] - Accent colour (buttons, initials, focus ring).
 * @cssproperty [--press-border-color=currentColor at 16%] - Hairlines between comments and around fields.
 * @cssproperty [--press-comments-gap=1.25rem] - Space between comments.
 * @cssproperty [--press-comments-indent=1.5rem] - Indent of a reply level.
 * @cssproperty [--press-comments-avatar-size=2.75rem] - Avatar size.
 * @cssproperty [--press-comments-moderation-background=#fff4d6] - Background of a comment awaiting moderation.
 * @cssproperty [--press-comments-target-background=accent at 9%] - Tint of the comment a `#comment-ID` link leads to.
 * @cssproperty [--press-input-background=currentColor at 4%] - Background of the form controls.
 * @cssproperty [--press-error-color=#b3261e] - Colour of error messages and invalid fields.
 *
 * @event press-comment-submit - Before a comment is sent; cancelable. `detail` holds the six fields; add to `detail.extra`.
 * @event press-comment-posted - The server accepted a comment; `detail` is the comment (its `status` may be `hold`).
 * @event press-error - Loading or posting failed; `detail` is `{code, message, status}`.
 */
export class PressComments extends PressElement {
  static override styles = [sharedStyles, commentsStyles, formStyles];
  static override shadowRootOptions: ShadowRootInit = { ...LitElement.shadowRootOptions, delegatesFocus: true };
  // Smaller than a decorator call each. Internal state is `attribute: false` (what `state: true` means to Lit), which the manifest analyzer reads as no attribute.
  static override properties = {
    source: {},
    post: { type: Number },
    order: {},
    eager: { type: Boolean },
    maxlength: { type: Number },
    emailRequired: { attribute: 'email-required', converter: booleanDefaultTrue },
    headingLevel: { type: Number, attribute: 'heading-level' },
    maxDepth: { type: Number, attribute: 'max-depth' },
    formAction: { attribute: 'form-action' },
    timeout: { type: Number },
    strings: { attribute: false },
    live: { converter: liveConverter },
    replyTo: { attribute: false },
    announcement: { attribute: false },
    notice: { attribute: false },
    target: { attribute: false },
    copied: { attribute: false },
    chosenOrder: { attribute: false },
    signedIn: { attribute: false },
  };

  /** URL of a WordPress comments collection (`/wp-json/wp/v2/comments`). Without it, on a WordPress page, the site's own. */
  source = '';
  /** The post id whose comments to show. Without it, on a WordPress page, the current post. */
  post = 0;
  /** `oldest` (default) or `newest` first. The reader's own choice (the `sort` control), remembered per site, wins. */
  order: CommentOrder = 'oldest';
  /** Load at once instead of when the element comes within about one viewport of being seen. */
  eager = false;
  /** Longest comment accepted, in characters. */
  maxlength = 5000;
  /** Whether name and email are required (WordPress's "Comment author must fill out name and email"). */
  emailRequired = true;
  /** Heading level of the thread heading (1–6); the form heading is one below. */
  headingLevel = 2;
  /** Deepest reply nesting shown; deeper replies appear at this level. */
  maxDepth = 3;
  /**
   * WordPress's classic comment handler (`…/wp-comments-post.php`), used when the REST API refuses
   * anonymous comments. Default: where the page's own `#commentform` posts, else next to the REST root.
   */
  formAction = '';
  /** Milliseconds before a request that does not answer fails. */
  timeout = 15_000;
  /** Overrides of this element's strings. */
  strings: PartialTranslation | null = null;
  /**
   * Seconds between checks for new comments while the thread is on screen and the tab visible;
   * `live` alone means 60. New comments are announced (part `new-comments`), never inserted unasked.
   */
  live: number | null = null;

  private replyTo: Comment | null = null;
  private announcement = '';
  private notice = '';
  /** The comment the page's `#comment-ID` points at. */
  private target: number | null = null;
  /** The comment whose link was just copied. */
  private copied: number | null = null;
  /** The reader's own choice of order, remembered per site. */
  private chosenOrder: CommentOrder | null = readOrder();
  /** Set by a session controller for a signed-in reader: the form then asks no name or email. */
  protected signedIn: SignedInReader | null = null;

  /** Changes when every comment must render anew (language, strings, settings, page URL). */
  #epoch = 0;
  #epochKey = '';
  readonly #formMemory: FormMemory = { fields: { author: '', email: '', url: '' }, remember: false, postedAt: -Infinity };

  // Order matters: "near" decides whether the thread may load, the thread loads, deep links follow it.
  readonly #near = new NearViewportController(this, () => this.eager);

  /** The thread and its paging; other behaviour (live updates) adds comments through `comments.add()`. */
  protected readonly comments = new ThreadController(this, {
    // Without a source there is nothing to wait for: the error says so at once.
    inputs: () => {
      const { source, post } = this.#where();
      return this.#near.near || !source || !post ? { source, post, timeout: this.timeout, order: this.#effectiveOrder() } : null;
    },
    onError: (error) => this.emit(new PressErrorEvent(error.toDetail())),
    onLoaded: () => this.#liveThread.loaded(),
    prepare: (comment) => commentDate(this.localize, comment.date),
    // Building the date formatter takes tens of milliseconds: done in a task of its own while the request is out.
    loading: () => setTimeout(() => commentDate(this.localize, new Date().toISOString())),
  });

  /** Who is signed in (a nonce for a same-origin source and `/wp/v2/users/me`); asked once the thread may load. */
  readonly #session = new SessionController(this, {
    source: () => this.#where().source,
    nonce: () => this.nonce ?? '',
    near: () => this.#near.near,
    timeout: () => this.timeout,
  });

  readonly #liveThread: LiveThread = new LiveThread(this, { interval: () => this.live, thread: this.comments, where: () => this.#where(), timeout: () => this.timeout });
  readonly #postOnce = new PostOnce();

  protected readonly deepLink = new DeepLinkController(this, {
    loadNow: () => this.#near.load(),
    ready: () => this.comments.status === 'done',
    reveal: (id) => this.#reveal(id),
    commentField: async () => {
      if (this.replyTo) await this.#cancelReply();
      const form = this.renderRoot.querySelector<PressCommentForm>('press-comment-form');
      await form?.updateComplete;
      return form?.querySelector<HTMLElement>('[name="comment"]') ?? null;
    },
    // Held, deleted, or on another post: said once, politely; nothing else moves.
    missing: () => (this.announcement = this.notice = this.localize.term('linkedCommentMissing')),
  });

  override connectedCallback(): void {
    PressCommentForm.define();
    super.connectedCallback();
    const saved = readAuthor();
    if (saved) {
      this.#formMemory.fields = saved;
      this.#formMemory.remember = true;
    }
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('source') || changed.has('post')) this.replyTo = null;
    const user = this.#session.session?.user;
    const name = user ? user.name || `#${user.id}` : null;
    if ((this.signedIn?.name ?? null) !== name) this.signedIn = name === null ? null : { name };
    const key = [this.localize.lang(), this.maxDepth, pageUrl()].join('\u0000');
    if (key !== this.#epochKey || changed.has('strings')) {
      this.#epochKey = key;
      this.#epoch++;
    }
  }

  /** The order in force: the reader's choice, else the attribute. */
  #effectiveOrder(): CommentOrder {
    return this.chosenOrder ?? (isOrder(this.order) ? this.order : 'oldest');
  }

  /** Where the comments live: the attributes, else what the WordPress page says. */
  #where(): { source: string; post: number } {
    return resolveThread(this.source, this.post);
  }

  protected override render() {
    const { status, error, moreLoading } = this.comments;
    const t = this.localize;
    const busy = status === 'loading' || status === 'idle';
    const thread = this.comments.shown;
    const count = status === 'done' ? this.comments.count : 0;
    const newest = this.#effectiveOrder() === 'newest';
    // Where the new comments will appear: above the thread newest first, after it oldest first.
    const announce = status === 'done' && this.live !== null ? this.#liveThread.view(t) : nothing;
    return html`<section part="base" class="base" aria-labelledby="comments-heading">
      <div class="head">
        ${heading(this.headingLevel, { part: 'heading', id: 'comments-heading', className: 'heading' }, count > 0 ? t.term('commentCount', count) : t.term('comments'))}
        ${status === 'done' && !thread.size
          ? nothing // nothing to sort (yet): it appears with the first comment
          : html`<button part="sort" class="sort" type="button" aria-pressed=${newest ? 'true' : 'false'} @click=${this.#toggleOrder}>${t.term('newestFirst')}</button>`}
      </div>
      <div part="status" class="visually-hidden" role="status">${busy ? t.term('loading') : this.announcement}</div>
      ${this.notice ? html`<p part="notice" class="notice" aria-hidden="true">${this.notice}</p>` : nothing}
      ${this.replyTo
        ? nothing
        : // Why the reader, whose page printed a nonce, is a guest after all: the site said the nonce went stale.
          html`${this.#session.status === 'expired' ? html`<p part="session-expired" class="session-expired" role="alert">${t.term('sessionExpired')}</p>` : nothing}${this.#formTemplate()}`}
      ${status === 'error' && error ? errorView(t, t.term('errorLoadComments'), error, () => this.comments.retry()) : nothing}
      ${busy ? skeletonView() : thread.size === 0 && status === 'done' ? html`<p part="empty" class="empty">${t.term('noComments')}</p>` : nothing}
      <div class="thread-area">${newest ? announce : nothing}${thread.size
        ? guard([thread, thread.version, this.#epoch, moreLoading], () => threadView(this.comments.roots, moreLoading || this.comments.settling, this.#threadContext(), this.#threadEvents))
        : nothing}${newest ? nothing : announce}${status === 'done' && !this.comments.settling ? moreView(t, this.comments, this.#showMore) : nothing}</div>
    </section>`;
  }

  #threadContext(): ThreadViewContext {
    return {
      localize: this.localize,
      maxDepth: this.maxDepth,
      replyTo: this.replyTo?.id ?? null,
      target: this.target,
      copied: this.copied,
      epoch: this.#epoch,
      pageUrl: pageUrl(),
      canCopy: typeof navigator.clipboard?.writeText === 'function',
      form: () => this.#formTemplate(),
    };
  }

  #formTemplate() {
    const { source, post } = this.#where();
    // One property: the form reads its settings from it, and renders whenever this element does.
    return html`<press-comment-form
      .owner=${{
        ...this.#formOwner,
        localize: this.localize,
        memory: this.#formMemory,
        replyTo: this.replyTo,
        draftKey: source && post ? `${source}#${post}:${this.replyTo?.id ?? 0}` : null,
        headingLevel: this.headingLevel + 1,
        maxlength: this.maxlength,
        emailRequired: this.emailRequired,
        signedIn: this.signedIn,
        checking: this.#session.status === 'checking',
      } satisfies CommentFormOwner}
    ></press-comment-form>`;
  }

  /** One listener for every comment's buttons and pictures (capture: `error` does not bubble). */
  readonly #threadEvents = {
    capture: true,
    handleEvent: (event: Event): void => {
      const origin = event.target as HTMLElement;
      if (event.type === 'error' && origin instanceof HTMLImageElement) return this.comments.avatarFailed(Number(origin.dataset.id));
      const button = event.type === 'click' ? origin.closest<HTMLElement>('[data-action]') : null;
      if (button?.dataset.action === 'reply') void this.#startReply(Number(button.dataset.id));
      if (button?.dataset.action === 'copy') this.#copyLink(Number(button.dataset.id));
    },
  };

  readonly #toggleOrder = (): void => {
    const order = this.#effectiveOrder() === 'newest' ? 'oldest' : 'newest';
    writeOrder(order);
    this.chosenOrder = order;
    this.replyTo = null;
  };

  readonly #showMore = async (): Promise<void> => {
    const added = await this.comments.loadMore();
    await this.updateComplete;
    // The reader asked for more: keyboard users continue where the new ones start, and the page stays put.
    const first = added.find((entry) => !entry.parent) ?? added[0];
    if (first) this.#commentElement(first.comment.id)?.focus({ preventScroll: true });
  };

  #commentElement(id: number): HTMLElement | null {
    return this.renderRoot.querySelector<HTMLElement>(`#comment-${CSS.escape(String(id))}`);
  }

  async #startReply(id: number): Promise<void> {
    const entry = this.comments.thread.get(id);
    if (!entry) return;
    this.comments.changed(this.replyTo?.id, entry);
    this.replyTo = entry.comment;
    await this.updateComplete;
    const form = this.renderRoot.querySelector<PressCommentForm>('press-comment-form');
    await form?.updateComplete;
    form?.focusComment();
  }

  readonly #formOwner: Pick<CommentFormOwner, 'submitComment' | 'commentPosted' | 'postFailed' | 'cancelReply'> = {
    submitComment: (input) => this.#submitComment(input),
    commentPosted: (comment) => void this.#commentPosted(comment),
    postFailed: (error) => this.emit(new PressErrorEvent(error.toDetail())),
    cancelReply: () => void this.#cancelReply(),
  };

  async #cancelReply(): Promise<void> {
    const id = this.replyTo?.id;
    if (id === undefined) return;
    this.comments.changed(id);
    this.replyTo = null;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(`#comment-${id} [part="reply"]`)?.focus();
  }

  #submitComment(draft: CommentInput): Promise<Comment> | null {
    const { source, post } = this.#where();
    if (!source || !post) throw new SourceError('no-source', 'No source/post attribute and no WordPress post on this page');
    this.announcement = '';
    return sendComment(draft, {
      source,
      post,
      session: this.#session.session,
      classicUrl: this.formAction || discoverCommentFormAction() || undefined,
      timeout: this.timeout,
      postOnce: this.#postOnce,
      listed: (id) => !!this.comments.thread.get(id),
      emit: (event) => this.emit(event),
      signedOut: () => this.#session.leave(),
    });
  }

  /** The reader's comment shows where the order puts it, and focus (and the view) go to it. */
  async #commentPosted(comment: Comment): Promise<void> {
    this.comments.changed(this.replyTo?.id);
    this.comments.addPosted(comment);
    this.replyTo = null;
    this.announcement = this.localize.term(comment.status === 'approved' ? 'commentPosted' : 'awaitingModeration');
    if (comment.status !== 'approved') {
      const { source, post } = this.#where();
      rememberHeld(source, comment.post || post, comment);
    }
    this.emit(new PressCommentPostedEvent(comment));
    await this.updateComplete;
    this.#commentElement(comment.id)?.focus();
  }

  /** Loads until comment `id` is there, marks it as the target and returns its element (null: not in the thread). */
  async #reveal(id: number): Promise<HTMLElement | null> {
    const entry = await this.comments.loadUntil(id);
    if (!entry) return null;
    this.notice = '';
    this.comments.changed(this.target, entry);
    this.target = id;
    await this.updateComplete;
    return this.#commentElement(id);
  }

  #copyLink(id: number): void {
    navigator.clipboard.writeText(`${pageUrl()}#comment-${id}`).then(
      () => {
        this.comments.changed(this.copied, id);
        this.copied = id;
        this.announcement = this.localize.term('linkCopied');
      },
      () => (this.announcement = this.localize.term('linkCopyFailed')),
    );
  }
}


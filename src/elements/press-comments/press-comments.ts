import { html, nothing, LitElement, type PropertyValues } from 'lit';
import { guard } from 'lit/directives/guard.js';
import { PressElement } from '../../internal/press-element.js';
import { PressErrorEvent } from '../../internal/events.js';
import { errorView } from '../../internal/status-views.js';
import { heading } from '../../internal/heading.js';
import { NearViewportController } from '../../controllers/near-viewport-controller.js';
import type { PartialTranslation } from '../../i18n/translation.js';
import { sharedStyles } from '../../styles/shared.styles.js';
import { commentsStyles } from './press-comments.styles.js';
import { formStyles } from './form.styles.js';
import { readAuthor, readOrder, writeOrder } from './reader-memory.js';
import { PressCommentForm, type CommentFormOwner, type FormMemory } from './comment-form.js';
import { ReaderActions, pageUrl, type Announcement } from './reader-actions.js';
import { commentPosting } from './posting.js';
import { ThreadController, resolveThread } from './thread-controller.js';
import { DeepLinkController } from './deep-link-controller.js';
import type { CommentOrder } from './thread.js';
import { DATE_TIME, commentDate, moreView, skeletonView, threadView, type ThreadViewContext } from './thread-view.js';
import { LiveThread, liveConverter } from './live-thread.js';
import { SessionController } from './session-controller.js';

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
    // A boolean that is on by default: only `email-required="false"` turns it off.
    emailRequired: { attribute: 'email-required', converter: (value: string | null) => value?.toLowerCase() !== 'false' },
    headingLevel: { type: Number, attribute: 'heading-level' },
    maxDepth: { type: Number, attribute: 'max-depth' },
    formAction: { attribute: 'form-action' },
    timeout: { type: Number },
    strings: { attribute: false },
    live: { converter: liveConverter },
    announcement: { attribute: false },
    notice: { attribute: false },
    chosenOrder: { attribute: false },
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
  /** Whether name and email are required (WordPress's "Comment author must fill out name and email"); `email-required="false"` turns it off. */
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

  private announcement = '';
  private notice = '';
  /** The reader's own choice of order, remembered per site. */
  private chosenOrder: CommentOrder | null = readOrder();

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
    loading: () => this.localize.warmDates(DATE_TIME),
  });

  /** Who is signed in (a nonce for a same-origin source and `/wp/v2/users/me`); asked once the thread may load. */
  readonly #session = new SessionController(this, {
    source: () => this.#where().source,
    nonce: () => this.nonce ?? '',
    near: () => this.#near.near,
    timeout: () => this.timeout,
  });

  readonly #liveThread: LiveThread = new LiveThread(this, { interval: () => this.live, thread: this.comments, where: () => this.#where(), timeout: () => this.timeout });
  readonly #say = (term: Announcement | null): void => void (this.announcement = term ? this.localize.term(term) : '');
  /** Reply, copy link, Show more, reveal a linked comment: the thread's actions and where focus goes after them. */
  readonly #actions = new ReaderActions(this, this.comments, this.#say);

  protected readonly deepLink = new DeepLinkController(this, {
    loadNow: () => this.#near.load(),
    ready: () => this.comments.status === 'done',
    // When the search ends, an earlier miss's notice goes (a new miss says so again).
    reveal: (id) => this.#actions.reveal(id).finally(() => (this.notice = '')),
    commentField: () => this.#actions.commentField(),
    // Held, deleted, or on another post: said once, politely; nothing else moves.
    missing: () => (this.announcement = this.notice = this.localize.term('linkedCommentMissing')),
  });

  override connectedCallback(): void {
    PressCommentForm.define();
    super.connectedCallback();
    const saved = readAuthor();
    if (saved) Object.assign(this.#formMemory, { fields: saved, remember: true });
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('source') || changed.has('post')) this.#actions.replyTo = null;
    const key = [this.localize.lang(), this.maxDepth, pageUrl()].join('\u0000');
    if (key !== this.#epochKey || changed.has('strings')) {
      this.#epochKey = key;
      this.#epoch++;
    }
  }

  /** The order in force: the reader's choice, else the attribute. */
  #effectiveOrder(): CommentOrder {
    return this.chosenOrder ?? (this.order === 'newest' ? 'newest' : 'oldest');
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
          ? // Nothing to sort (yet): the control appears with the first comment; its place is kept, so the form does not move up.
            html`<span class="sort idle" aria-hidden="true">${t.term('newestFirst')}</span>`
          : html`<button part="sort" class="sort" type="button" aria-pressed=${newest} @click=${this.#toggleOrder}>${t.term('newestFirst')}</button>`}
      </div>
      <div part="status" class="visually-hidden" role="status">${busy ? t.term('loading') : this.announcement}</div>
      ${this.notice ? html`<p part="notice" class="notice" aria-hidden="true">${this.notice}</p>` : nothing}
      ${this.#actions.replyTo
        ? nothing
        : // Why the reader, whose page printed a nonce, is a guest after all: the site said the nonce went stale.
          html`${this.#session.status === 'expired' ? html`<p part="session-expired" class="session-expired" role="alert">${t.term('sessionExpired')}</p>` : nothing}${this.#formTemplate()}`}
      ${status === 'error' && error ? errorView(t, t.term('errorLoadComments'), error, () => this.comments.retry()) : nothing}
      ${busy ? skeletonView() : thread.size === 0 && status === 'done' ? html`<p part="empty" class="empty">${t.term('noComments')}</p>` : nothing}
      <div class="thread-area">${newest ? announce : nothing}${thread.size
        ? guard([thread, thread.version, this.#epoch, moreLoading], () => threadView(this.comments.roots, moreLoading || this.comments.settling, this.#threadContext(), this.#actions.events))
        : nothing}${newest ? nothing : announce}${status === 'done' && !this.comments.settling ? moreView(t, this.comments, this.#actions.showMore) : nothing}</div>
    </section>`;
  }

  #threadContext(): ThreadViewContext {
    const { replyTo, target, copied } = this.#actions;
    return {
      localize: this.localize,
      maxDepth: this.maxDepth,
      replyTo: replyTo?.id ?? null,
      target,
      copied,
      epoch: this.#epoch,
      pageUrl: pageUrl(),
      canCopy: !!navigator.clipboard,
      form: () => this.#formTemplate(),
    };
  }

  #formTemplate() {
    const { source, post } = this.#where();
    const { replyTo } = this.#actions;
    const user = this.#session.session?.user;
    // One property: the form reads its settings from it, and renders whenever this element does.
    return html`<press-comment-form
      .owner=${{
        ...this.#formOwner,
        localize: this.localize,
        memory: this.#formMemory,
        replyTo,
        draftKey: source && post ? `${source}#${post}:${replyTo?.id ?? 0}` : null,
        headingLevel: this.headingLevel + 1,
        maxlength: this.maxlength,
        emailRequired: this.emailRequired,
        // A signed-in reader is greeted by name and asked no name or email.
        signedIn: user ? { name: user.name || `#${user.id}` } : null,
        checking: this.#session.status === 'checking',
      } satisfies CommentFormOwner}
    ></press-comment-form>`;
  }

  readonly #toggleOrder = (): void => {
    const order = this.#effectiveOrder() === 'newest' ? 'oldest' : 'newest';
    writeOrder(order);
    this.chosenOrder = order;
    this.#actions.replyTo = null;
  };

  readonly #formOwner: Pick<CommentFormOwner, 'submitComment' | 'commentPosted' | 'postFailed' | 'cancelReply'> = {
    ...commentPosting({
      where: () => this.#where(),
      session: this.#session,
      formAction: () => this.formAction,
      timeout: () => this.timeout,
      thread: this.comments,
      actions: this.#actions,
      say: this.#say,
      emit: (event) => this.emit(event),
    }),
    postFailed: (error) => this.emit(new PressErrorEvent(error.toDetail())),
    cancelReply: () => void this.#actions.cancelReply(),
  };
}

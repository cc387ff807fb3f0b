import { html, nothing, LitElement, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { repeat } from 'lit/directives/repeat.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { PressElement } from '../../internal/press-element.js';
import { PressCommentPostedEvent, PressCommentSubmitEvent, PressErrorEvent } from '../../internal/events.js';
import { errorView } from '../../internal/status-views.js';
import { heading } from '../../internal/heading.js';
import { SourceController } from '../../controllers/source-controller.js';
import { DraftController } from '../../controllers/draft-controller.js';
import { discoverCommentFormAction, discoverWordPress, discoveredRoute } from '../../sources/discover.js';
import { SourceError, isAbort } from '../../sources/errors.js';
import type { Comment } from '../../sources/models.js';
import {
  CommentPostError,
  commentErrorTerm,
  loadComments,
  postComment,
  stillHeld,
  threadComments,
  type CommentField,
  type CommentInput,
  type CommentNode,
  type PostedComment,
} from '../../sources/wordpress-comments.js';
import { sanitizedHtml } from '../../sanitize/html.js';
import { UNTRUSTED_LINK_REL, safeUrl } from '../../sanitize/url.js';
import type { PartialTranslation } from '../../i18n/translation.js';
import { sharedStyles } from '../../styles/shared.styles.js';
import { commentsStyles } from './press-comments.styles.js';
import { heldKey, readAuthor, readHeld, writeAuthor, writeHeld, type AuthorFields } from './reader-memory.js';

const FIELD_ORDER: CommentField[] = ['comment', 'author', 'email', 'url'];
// Deliberately simple: the server has the last word; this only catches typos before a round trip.
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** `email-required="false"` turns the requirement off; the attribute's absence keeps the default (on). */
const booleanDefaultTrue = {
  fromAttribute: (value: string | null) => value === null || value.toLowerCase() !== 'false',
  toAttribute: (value: boolean) => (value ? '' : 'false'),
};


/**
 * @summary A WordPress comment thread with a sanitized, accessible comment form.
 * @tag press-comments
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
 * @cssproperty [--press-input-background=currentColor at 4%] - Background of the form controls.
 * @cssproperty [--press-error-color=#b3261e] - Colour of error messages and invalid fields.
 *
 * @event press-comment-submit - Before a comment is sent; cancelable. `detail` holds the six fields; add to `detail.extra`.
 * @event press-comment-posted - The server accepted a comment; `detail` is the comment (its `status` may be `hold`).
 * @event press-error - Loading or posting failed; `detail` is `{code, message, status}`.
 */
/** WordPress's own column limits (wp_check_comment_data_max_lengths): longer is refused by the server anyway. */
const FIELD_MAX_LENGTH = { author: 245, email: 100, url: 200 } as const;

/** Field errors without a prototype: a page that polluted Object.prototype.url must not invent one. */
const noErrors = (): Partial<Record<CommentField, string>> => Object.create(null);

export class PressComments extends PressElement {
  static override styles = [sharedStyles, commentsStyles];
  static override shadowRootOptions: ShadowRootInit = { ...LitElement.shadowRootOptions, delegatesFocus: true };

  /** URL of a WordPress comments collection (`/wp-json/wp/v2/comments`). Without it, on a WordPress page, the site's own. */
  @property() source = '';
  /** The post id whose comments to show. Without it, on a WordPress page, the current post. */
  @property({ type: Number }) post = 0;
  /** Longest comment accepted, in characters. */
  @property({ type: Number }) maxlength = 5000;
  /** Whether name and email are required (WordPress's "Comment author must fill out name and email"). */
  @property({ attribute: 'email-required', converter: booleanDefaultTrue }) emailRequired = true;
  /** Heading level of the thread heading (1–6); the form heading is one below. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;
  /** Deepest reply nesting shown; deeper replies appear at this level. */
  @property({ type: Number, attribute: 'max-depth' }) maxDepth = 3;
  /**
   * WordPress's classic comment handler (`…/wp-comments-post.php`), used when the REST API refuses
   * anonymous comments. Default: where the page's own `#commentform` posts, else next to the REST root.
   */
  @property({ attribute: 'form-action' }) formAction = '';
  /** Milliseconds before a request that does not answer fails. */
  @property({ type: Number }) timeout = 15_000;
  /** Overrides of this element's strings. */
  @property({ attribute: false }) strings: PartialTranslation | null = null;

  /** Comments of pages after the first, and the reader's own (possibly held) comments. */
  @state() private laterComments: Comment[] = [];
  @state() private ownComments: Comment[] = [];
  @state() private nextPage: number | null = null;
  @state() private moreLoading = false;
  @state() private moreError: SourceError | null = null;
  @state() private replyTo: Comment | null = null;
  @state() private fields: AuthorFields = { author: '', email: '', url: '' };
  @state() private remember = false;
  @state() private errors: Partial<Record<CommentField, string>> = noErrors();
  @state() private submitting = false;
  @state() private postError: SourceError | null = null;
  @state() private announcement = '';
  @state() private failedAvatars = new Set<number>();

  private total = 0;
  private postedAt = -Infinity;
  private moreAbort: AbortController | undefined;

  private readonly thread = new SourceController(this, {
    args: () => [this.resolvedSource(), this.resolvedPost(), this.timeout] as const,
    task: async ([source, post, timeout], signal) => {
      if (!source || !post) throw new SourceError('no-source', 'No source/post attribute and no WordPress post on this page');
      this.moreAbort?.abort();
      const page = await loadComments(source, { post, signal, timeout });
      if (signal.aborted) throw new SourceError('aborted', 'Aborted');
      // A fresh first page starts the thread over: later pages belong to the previous load.
      this.laterComments = [];
      this.moreError = null;
      this.nextPage = page.next ? 2 : null;
      this.total = page.total;
      // The reader's own comments still awaiting moderation stay visible to them after a reload, until listed.
      const held = stillHeld(readHeld(heldKey(source, post)), page.comments);
      writeHeld(heldKey(source, post), held);
      this.ownComments = held;
      return page;
    },
    onError: (error) => this.emit(new PressErrorEvent(error.toDetail())),
  });

  private readonly draft = new DraftController(this, () => {
    const source = this.resolvedSource();
    const post = this.resolvedPost();
    return source && post ? `${source}#${post}:${this.replyTo?.id ?? 0}` : null;
  });

  override connectedCallback(): void {
    super.connectedCallback();
    const saved = readAuthor();
    if (saved) {
      this.fields = saved;
      this.remember = true;
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.moreAbort?.abort();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('source') || changed.has('post')) this.replyTo = null;
  }

  private resolvedSource(): string {
    return this.source || discoveredRoute('wp/v2/comments')?.href || '';
  }

  /** The post id: the attribute, a `post=` in the source URL, else the WordPress page's own. */
  private resolvedPost(): number {
    if (this.post > 0) return Math.floor(this.post);
    try {
      const fromSource = Number(new URL(this.resolvedSource(), document.baseURI).searchParams.get('post'));
      if (Number.isInteger(fromSource) && fromSource > 0) return fromSource;
    } catch {
      // not a URL: fall through
    }
    return discoverWordPress().postId ?? 0;
  }

  /** Every comment known, each once: the first page, later pages, then the reader's own. */
  private allComments(): Comment[] {
    const byId = new Map<number, Comment>();
    for (const comment of [...(this.thread.value?.comments ?? []), ...this.laterComments, ...this.ownComments]) {
      if (!byId.has(comment.id)) byId.set(comment.id, comment);
    }
    return [...byId.values()];
  }

  protected override render() {
    const { status, error } = this.thread;
    const busy = status === 'loading' || status === 'idle';
    const comments = status === 'done' ? this.allComments() : this.ownComments;
    const listed = new Set([...(this.thread.value?.comments ?? []), ...this.laterComments].map((c) => c.id));
    const count = this.total + this.ownComments.filter((c) => c.status === 'approved' && !listed.has(c.id)).length;
    return html`<section part="base" class="base" aria-labelledby="comments-heading">
      ${heading(this.headingLevel, { part: 'heading', id: 'comments-heading', className: 'heading' }, count > 0 ? this.localize.term('commentCount', count) : this.localize.term('comments'))}
      <div part="status" class="visually-hidden" role="status">${busy ? this.localize.term('loading') : this.announcement}</div>
      ${status === 'error' && error ? errorView(this.localize, this.localize.term('errorLoadComments'), error, () => this.thread.retry()) : nothing}
      ${busy
        ? html`<div class="skeleton" aria-hidden="true"><div class="line"></div><div class="line short"></div></div>`
        : comments.length === 0 && status === 'done'
          ? html`<p part="empty" class="empty">${this.localize.term('noComments')}</p>`
          : nothing}
      ${comments.length ? html`<ol part="thread" class="thread" aria-busy=${this.moreLoading ? 'true' : 'false'}>${this.renderLevel(threadComments(comments), 1)}</ol>` : nothing}
      ${this.renderMore()} ${this.replyTo ? nothing : this.renderForm()}
    </section>`;
  }

  /** One level of the tree; at the depth cap, deeper replies follow their ancestor at the same level. */
  private renderLevel(nodes: CommentNode[], depth: number): TemplateResult {
    const items =
      depth < this.maxDepth
        ? nodes.map((node) => ({ node, nest: true, replyTo: null as Comment | null }))
        : nodes.flatMap((node) => flatten(node).map(({ node: n, parent }) => ({ node: n, nest: false, replyTo: parent })));
    return html`${repeat(
      items,
      (item) => item.node.comment.id,
      // Like WordPress's own markup, a comment (part and id) holds its replies: a reply is inside its parent.
      ({ node, nest, replyTo }) => html`<li part="comment" class=${node.comment.status === 'approved' ? 'item' : 'item held'} id="comment-${node.comment.id}" tabindex="-1">
        ${this.renderComment(node.comment, replyTo)} ${this.replyTo?.id === node.comment.id ? this.renderForm() : nothing}
        ${nest && node.replies.length ? html`<ol part="thread" class="thread replies">${this.renderLevel(node.replies, depth + 1)}</ol>` : nothing}
      </li>`,
    )}`;
  }

  /** One comment; `replyTo` names the parent of a reply shown flat at the depth cap, which the indent no longer shows. */
  private renderComment(comment: Comment, replyTo: Comment | null = null): TemplateResult {
    const name = comment.authorName || '—';
    // Checked again on render, whatever the model promises: nothing unchecked reaches an href.
    const website = safeUrl(comment.authorUrl);
    const held = comment.status !== 'approved';
    const dateText = this.localize.date(comment.date, { dateStyle: 'long', timeStyle: 'short' });
    const iso = Number.isNaN(Date.parse(comment.date)) ? undefined : new Date(comment.date).toISOString();
    return html`<article part="comment-body" class=${held ? 'comment held' : 'comment'}>
      <header class="meta">
        ${this.renderAvatar(comment, name)}
        <span class="byline">
          <span part="author" class="author">${website ? html`<a href=${website} rel=${UNTRUSTED_LINK_REL}>${name}</a>` : name}</span>
          ${dateText ? html`<time part="date" class="date" datetime=${ifDefined(iso)}>${dateText}</time>` : nothing}
        </span>
      </header>
      ${replyTo ? html`<p part="in-reply-to" class="in-reply-to">${this.localize.term('inReplyTo', replyTo.authorName || '—')}</p>` : nothing}
      ${held ? html`<p part="moderation" class="moderation">${this.localize.term('awaitingModeration')}</p>` : nothing}
      <div part="content" class="content">${sanitizedHtml(comment.contentHtml, 'comment')}</div>
      ${held || comment.id <= 0
        ? nothing
        : html`<button part="reply" class="reply" type="button" aria-label=${this.localize.term('replyTo', name)} aria-expanded=${this.replyTo?.id === comment.id ? 'true' : 'false'} @click=${() => this.startReply(comment)}>
            ${this.localize.term('reply')}
          </button>`}
    </article>`;
  }

  private renderAvatar(comment: Comment, name: string): TemplateResult {
    const src = this.failedAvatars.has(comment.id) ? '' : safeUrl(comment.avatar);
    // The initials sit under the picture: they show while it loads (or never starts, lazily, below the
    // fold) and stay when it fails. The name is printed next to both, so they are hidden from AT.
    return html`<span part="avatar" class="avatar" aria-hidden="true">
      <span class="initials">${initials(name)}</span>
      ${src
        ? html`<img part="avatar-image" src=${src} alt="" width="48" height="48" loading="lazy" decoding="async" referrerpolicy="no-referrer" @error=${() => this.avatarFailed(comment.id)} />`
        : nothing}
    </span>`;
  }

  private avatarFailed(id: number): void {
    this.failedAvatars = new Set(this.failedAvatars).add(id);
  }

  private renderMore() {
    if (this.moreError) return errorView(this.localize, this.localize.term('errorLoadComments'), this.moreError, () => void this.loadMore());
    if (!this.nextPage || this.thread.status !== 'done') return nothing;
    return html`<button part="load-more" class="button secondary load-more" type="button" ?disabled=${this.moreLoading} @click=${this.loadMore}>
      ${this.moreLoading ? this.localize.term('loading') : this.localize.term('loadMoreComments')}
    </button>`;
  }

  private renderForm(): TemplateResult {
    const t = this.localize;
    const errors = this.errors;
    const messages = FIELD_ORDER.filter((f) => errors[f]).map((f) => errors[f]!);
    const left = this.maxlength - [...this.draft.text].length;
    return html`<form part="form" class="form" novalidate aria-labelledby="form-heading" @submit=${this.onSubmit}>
      <div class="form-head">
        ${heading(Math.min(6, this.headingLevel + 1), { part: 'form-heading', id: 'form-heading', className: 'form-heading' }, this.replyTo ? t.term('replyTo', this.replyTo.authorName || '—') : t.term('leaveReply'))}
        ${this.replyTo ? html`<button part="cancel" class="button secondary" type="button" @click=${this.cancelReply}>${t.term('cancelReply')}</button>` : nothing}
      </div>
      <p class="note">${t.term('emailNotPublished')}</p>
      ${messages.length && !this.postError
        ? html`<div part="error" class="summary" role="alert">
            <p>${t.term('fixErrors', messages.length)}</p>
            <ul>${messages.map((m) => html`<li>${m}</li>`)}</ul>
          </div>`
        : nothing}
      ${this.postError ? this.renderPostError(this.postError) : nothing}
      <div part="field" class="field">
        <label part="label" for="comment">${t.term('commentLabel')} <span class="required">(${t.term('required')})</span></label>
        <textarea
          part="textarea"
          id="comment"
          name="comment"
          rows="6"
          required
          aria-invalid=${errors.comment ? 'true' : 'false'}
          aria-describedby=${errors.comment ? 'comment-error comment-counter' : 'comment-counter'}
          .value=${live(this.draft.text)}
          @input=${this.onCommentInput}
        ></textarea>
        ${this.fieldError('comment')}
        <p part="counter" id="comment-counter" class=${left < 0 ? 'counter over' : 'counter'}>
          ${left < 0 ? t.term('commentTooLong', this.maxlength) : t.term('charactersLeft', left)}
        </p>
        <p class="visually-hidden" aria-live="polite">${this.counterAnnouncement(left)}</p>
      </div>
      <div class="row">
        ${this.input('author', t.term('nameLabel'), 'text', 'name', this.emailRequired)}
        ${this.input('email', t.term('emailLabel'), 'email', 'email', this.emailRequired)}
        ${this.input('url', t.term('websiteLabel'), 'url', 'url', false)}
      </div>
      <div class="trap" inert aria-hidden="true">
        <input name="homepage" type="text" tabindex="-1" autocomplete="off" />
      </div>
      <label part="remember" class="remember">
        <input type="checkbox" name="wp-comment-cookies-consent" .checked=${live(this.remember)} @change=${(e: Event) => (this.remember = (e.target as HTMLInputElement).checked)} />
        <span>${t.term('rememberMe')}</span>
      </label>
      <div class="actions">
        <button part="submit" class="button" type="submit" ?disabled=${this.submitting}>${this.submitting ? t.term('submitting') : t.term('submit')}</button>
      </div>
    </form>`;
  }

  private input(name: Exclude<CommentField, 'comment'>, label: string, type: string, autocomplete: string, required: boolean): TemplateResult {
    const error = this.errors[name];
    return html`<div part="field" class="field">
      <label part="label" for=${name}>${label} ${required ? html`<span class="required">(${this.localize.term('required')})</span>` : nothing}</label>
      <input
        part="input"
        id=${name}
        name=${name}
        type=${type}
        autocomplete=${autocomplete}
        maxlength=${FIELD_MAX_LENGTH[name]}
        ?required=${required}
        aria-invalid=${error ? 'true' : 'false'}
        aria-describedby=${ifDefined(error ? `${name}-error` : undefined)}
        .value=${live(this.fields[name])}
        @input=${(e: Event) => this.onFieldInput(name, (e.target as HTMLInputElement).value)}
      />
      ${this.fieldError(name)}
    </div>`;
  }

  private lastCounterStep: number | null = null;
  private lastCounterText = '';

  /**
   * What the counter's live region says: nothing while plenty is left, then the count in steps
   * of 20 and the overflow, so a screen reader is not interrupted on every keystroke.
   */
  private counterAnnouncement(left: number): string {
    const step = left < 0 ? -1 : left <= 100 ? Math.floor(left / 20) : null;
    if (step !== this.lastCounterStep) {
      this.lastCounterStep = step;
      this.lastCounterText = step === null ? '' : left < 0 ? this.localize.term('commentTooLong', this.maxlength) : this.localize.term('charactersLeft', left);
    }
    return this.lastCounterText;
  }

  private fieldError(name: CommentField) {
    const error = this.errors[name];
    return error ? html`<p part="error" id="${name}-error" class="field-error">${error}</p>` : nothing;
  }

  private renderPostError(error: SourceError): TemplateResult {
    const term = commentErrorTerm(error);
    // The server's own words (decoded text) under ours, whenever a server answered: ours are
    // translated, its may name what ours cannot. A network failure has no server to quote.
    const serverSaid = error.status && error.message && !/^HTTP \d+$/.test(error.message) ? error.message : '';
    return html`<div part="error" class="status-error" role="alert">
      <p>
        <strong>${term ? this.localize.term(term) : this.localize.term('errorPost')}</strong>
        ${serverSaid ? html`<span class="detail">${this.localize.term('errorServerSaid', serverSaid)}</span>` : nothing}
      </p>
      <button part="retry" class="button secondary" type="button" @click=${() => void this.send()}>${this.localize.term('retry')}</button>
    </div>`;
  }

  private onCommentInput(event: Event): void {
    this.draft.set((event.target as HTMLTextAreaElement).value);
    if (this.errors.comment) this.revalidate('comment');
  }

  private onFieldInput(name: Exclude<CommentField, 'comment'>, value: string): void {
    this.fields = { ...this.fields, [name]: value };
    if (this.errors[name]) this.revalidate(name);
  }

  /** A field that was marked invalid loses its mark as soon as it is fixed. */
  private revalidate(name: CommentField): void {
    const errors = Object.assign(noErrors(), this.errors);
    const message = this.validate()[name];
    if (message) errors[name] = message;
    else delete errors[name];
    this.errors = errors;
  }

  /** The messages of every invalid field, checked before any request is made. */
  private validate(): Partial<Record<CommentField, string>> {
    const t = this.localize;
    const { author, email, url } = this.fields;
    const text = this.draft.text.trim();
    const errors: Partial<Record<CommentField, string>> = noErrors();
    if (!text) errors.comment = t.term('enterComment');
    else if ([...this.draft.text].length > this.maxlength) errors.comment = t.term('commentTooLong', this.maxlength);
    if (this.emailRequired && !author.trim()) errors.author = t.term('enterName');
    if (this.emailRequired && !email.trim()) errors.email = t.term('enterEmail');
    else if (email.trim() && !EMAIL.test(email.trim())) errors.email = t.term('invalidEmail');
    if (url.trim() && !normalizeWebsite(url)) errors.url = t.term('invalidUrl');
    return errors;
  }

  /**
   * Takes what the controls hold now: autofill, a password manager or a page script may fill them
   * without an input event, and what the reader sees is what gets sent.
   */
  private readForm(): void {
    const form = this.renderRoot.querySelector('form');
    if (!form) return;
    const data = new FormData(form);
    const value = (name: string) => String(data.get(name) ?? '');
    const fields = { author: value('author'), email: value('email'), url: value('url') };
    if (fields.author !== this.fields.author || fields.email !== this.fields.email || fields.url !== this.fields.url) this.fields = fields;
    if (value('comment') !== this.draft.text) this.draft.set(value('comment'));
  }

  private onSubmit(event: SubmitEvent): void {
    event.preventDefault();
    void this.send();
  }

  /** Validates, lets the page veto, posts once, and shows the result in place. */
  private async send(): Promise<void> {
    // Everything up to the request is synchronous, so a second click always meets this guard.
    if (this.submitting) return;
    this.readForm();
    // The rest of a double click that lands after a fast post succeeded meets an empty form: ignore
    // it instead of answering the reader's success with a wall of "please enter" errors.
    if (!this.draft.text.trim() && performance.now() - this.postedAt < 2000) return;
    const trap = this.renderRoot.querySelector<HTMLInputElement>('input[name="homepage"]');
    if (trap?.value) return; // a bot filled the invisible field: drop the post without a word
    const errors = this.validate();
    this.errors = errors;
    this.postError = null;
    this.announcement = '';
    const invalid = FIELD_ORDER.find((f) => errors[f]);
    if (invalid) {
      void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>(`[name="${invalid}"]`)?.focus());
      return;
    }
    const source = this.resolvedSource();
    const post = this.resolvedPost();
    if (!source || !post) {
      this.failPost(new SourceError('no-source', 'No source/post attribute and no WordPress post on this page'));
      return;
    }
    const input: CommentInput = {
      post,
      parent: this.replyTo?.id ?? 0,
      authorName: this.fields.author.trim(),
      authorEmail: this.fields.email.trim(),
      authorUrl: normalizeWebsite(this.fields.url) ?? '',
      content: this.draft.text.trim(),
    };
    const submit = this.emit(
      new PressCommentSubmitEvent({ post, parent: input.parent, author_name: input.authorName, author_email: input.authorEmail, author_url: input.authorUrl, content: input.content }),
    );
    if (submit.defaultPrevented) return;
    this.submitting = true;
    try {
      const classicUrl = this.formAction || discoverCommentFormAction() || undefined;
      const result = await postComment(source, input, { extra: submit.detail.extra, timeout: this.timeout, classicUrl });
      const comment = await this.resolvePosted(source, input, result);
      this.succeed(comment);
    } catch (error) {
      this.failPost(SourceError.from(error));
    } finally {
      this.submitting = false;
    }
  }

  /**
   * The posted comment as the thread should show it. The classic form does not return the
   * comment, so the thread is read again: listed means approved; not listed means it waits for
   * moderation, and the reader sees their own text (sanitized like any other) marked so.
   */
  private async resolvePosted(source: string, input: CommentInput, result: PostedComment): Promise<Comment> {
    if (result.comment) return result.comment;
    const known = new Set(this.allComments().map((c) => c.id));
    let fresh: Comment[] = [];
    try {
      const first = await loadComments(source, { post: input.post, timeout: this.timeout });
      fresh = first.comments;
      if (first.totalPages > 1) fresh = fresh.concat((await loadComments(source, { post: input.post, page: first.totalPages, timeout: this.timeout })).comments);
    } catch {
      // The comment was accepted; failing to re-read the thread only means we show our own copy.
    }
    const listed = result.status === 'hold' ? undefined : fresh.find((c) => (result.id ? c.id === result.id : !known.has(c.id) && c.authorName === input.authorName));
    if (listed) return listed;
    return {
      id: result.id ?? -Date.now(),
      post: input.post,
      parent: input.parent,
      authorName: input.authorName,
      authorUrl: input.authorUrl,
      avatar: '',
      date: new Date().toISOString(),
      contentHtml: paragraphs(input.content),
      link: '',
      status: 'hold',
    };
  }

  private succeed(comment: Comment): void {
    this.postedAt = performance.now();
    this.draft.clear();
    this.ownComments = [...this.ownComments.filter((c) => c.id !== comment.id), comment];
    this.replyTo = null;
    this.errors = noErrors();
    this.announcement = this.localize.term(comment.status === 'approved' ? 'commentPosted' : 'awaitingModeration');
    if (comment.status !== 'approved') {
      const key = heldKey(this.resolvedSource(), comment.post || this.resolvedPost());
      writeHeld(key, [...readHeld(key).filter((c) => c.id !== comment.id), comment]);
    }
    if (this.remember) writeAuthor(this.fields);
    else writeAuthor(null);
    this.emit(new PressCommentPostedEvent(comment));
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>(`#comment-${CSS.escape(String(comment.id))}`)?.focus());
  }

  private failPost(error: SourceError): void {
    this.postError = error;
    if (error instanceof CommentPostError && error.field) {
      const term = commentErrorTerm(error);
      if (term) this.errors = Object.assign(noErrors(), { [error.field]: this.localize.term(term) });
    }
    this.emit(new PressErrorEvent(error.toDetail()));
  }

  private async startReply(comment: Comment): Promise<void> {
    this.replyTo = comment;
    this.postError = null;
    this.errors = noErrors();
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('textarea[name="comment"]')?.focus();
  }

  private async cancelReply(): Promise<void> {
    const id = this.replyTo?.id;
    this.replyTo = null;
    this.postError = null;
    this.errors = noErrors();
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(`#comment-${id} [part="reply"]`)?.focus();
  }

  private async loadMore(): Promise<void> {
    const page = this.nextPage;
    const source = this.resolvedSource();
    const post = this.resolvedPost();
    if (!page || this.moreLoading || !source || !post) return;
    this.moreAbort?.abort();
    const abort = new AbortController();
    this.moreAbort = abort;
    this.moreLoading = true;
    this.moreError = null;
    try {
      const result = await loadComments(source, { post, page, signal: abort.signal, timeout: this.timeout });
      this.laterComments = [...this.laterComments, ...result.comments];
      // The reader's own copies of comments this page lists now (approved meanwhile) must not show twice.
      this.ownComments = stillHeld(this.ownComments, result.comments);
      this.nextPage = result.next ? page + 1 : null;
      await this.updateComplete;
      // Focus lands on the first new comment, so keyboard users continue reading where the new ones start.
      const first = result.comments.find((c) => c.parent === 0) ?? result.comments[0];
      if (first) this.renderRoot.querySelector<HTMLElement>(`#comment-${first.id}`)?.focus();
    } catch (error) {
      if (isAbort(error)) return;
      this.moreError = SourceError.from(error);
      this.emit(new PressErrorEvent(this.moreError.toDetail()));
    } finally {
      if (this.moreAbort === abort) this.moreLoading = false;
    }
  }
}

/** A node and all its descendants, oldest first within each branch. */
/** A node and all its descendants in reading order, each with the comment it answers (null for the node itself). */
function flatten(node: CommentNode, parent: Comment | null = null): Array<{ node: CommentNode; parent: Comment | null }> {
  return [{ node, parent }, ...node.replies.flatMap((reply) => flatten(reply, node.comment))];
}

function initials(name: string): string {
  const letters = name
    .split(/\s+/)
    .filter(Boolean)
    .map((word) => [...word][0]);
  return (letters.length > 1 ? letters[0] + letters[letters.length - 1] : (letters[0] ?? '?')).toUpperCase();
}

/**
 * The commenter's website as an http(s) URL, or null when it is not one. A bare domain
 * ("www.example.org") gets `https://`, as readers type it; any other scheme is refused.
 */
function normalizeWebsite(raw: string): string | null {
  const value = raw.trim();
  if (!value) return '';
  const withScheme = /^[a-z][a-z\d+.-]*:/i.test(value) ? value : `https://${value}`;
  const url = safeUrl(withScheme, { base: 'https://invalid.invalid/' });
  return url && !url.startsWith('https://invalid.invalid/') && /^https?:\/\/[^/]+\.[^/]+/i.test(url) ? url : null;
}

/** The reader's plain text as the paragraphs WordPress would make of it (sanitized on render like any comment). */
function paragraphs(text: string): string {
  const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  return text
    .split(/\n\s*\n/)
    .map((p) => `<p>${escape(p.trim()).replace(/\n/g, '<br>')}</p>`)
    .join('');
}

import { LitElement, type PropertyValues } from 'lit';
import { DraftController } from '../../controllers/draft-controller.js';
import type { LocalizeController } from '../../i18n/localize.js';
import { SourceError } from '../../sources/errors.js';
import type { Comment } from '../../sources/models.js';
import { CommentPostError, commentErrorTerm, type CommentField, type CommentInput } from '../../sources/wordpress-comment-posting.js';
import { EMAIL, FIELD_ORDER, normalizeWebsite } from './posting.js';
import { writeAuthor, type AuthorFields } from './reader-memory.js';
import { formView } from './form-view.js';

/** Field errors without a prototype: a page that polluted Object.prototype.url must not invent one. */
export const noErrors = (): Partial<Record<CommentField, string>> => Object.create(null);

/** What the form keeps across its instances (the form at the end, the one under a reply). */
export interface FormMemory {
  fields: AuthorFields;
  remember: boolean;
  /** When the last post succeeded (performance.now()), to ignore the rest of a double click. */
  postedAt: number;
}

/** What the form asks of the element it belongs to, and that element's settings as the form uses them. */
export interface CommentFormOwner {
  /** The owner's localize controller. */
  localize: LocalizeController;
  memory: FormMemory;
  /** The comment answered, or null for a new top-level comment. */
  replyTo: Comment | null;
  /** The storage key of the draft (one per post and parent), or null when there is none yet. */
  draftKey: string | null;
  /** The form heading's level. */
  headingLevel: number;
  maxlength: number;
  emailRequired: boolean;
  /** A signed-in reader: greeted by name; name, email and website are not asked. */
  signedIn: SignedInReader | null;
  /** Whether the reader's sign-in is being checked: no guest fields yet, and nothing to send until it is known. */
  checking: boolean;
  /** Sends the comment and resolves with it as the thread shows it; null when the page vetoed it. */
  submitComment(input: CommentInput): Promise<Comment> | null;
  commentPosted(comment: Comment): void;
  postFailed(error: SourceError): void;
  cancelReply(): void;
}

/** Whom the form speaks for when the reader is signed in: then no name or email is asked. */
export interface SignedInReader {
  name: string;
}

/**
 * The comment form of `<press-comments>`, an element of its own so that typing re-renders only
 * the form, never the thread. It renders into its own light DOM: its controls stay in
 * press-comments' shadow root, styled by it and reachable as `::part(form)`, `[name="comment"]`.
 * Not meant to be used on its own.
 */
export class PressCommentForm extends LitElement {
  // Set by press-comments as properties, never as attributes. `owner` is a new object on each of
  // its renders (its language or settings may have changed), so the form renders with it.
  static override properties = {
    owner: { attribute: false },
    errors: { attribute: false },
    submitting: { attribute: false },
    postError: { attribute: false },
  };
  /** The element the form belongs to: its settings now, and what to do with a comment. */
  owner!: CommentFormOwner;

  errors: Partial<Record<CommentField, string>> = noErrors();
  submitting = false;
  postError: SourceError | null = null;

  readonly draft = new DraftController(this, () => this.owner?.draftKey ?? null);
  #lastCounterStep: number | null = null;
  #lastCounterText = '';

  /** Registers the form under its tag, once (press-comments does it when it connects). */
  static define(tag = 'press-comment-form'): void {
    if (!customElements.get(tag)) customElements.define(tag, this);
  }

  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // Another comment answered (or none): the last one's errors do not apply.
    if (changed.has('owner') && changed.get('owner')?.replyTo !== this.owner.replyTo) {
      this.errors = noErrors();
      this.postError = null;
    }
  }

  protected override render() {
    return formView(this);
  }

  /** Puts focus in the comment field. */
  focusComment(options?: FocusOptions): void {
    this.querySelector<HTMLElement>('textarea[name="comment"]')?.focus(options);
  }

  /**
   * What the counter's live region says: nothing while plenty is left, then the count in steps
   * of 20 and the overflow, so a screen reader is not interrupted on every keystroke.
   */
  counterAnnouncement(left: number): string {
    const step = left < 0 ? -1 : left <= 100 ? Math.floor(left / 20) : null;
    if (step !== this.#lastCounterStep) {
      this.#lastCounterStep = step;
      this.#lastCounterText = step === null ? '' : left < 0 ? this.owner.localize.term('commentTooLong', this.owner.maxlength) : this.owner.localize.term('charactersLeft', left);
    }
    return this.#lastCounterText;
  }

  readonly onCommentInput = (event: Event): void => {
    this.draft.set((event.target as HTMLTextAreaElement).value);
    if (this.errors.comment) this.#revalidate('comment');
  };

  readonly onFieldInput = (event: Event): void => {
    const input = event.target as HTMLInputElement;
    const name = input.name as keyof AuthorFields;
    this.owner.memory.fields = { ...this.owner.memory.fields, [name]: input.value };
    if (this.errors[name]) this.#revalidate(name);
    this.requestUpdate();
  };

  readonly onRememberChange = (event: Event): void => {
    this.owner.memory.remember = (event.target as HTMLInputElement).checked;
  };

  readonly onSubmit = (event: SubmitEvent): void => {
    event.preventDefault();
    void this.#send();
  };

  readonly onCancel = (): void => this.owner.cancelReply();

  readonly onRetry = (): void => void this.#send();

  /**
   * The messages of every invalid field, in the reader's language, before any request. A signed-in
   * reader needs neither name nor email.
   */
  #validate(): Partial<Record<CommentField, string>> {
    const { localize: t, maxlength, emailRequired, signedIn, memory } = this.owner;
    const { author, email, url } = memory.fields;
    const text = this.draft.text;
    const messages = noErrors();
    if (!text.trim()) messages.comment = t.term('enterComment');
    else if ([...text].length > maxlength) messages.comment = t.term('commentTooLong', maxlength);
    if (signedIn) return messages;
    if (emailRequired && !author.trim()) messages.author = t.term('enterName');
    if (emailRequired && !email.trim()) messages.email = t.term('enterEmail');
    else if (email.trim() && !EMAIL.test(email.trim())) messages.email = t.term('invalidEmail');
    if (url.trim() && !normalizeWebsite(url)) messages.url = t.term('invalidUrl');
    return messages;
  }

  /** A field that was marked invalid loses its mark as soon as it is fixed. */
  #revalidate(name: CommentField): void {
    const errors = Object.assign(noErrors(), this.errors);
    const message = this.#validate()[name];
    if (message) errors[name] = message;
    else delete errors[name];
    this.errors = errors;
  }

  /**
   * Takes what the controls hold now: autofill, a password manager or a page script may fill them
   * without an input event, and what the reader sees is what gets sent.
   */
  #readForm(): void {
    const form = this.querySelector('form');
    if (!form) return;
    const data = new FormData(form);
    const value = (name: string) => String(data.get(name) ?? '');
    if (!this.owner.signedIn) this.owner.memory.fields = { author: value('author'), email: value('email'), url: value('url') };
    if (value('comment') !== this.draft.text) this.draft.set(value('comment'));
  }

  /** Validates, lets the page veto, posts once, and shows the result in place. */
  async #send(): Promise<void> {
    // Everything up to the request is synchronous, so a second click always meets this guard.
    if (this.submitting) return;
    this.#readForm();
    // The rest of a double click that lands after a fast post succeeded meets an empty form: ignore
    // it instead of answering the reader's success with a wall of "please enter" errors.
    if (!this.draft.text.trim() && performance.now() - this.owner.memory.postedAt < 2000) return;
    const trap = this.querySelector<HTMLInputElement>('input[name="homepage"]');
    if (trap?.value) return; // a bot filled the invisible field: drop the post without a word
    const errors = this.#validate();
    this.errors = errors;
    this.postError = null;
    const invalid = FIELD_ORDER.find((f) => errors[f]);
    if (invalid) {
      void this.updateComplete.then(() => this.querySelector<HTMLElement>(`[name="${invalid}"]`)?.focus());
      return;
    }
    const { author, email, url } = this.owner.memory.fields;
    const input: CommentInput = {
      post: 0,
      parent: this.owner.replyTo?.id ?? 0,
      authorName: this.owner.signedIn ? '' : author.trim(),
      authorEmail: this.owner.signedIn ? '' : email.trim(),
      authorUrl: this.owner.signedIn ? '' : (normalizeWebsite(url) ?? ''),
      content: this.draft.text.trim(),
    };
    let sending: Promise<Comment> | null;
    try {
      sending = this.owner.submitComment(input);
    } catch (error) {
      this.#failPost(SourceError.from(error));
      return;
    }
    if (!sending) return;
    this.submitting = true;
    try {
      const comment = await sending;
      this.owner.memory.postedAt = performance.now();
      this.draft.clear();
      this.errors = noErrors();
      if (!this.owner.signedIn) writeAuthor(this.owner.memory.remember ? this.owner.memory.fields : null);
      this.owner.commentPosted(comment);
    } catch (error) {
      this.#failPost(SourceError.from(error));
    } finally {
      this.submitting = false;
    }
  }

  #failPost(error: SourceError): void {
    this.postError = error;
    if (error instanceof CommentPostError && error.field) {
      const term = commentErrorTerm(error);
      if (term) this.errors = Object.assign(noErrors(), { [error.field]: this.owner.localize.term(term) });
    }
    this.owner.postFailed(error);
  }
}

import { LitElement } from 'lit';
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
 * It is its `<form>`'s one listener (`handleEvent`): every control's input, and submit (the
 * retry button is a submit button too). Each place the form shows (the end of the thread, under
 * the comment answered) renders an instance of its own, so another reply starts without the last
 * one's errors. Not meant to be used on its own.
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

  errors = noErrors();
  submitting = false;
  postError: SourceError | null = null;

  readonly draft = new DraftController(this, () => this.owner?.draftKey ?? null);

  /** Registers the form under its tag, once (press-comments does it when it connects). */
  static define(tag = 'press-comment-form'): void {
    if (!customElements.get(tag)) customElements.define(tag, this);
  }

  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  protected override render() {
    return formView(this);
  }

  /** Puts focus in the comment field. */
  focusComment(options?: FocusOptions): void {
    this.querySelector<HTMLElement>('[name="comment"]')?.focus(options);
  }

  /** The form's submit, and the input of any of its controls: kept where every form instance finds it. */
  handleEvent(event: Event): void {
    if (event.type === 'submit') {
      event.preventDefault();
      return void this.#send();
    }
    const { name, value, checked } = event.target as HTMLInputElement;
    const { memory } = this.owner;
    if (name === 'comment') this.draft.set(value);
    else if (name === 'wp-comment-cookies-consent') memory.remember = checked;
    else if (Object.hasOwn(memory.fields, name)) memory.fields[name as keyof AuthorFields] = value;
    // A field that was marked invalid loses its mark as soon as it is fixed.
    if (this.errors[name as CommentField]) this.errors = Object.assign(noErrors(), this.errors, { [name]: this.#validate()[name as CommentField] });
    this.requestUpdate();
  }

  /**
   * The messages of every invalid field, in the reader's language, before any request. A signed-in
   * reader needs neither name nor email.
   */
  #validate(): Partial<Record<CommentField, string>> {
    const { localize: t, maxlength, emailRequired, signedIn, memory } = this.owner;
    const [author, email, url] = [memory.fields.author, memory.fields.email, memory.fields.url].map((value) => value.trim());
    const text = this.draft.text;
    const messages = noErrors();
    if (!text.trim()) messages.comment = t.term('enterComment');
    else if ([...text].length > maxlength) messages.comment = t.term('commentTooLong', maxlength);
    if (signedIn) return messages;
    if (emailRequired && !author) messages.author = t.term('enterName');
    if (emailRequired && !email) messages.email = t.term('enterEmail');
    else if (email && !EMAIL.test(email)) messages.email = t.term('invalidEmail');
    if (!normalizeWebsite(url) && url) messages.url = t.term('invalidUrl');
    return messages;
  }

  /**
   * Takes what the controls hold now (autofill, a password manager or a page script may fill them
   * without an input event: what the reader sees is what gets sent), validates, lets the page veto,
   * posts once, and shows the result in place.
   */
  async #send(): Promise<void> {
    // Everything up to the request is synchronous, so a second click always meets this guard.
    if (this.submitting) return;
    const { owner, draft } = this;
    const { memory, signedIn } = owner;
    const data = new FormData(this.querySelector('form')!);
    const value = (name: string) => String(data.get(name) ?? '');
    if (!signedIn) memory.fields = { author: value('author'), email: value('email'), url: value('url') };
    draft.set(value('comment'));
    // The rest of a double click that lands after a fast post succeeded meets an empty form: ignore
    // it instead of answering the reader's success with a wall of "please enter" errors. A bot that
    // filled the invisible field is dropped without a word.
    if ((!draft.text.trim() && performance.now() - memory.postedAt < 2000) || value('homepage')) return;
    const errors = this.#validate();
    this.errors = errors;
    this.postError = null;
    const invalid = FIELD_ORDER.find((f) => errors[f]);
    if (invalid) return void this.updateComplete.then(() => this.querySelector<HTMLElement>(`[name="${invalid}"]`)?.focus());
    const { author, email, url } = memory.fields;
    try {
      // A signed-in reader posts as themselves: the owner puts in who they are.
      const sending = owner.submitComment({
        post: 0,
        parent: owner.replyTo?.id ?? 0,
        authorName: author.trim(),
        authorEmail: email.trim(),
        authorUrl: normalizeWebsite(url) ?? '',
        content: draft.text.trim(),
      });
      if (!sending) return;
      this.submitting = true;
      const comment = await sending;
      memory.postedAt = performance.now();
      draft.clear();
      if (!signedIn) writeAuthor(memory.remember ? memory.fields : null);
      owner.commentPosted(comment);
    } catch (caught) {
      const error = SourceError.from(caught);
      this.postError = error;
      const term = error instanceof CommentPostError && error.field && commentErrorTerm(error);
      if (term) this.errors = Object.assign(noErrors(), { [(error as CommentPostError).field!]: owner.localize.term(term) });
      owner.postFailed(error);
    } finally {
      this.submitting = false;
    }
  }
}

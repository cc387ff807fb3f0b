import { html, nothing, type TemplateResult } from 'lit';
import { guard } from 'lit/directives/guard.js';
import { heading } from '../../internal/heading.js';
import { commentErrorTerm, type CommentField } from '../../sources/wordpress-comment-posting.js';
import type { PlainTerm } from '../../i18n/localize.js';
import { FIELD_ORDER } from './posting.js';
import type { PressCommentForm } from './comment-form.js';

/**
 * The guest's fields: name, label, type (`autocomplete` is the same but for the name) and
 * WordPress's own column limit (wp_check_comment_data_max_lengths: longer is refused anyway).
 */
const GUEST_FIELDS = [
  ['author', 'nameLabel', 'text', 245],
  ['email', 'emailLabel', 'email', 100],
  ['url', 'websiteLabel', 'url', 200],
] as const satisfies readonly (readonly [CommentField, PlainTerm, string, number])[];

/**
 * The comment form: WordPress's field names, labels above the fields, errors tied to them. The
 * controls' values are bound without `live()`: every input re-renders the form with what was
 * typed, so the value Lit last set is what the control holds, and clearing after a post sets ''.
 * The `<form>` listens for every control's input and for submit; the form element handles both.
 * The honeypot (`homepage`) is inert: out of the tab order and the accessibility tree, for bots only
 * (in a wrapper: the input rule's full width would beat `.visually-hidden` on the input itself).
 */
export function formView(form: PressCommentForm): TemplateResult {
  const { errors, owner } = form;
  const { localize: t, replyTo, signedIn, checking } = owner;
  const messages = FIELD_ORDER.map((f) => errors[f]).filter(Boolean);
  const left = owner.maxlength - [...form.draft.text].length;
  const counter = left < 0 ? t.term('commentTooLong', owner.maxlength) : t.term('charactersLeft', left);
  // What the counter's live region says: nothing while plenty is left, then the count in steps of
  // 20 and the overflow (guarded by the step), so a screen reader is not interrupted on every keystroke.
  const step = left < 0 ? -1 : left <= 100 ? Math.floor(left / 20) : null;
  const error = form.postError;
  const term = error && commentErrorTerm(error);
  // The server's own words (decoded text) under ours, whenever a server answered: ours are
  // translated, its may name what ours cannot. A network failure has no server to quote.
  const serverSaid = error?.status && error.message && !/^HTTP \d+$/.test(error.message) ? error.message : '';
  return html`<form part="form" class="form" id="respond" novalidate aria-labelledby="form-heading" @submit=${form} @input=${form}>
    <div class="form-head">
      ${heading(owner.headingLevel, { part: 'form-heading', id: 'form-heading', className: 'form-heading' }, replyTo ? t.term('replyTo', replyTo.authorName || '—') : t.term('leaveReply'))}
      ${replyTo ? html`<button part="cancel" class="button secondary" type="button" @click=${owner.cancelReply}>${t.term('cancelReply')}</button>` : nothing}
    </div>
    ${signedIn
      ? html`<p part="signed-in" class="note">${t.term('signedInAs', signedIn.name)}</p>`
      : // While the sign-in is checked, the greeting's line is kept (empty) and no guest field is shown.
        html`<p class="note">${checking ? '\u00a0' : t.term('emailNotPublished')}</p>`}
    ${error
      ? // The retry sends the form again: a submit button, like the form's own.
        html`<div part="error" class="status-error" role="alert">
          <p>
            <strong>${t.term(term || 'errorPost')}</strong>
            ${serverSaid ? html`<span class="detail">${t.term('errorServerSaid', serverSaid)}</span>` : nothing}
          </p>
          <button part="retry" class="button secondary">${t.term('retry')}</button>
        </div>`
      : messages.length
        ? html`<div part="error" class="summary" role="alert">
            <p>${t.term('fixErrors', messages.length)}</p>
            <ul>${messages.map((m) => html`<li>${m}</li>`)}</ul>
          </div>`
        : nothing}
    ${field(
      form,
      'comment',
      t.term('commentLabel'),
      true,
      html`<textarea
          part="textarea"
          id="comment"
          name="comment"
          rows="6"
          required
          aria-invalid=${!!errors.comment}
          aria-describedby=${errors.comment ? 'comment-error comment-counter' : 'comment-counter'}
          .value=${form.draft.text}
        ></textarea>`,
      html`<p part="counter" id="comment-counter" class=${left < 0 ? 'counter over' : 'counter'}>${counter}</p>
        <p class="visually-hidden" aria-live="polite">${guard([step], () => (step === null ? '' : counter))}</p>`,
    )}
    ${signedIn || checking
      ? nothing
      : html`<div class="row">
            ${GUEST_FIELDS.map(([name, label, type, maxlength]) =>
              field(
                form,
                name,
                t.term(label),
                name !== 'url' && owner.emailRequired,
                html`<input
                  part="input"
                  id=${name}
                  name=${name}
                  type=${type}
                  autocomplete=${name === 'author' ? 'name' : name}
                  maxlength=${maxlength}
                  ?required=${name !== 'url' && owner.emailRequired}
                  aria-invalid=${!!errors[name]}
                  aria-describedby=${errors[name] ? `${name}-error` : nothing}
                  .value=${owner.memory.fields[name]}
                />`,
              ),
            )}
          </div>
          <div class="visually-hidden" inert><input name="homepage" tabindex="-1" autocomplete="off" /></div>
          <label part="remember" class="remember">
            <input type="checkbox" name="wp-comment-cookies-consent" .checked=${owner.memory.remember} />
            <span>${t.term('rememberMe')}</span>
          </label>`}
    <div>
      <button part="submit" class="button" ?disabled=${form.submitting || checking}>${form.submitting ? t.term('submitting') : t.term('submit')}</button>
    </div>
  </form>`;
}

/** A label (marked when required), its control, the control's error and what follows it. */
function field(form: PressCommentForm, name: CommentField, label: string, required: boolean, control: TemplateResult, after: unknown = nothing): TemplateResult {
  const error = form.errors[name];
  return html`<div part="field" class="field">
    <label part="label" for=${name}>${label} ${required ? html`<span class="required">(${form.owner.localize.term('required')})</span>` : nothing}</label>
    ${control} ${error ? html`<p part="error" id="${name}-error" class="field-error">${error}</p>` : nothing} ${after}
  </div>`;
}

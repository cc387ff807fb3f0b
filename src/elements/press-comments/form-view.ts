import { html, nothing, type TemplateResult } from 'lit';
import { heading } from '../../internal/heading.js';
import { commentErrorTerm, type CommentField } from '../../sources/wordpress-comment-posting.js';
import type { SourceError } from '../../sources/errors.js';
import { FIELD_ORDER } from './posting.js';
import type { PressCommentForm } from './comment-form.js';

/**
 * The comment form: WordPress's field names, labels above the fields, errors tied to them. The
 * controls' values are bound without `live()`: every input re-renders the form with what was
 * typed, so the value Lit last set is what the control holds, and clearing after a post sets ''.
 */
export function formView(form: PressCommentForm): TemplateResult {
  const { errors, owner } = form;
  const { localize: t, replyTo, signedIn, checking } = owner;
  const messages = FIELD_ORDER.map((f) => errors[f]).filter(Boolean);
  const left = owner.maxlength - [...form.draft.text].length;
  return html`<form part="form" class="form" id="respond" novalidate aria-labelledby="form-heading" @submit=${form.onSubmit}>
    <div class="form-head">
      ${heading(owner.headingLevel, { part: 'form-heading', id: 'form-heading', className: 'form-heading' }, replyTo ? t.term('replyTo', replyTo.authorName || '—') : t.term('leaveReply'))}
      ${replyTo ? html`<button part="cancel" class="button secondary" type="button" @click=${form.onCancel}>${t.term('cancelReply')}</button>` : nothing}
    </div>
    ${signedIn
      ? html`<p part="signed-in" class="note">${t.term('signedInAs', signedIn.name)}</p>`
      : // While the sign-in is checked, the greeting's line is kept (empty) and no guest field is shown.
        html`<p class="note">${checking ? '\u00a0' : t.term('emailNotPublished')}</p>`}
    ${messages.length && !form.postError
      ? html`<div part="error" class="summary" role="alert">
          <p>${t.term('fixErrors', messages.length)}</p>
          <ul>${messages.map((m) => html`<li>${m}</li>`)}</ul>
        </div>`
      : nothing}
    ${form.postError ? postErrorView(form, form.postError) : nothing}
    <div part="field" class="field">
      <label part="label" for="comment">${t.term('commentLabel')} <span class="required">(${t.term('required')})</span></label>
      <textarea
        part="textarea"
        id="comment"
        name="comment"
        rows="6"
        required
        aria-invalid=${!!errors.comment}
        aria-describedby=${errors.comment ? 'comment-error comment-counter' : 'comment-counter'}
        .value=${form.draft.text}
        @input=${form.onCommentInput}
      ></textarea>
      ${fieldError(form, 'comment')}
      <p part="counter" id="comment-counter" class=${left < 0 ? 'counter over' : 'counter'}>
        ${left < 0 ? t.term('commentTooLong', owner.maxlength) : t.term('charactersLeft', left)}
      </p>
      <p class="visually-hidden" aria-live="polite">${form.counterAnnouncement(left)}</p>
    </div>
    ${signedIn || checking
      ? nothing
      : html`<div class="row">
            ${input(form, 'author', t.term('nameLabel'), 'text', 'name', owner.emailRequired)}
            ${input(form, 'email', t.term('emailLabel'), 'email', 'email', owner.emailRequired)}
            ${input(form, 'url', t.term('websiteLabel'), 'url', 'url', false)}
          </div>
          <div class="visually-hidden" inert aria-hidden="true">
            <input name="homepage" type="text" tabindex="-1" autocomplete="off" />
          </div>
          <label part="remember" class="remember">
            <input type="checkbox" name="wp-comment-cookies-consent" .checked=${owner.memory.remember} @change=${form.onRememberChange} />
            <span>${t.term('rememberMe')}</span>
          </label>`}
    <div class="actions">
      <button part="submit" class="button" type="submit" ?disabled=${form.submitting || checking}>${form.submitting ? t.term('submitting') : t.term('submit')}</button>
    </div>
  </form>`;
}

/** WordPress's own column limits (wp_check_comment_data_max_lengths): longer is refused by the server anyway. */
const FIELD_MAX_LENGTH = { author: 245, email: 100, url: 200 } as const;

function input(form: PressCommentForm, name: Exclude<CommentField, 'comment'>, label: string, type: string, autocomplete: string, required: boolean): TemplateResult {
  const error = form.errors[name];
  return html`<div part="field" class="field">
    <label part="label" for=${name}>${label} ${required ? html`<span class="required">(${form.owner.localize.term('required')})</span>` : nothing}</label>
    <input
      part="input"
      id=${name}
      name=${name}
      type=${type}
      autocomplete=${autocomplete}
      maxlength=${FIELD_MAX_LENGTH[name]}
      ?required=${required}
      aria-invalid=${!!error}
      aria-describedby=${error ? `${name}-error` : nothing}
      .value=${form.owner.memory.fields[name]}
      @input=${form.onFieldInput}
    />
    ${fieldError(form, name)}
  </div>`;
}

function fieldError(form: PressCommentForm, name: CommentField) {
  const error = form.errors[name];
  return error ? html`<p part="error" id="${name}-error" class="field-error">${error}</p>` : nothing;
}

function postErrorView(form: PressCommentForm, error: SourceError): TemplateResult {
  const t = form.owner.localize;
  const term = commentErrorTerm(error);
  // The server's own words (decoded text) under ours, whenever a server answered: ours are
  // translated, its may name what ours cannot. A network failure has no server to quote.
  const serverSaid = error.status && error.message && !/^HTTP \d+$/.test(error.message) ? error.message : '';
  return html`<div part="error" class="status-error" role="alert">
    <p>
      <strong>${term ? t.term(term) : t.term('errorPost')}</strong>
      ${serverSaid ? html`<span class="detail">${t.term('errorServerSaid', serverSaid)}</span>` : nothing}
    </p>
    <button part="retry" class="button secondary" type="button" @click=${form.onRetry}>${t.term('retry')}</button>
  </div>`;
}

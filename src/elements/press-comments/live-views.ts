import { html, nothing, type TemplateResult } from 'lit';
import type { LocalizeController } from '../../i18n/localize.js';
import type { SessionStatus } from './session-controller.js';

/**
 * The announcement of comments that arrived while the reader was reading: a polite live region
 * that always exists (so screen readers hear it appear) and, when there are new ones, the button
 * that shows them. It sits where they will be inserted, so they take its place on screen.
 */
export function newCommentsView(localize: LocalizeController, count: number, show: () => void): TemplateResult {
  return html`<div class="new-comments" role="status">
    ${count > 0
      ? html`<button part="new-comments" class="button new-comments-button" type="button" @click=${show}>${localize.term('newComments', count)}</button>`
      : nothing}
  </div>`;
}

/** Why the reader, whose page printed a nonce, is a guest after all: the site said the nonce went stale. */
export function sessionExpiredView(localize: LocalizeController, status: SessionStatus): TemplateResult | typeof nothing {
  return status === 'expired' ? html`<p part="session-expired" class="session-expired" role="alert">${localize.term('sessionExpired')}</p>` : nothing;
}

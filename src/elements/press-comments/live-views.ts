import { html, nothing, type TemplateResult } from 'lit';
import type { LocalizeController } from '../../i18n/localize.js';
import type { SessionStatus } from './session-controller.js';
import type { SignedInUser } from '../../sources/wordpress-session.js';

/**
 * The announcement of comments that arrived while the reader was reading: a polite live region
 * that always exists (so screen readers hear it appear) and, when there are new ones, the button
 * that shows them. It sits where they will be inserted, so they take its place on screen.
 */
export function newCommentsView(localize: LocalizeController, count: number, show: () => void): TemplateResult {
  return html`<div class="new-comments" role="status">
    ${count > 0
      ? html`<button part="new-comments" class="button secondary new-comments-button" type="button" @click=${show}>${localize.term('newComments', count)}</button>`
      : nothing}
  </div>`;
}

/** Who the comment will be posted as, or why the reader is a guest again. */
export function sessionView(localize: LocalizeController, status: SessionStatus, user: SignedInUser | null): TemplateResult | typeof nothing {
  if (status === 'signed-in' && user) {
    return html`<p part="signed-in" class="signed-in">${localize.term('signedInAs', user.name || `#${user.id}`)}</p>`;
  }
  if (status === 'expired') return html`<p part="session-expired" class="session-expired" role="alert">${localize.term('sessionExpired')}</p>`;
  return nothing;
}

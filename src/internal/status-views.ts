import { html, type TemplateResult } from 'lit';
import type { LocalizeController } from '../i18n/localize.js';
import type { SourceError } from '../sources/errors.js';

/** Why a load failed, in the reader's language. */
export function reasonFor(localize: LocalizeController, error: SourceError): string {
  switch (error.code) {
    case 'network':
      return localize.term('errorNetwork');
    case 'timeout':
      return localize.term('errorTimeout');
    case 'parse':
      return localize.term('errorParse');
    case 'format':
      return localize.term('errorFormat');
    case 'no-source':
      return localize.term('errorNoSource');
    default:
      // An unknown code without a status never came from the network layer (http.ts types those).
      return error.status ? localize.term('errorHttp', error.status) : localize.term('errorParse');
  }
}

/**
 * The error state every fetching element shows: what failed, why, the server's own (decoded,
 * text-only) message when it sent one, and a retry. `role="alert"` announces it once.
 */
export function errorView(localize: LocalizeController, headline: string, error: SourceError, retry: () => void): TemplateResult {
  const serverMessage = error.status && error.message && !/^HTTP \d+$/.test(error.message) ? error.message : '';
  return html`<div part="error" class="status-error" role="alert">
    <p>
      <strong>${headline}</strong> ${reasonFor(localize, error)}
      ${serverMessage ? html`<span class="detail">${localize.term('errorServerSaid', serverMessage)}</span>` : null}
    </p>
    <button part="retry" class="button secondary" type="button" @click=${retry}>${localize.term('retry')}</button>
  </div>`;
}

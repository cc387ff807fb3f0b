import { html, type TemplateResult } from 'lit';
import type { LocalizeController, PlainTerm } from '../i18n/localize.js';
import { megabytes, type SourceError } from '../sources/errors.js';
import { DEFAULT_MAX_BYTES } from '../sources/body.js';

/** Codes of our own failures and their terms (too-large and web-page take an argument). A Map: codes come from servers too. */
const TERMS = new Map<string, PlainTerm>([
  ['network', 'errorNetwork'],
  ['timeout', 'errorTimeout'],
  ['parse', 'errorParse'],
  ['format', 'errorFormat'],
  ['no-source', 'errorNoSource'],
  ['offline', 'errorOffline'],
  ['redirect', 'errorRedirect'],
]);

/** Codes whose message is ours, not the server's: it is never shown as "the server said". */
const OWN_CODES = new Set([...TERMS.keys(), 'too-large', 'web-page', 'aborted']);

/** Why a load failed, in the reader's language. */
export function reasonFor(localize: LocalizeController, error: SourceError): string {
  const { code } = error;
  if (code === 'too-large') return localize.term('errorTooLarge', megabytes((error as { maxBytes?: number }).maxBytes ?? DEFAULT_MAX_BYTES));
  if (code === 'web-page') return localize.term('errorWebPage', (error as { title?: string }).title ?? '');
  // An unknown code without a status never came from the network layer (http.ts types those).
  const term = TERMS.get(code);
  return term ? localize.term(term) : error.status ? localize.term('errorHttp', error.status) : localize.term('errorParse');
}

/**
 * The error state every fetching element shows: what failed, why, the server's own (decoded,
 * text-only) message when it sent one, and a retry. `role="alert"` announces it once.
 */
export function errorView(localize: LocalizeController, headline: string, error: SourceError, retry: () => void): TemplateResult {
  const serverMessage = error.status && error.message && !OWN_CODES.has(error.code) && !/^HTTP \d+$/.test(error.message) ? error.message : '';
  return html`<div part="error" class="status-error" role="alert">
    <p>
      <strong>${headline}</strong> ${reasonFor(localize, error)}
      ${serverMessage ? html`<span class="detail">${localize.term('errorServerSaid', serverMessage)}</span>` : null}
    </p>
    <button part="retry" class="button secondary" type="button" @click=${retry}>${localize.term('retry')}</button>
  </div>`;
}

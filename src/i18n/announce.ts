import type { PartialTranslation } from './translation.js';

/**
 * How a language module reaches the elements without importing the bundle it cannot know the URL
 * of: it leaves its translation in a page-wide list (for bundles that load later) and announces it
 * with an event (for bundles already running). Every copy of the bundle on the page reads both.
 */
export const TRANSLATION_EVENT = 'press-widgets:translation';

export type AnnouncedTranslation = PartialTranslation & { $code: string };

declare global {
  // eslint-disable-next-line no-var
  var __pressWidgetsTranslations: AnnouncedTranslation[] | undefined;
}

/** Makes `translation` available to every press-widgets bundle on the page, now or later. */
export function announceTranslation(translation: AnnouncedTranslation): void {
  (globalThis.__pressWidgetsTranslations ??= []).push(translation);
  globalThis.dispatchEvent?.(new CustomEvent(TRANSLATION_EVENT, { detail: translation }));
}

/** Calls `register` for every translation announced so far and every one announced later. */
export function receiveTranslations(register: (translation: AnnouncedTranslation) => void): void {
  // Anything on the page can write the list or fire the event: a malformed entry is skipped, not thrown on.
  const accept = (translation: unknown) => {
    if (typeof (translation as AnnouncedTranslation | null)?.$code === 'string') register(translation as AnnouncedTranslation);
  };
  const announced = globalThis.__pressWidgetsTranslations;
  if (Array.isArray(announced)) announced.forEach(accept);
  globalThis.addEventListener?.(TRANSLATION_EVENT, (event) => accept((event as CustomEvent<unknown>).detail));
}

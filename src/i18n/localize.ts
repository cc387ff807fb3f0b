import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { PartialTranslation, Translation } from './translation.js';
import { en } from './translations/en.js';
import { de } from './translations/de.js';
import { receiveTranslations } from './announce.js';

type Host = ReactiveControllerHost & HTMLElement & { strings?: PartialTranslation | null };
/** The key of a string the widgets show. */
export type Term = Exclude<keyof Translation, '$code' | '$name' | '$dir'>;
/** The key of a string that takes no arguments. */
export type PlainTerm = { [K in Term]: Translation[K] extends string ? K : never }[Term];
type Args<K extends Term> = Translation[K] extends (...args: infer A) => string ? A : [];

const translations = new Map<string, PartialTranslation>();
const connectedHosts = new Set<Host>();
let languageObserver: MutationObserver | undefined;
const watchedRoots = new WeakSet<Node>();

/**
 * Adds or extends languages at run time. Later registrations win term by term, so a page can
 * correct one string of a shipped language without restating the rest.
 */
export function registerTranslation(...list: Array<PartialTranslation & { $code: string }>): void {
  for (const translation of list) {
    const code = translation.$code.toLowerCase();
    translations.set(code, { ...translations.get(code), ...translation });
  }
  connectedHosts.forEach((host) => host.requestUpdate());
}

registerTranslation(en, de);
// Languages shipped as separate modules (dist/locales/*.js) arrive through the page-wide channel.
receiveTranslations((translation) => registerTranslation(translation));

/**
 * The `lang` (or `dir`) that applies to `el`: its own, the nearest ancestor's across shadow roots.
 * `lang=""` ends the search (HTML: "language unknown"), so it yields '' like no `lang` at all.
 */
function inherited(el: Element, attribute: 'lang' | 'dir'): string {
  for (let node: Node | null = el; node; node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null)) {
    if (node instanceof Element) {
      const value = node.getAttribute(attribute);
      if (value || (value === '' && attribute === 'lang')) return value;
    }
  }
  return '';
}

/**
 * Bumped by any lang/dir change anywhere a widget sits: a language a controller resolved stays
 * good until then (or until its host moves), so a render asks the ancestors once, not per string.
 */
let languageGeneration = 0;

/**
 * Any lang/dir change (the page's own switch, usually on <html>) re-renders every widget. A
 * shadow root is outside the document's subtree, so each one a widget sits in is watched too.
 */
function watchLanguage(host: Element): void {
  languageObserver ??= new MutationObserver(() => {
    languageGeneration++;
    connectedHosts.forEach((h) => h.requestUpdate());
  });
  // A list's hundred cards share one shadow root: it is observed once (a registration lasts as long as the root).
  for (let root = host.getRootNode(); !watchedRoots.has(root); root = root.host.getRootNode()) {
    watchedRoots.add(root);
    languageObserver.observe(root, { attributes: true, subtree: true, attributeFilter: ['lang', 'dir'] });
    if (!(root instanceof ShadowRoot)) break;
  }
}

/** A formatter per language and options, and what it made per date: a thread shows many dates, re-rendered often. */
interface DateFormat {
  format: Intl.DateTimeFormat;
  made: Map<string, string>;
}
const dateFormats = new Map<string, DateFormat>();
const LONG_DATE: Intl.DateTimeFormatOptions = { dateStyle: 'long' };
/** Formatted dates kept per formatter; past this, it starts over (a page rarely shows so many). */
const MADE_LIMIT = 2000;

function dateFormat(lang: string, options: Intl.DateTimeFormatOptions): DateFormat {
  const key = options === LONG_DATE ? lang : `${lang}|${JSON.stringify(options)}`;
  let entry = dateFormats.get(key);
  if (!entry) {
    let format: Intl.DateTimeFormat;
    try {
      format = new Intl.DateTimeFormat(lang, options);
    } catch {
      format = new Intl.DateTimeFormat('en', options);
    }
    entry = { format, made: new Map() };
    dateFormats.set(key, entry);
  }
  return entry;
}

/**
 * ICU, which Intl formats with, starts up on a page's first date: 20–60 ms in one task on this
 * project's test machine. Started while a request is out, in steps of a task each (each loads
 * its part of ICU's data), it is ready before the first date is shown.
 */
let icuSteps: Array<(lang: string) => unknown> | null = [
  (lang) => new Intl.PluralRules(lang),
  () => Intl.supportedValuesOf('numberingSystem'),
  (lang) => new Intl.NumberFormat(lang).format(1),
];

/** Per-element localization (language from the element, its ancestors, `<html lang>`, then English). */
export class LocalizeController implements ReactiveController {
  #overridesFromMarkup: PartialTranslation | null = null;
  #resolvedLang = '';
  #resolvedAt = -1;

  readonly #host: Host;

  constructor(host: Host) {
    this.#host = host;
    host.addController(this);
  }

  hostConnected(): void {
    connectedHosts.add(this.#host);
    watchLanguage(this.#host);
    this.#overridesFromMarkup = readJsonStrings(this.#host);
    // Moved: its ancestors, and so its language, may be others now.
    this.#resolvedAt = -1;
  }

  hostDisconnected(): void {
    connectedHosts.delete(this.#host);
  }

  /** The BCP 47 language in force, lower-cased (e.g. `de`, `de-at`), `en` when none is set. */
  lang(): string {
    // Only a connected host is watched; a detached one asks its ancestors every time.
    if (this.#resolvedAt === languageGeneration && this.#host.isConnected) return this.#resolvedLang;
    this.#resolvedLang = (inherited(this.#host, 'lang') || 'en').toLowerCase();
    this.#resolvedAt = languageGeneration;
    return this.#resolvedLang;
  }

  /** `rtl` or `ltr`: the `dir` in force, else the language's own direction. */
  dir(): 'ltr' | 'rtl' {
    const dir = inherited(this.#host, 'dir').toLowerCase();
    if (dir === 'rtl' || dir === 'ltr') return dir;
    return this.#lookup('$dir') === 'rtl' ? 'rtl' : 'ltr';
  }

  /** A localized string; terms that take arguments get them here. */
  term<K extends Term>(key: K, ...args: Args<K>): string {
    const value = this.#lookup(key);
    if (typeof value === 'function') return (value as (...a: unknown[]) => string)(...args);
    if (typeof value === 'string') return args.length ? interpolate(value, args) : value;
    return String(key);
  }

  /**
   * Makes the date formatter for `options` in tasks of their own, ahead of the first date shown.
   * Resolves once it is made, so that rendering pays for no part of ICU's start-up; in a hidden tab
   * at once (its timers are throttled to one a second, and no reader waits on its long tasks).
   */
  warmDates(options: Intl.DateTimeFormatOptions = LONG_DATE): Promise<void> {
    return new Promise((resolve) => {
      if (document.hidden) resolve();
      const step = () => {
        const next = icuSteps?.shift();
        if (!next) {
          this.date('2000-01-01', options);
          return resolve();
        }
        try {
          next(this.lang());
        } catch {
          icuSteps = null;
        }
        setTimeout(step);
      };
      setTimeout(step);
    });
  }

  /** A date in the element's language (`<time>` content); '' for a missing or invalid date. */
  date(iso: string | undefined, options: Intl.DateTimeFormatOptions = LONG_DATE): string {
    if (!iso) return '';
    const { format, made } = dateFormat(this.lang(), options);
    let text = made.get(iso);
    if (text === undefined) {
      const date = new Date(iso);
      text = Number.isNaN(date.getTime()) ? '' : format.format(date);
      if (made.size >= MADE_LIMIT) made.clear();
      made.set(iso, text);
    }
    return text;
  }

  #lookup(key: keyof Translation): unknown {
    const term = key as keyof PartialTranslation;
    const lang = this.lang();
    const own = this.#host.strings?.[term] ?? this.#overridesFromMarkup?.[term] ?? translations.get(lang)?.[term];
    if (own !== undefined) return own;
    const dash = lang.indexOf('-');
    return (dash > 0 ? translations.get(lang.slice(0, dash))?.[term] : undefined) ?? en[term];
  }
}

/** Replaces `{0}`, `{1}` … in a string override of a term that takes arguments. */
function interpolate(template: string, args: unknown[]): string {
  return template.replace(/\{(\d+)\}/g, (match, index: string) => (index in args ? String(args[Number(index)]) : match));
}

/**
 * Reads string overrides from a `<script type="application/json" data-strings>` child, so a
 * site builder can translate a widget in pure markup. Only string values are taken.
 */
function readJsonStrings(host: HTMLElement): PartialTranslation | null {
  const script = host.firstElementChild && host.querySelector(':scope > script[type="application/json"][data-strings]');
  if (!script) return null;
  try {
    const parsed: unknown = JSON.parse(script.textContent ?? '');
    if (!parsed || typeof parsed !== 'object') return null;
    return Object.fromEntries(Object.entries(parsed).filter(([, v]) => typeof v === 'string')) as PartialTranslation;
  } catch {
    return null;
  }
}

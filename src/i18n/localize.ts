import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { PartialTranslation, Translation } from './translation.js';
import { en } from './translations/en.js';
import { de } from './translations/de.js';
import { receiveTranslations } from './announce.js';

type Host = ReactiveControllerHost & HTMLElement & { strings?: PartialTranslation | null };
type Term = Exclude<keyof Translation, '$code' | '$name' | '$dir'>;
type Args<K extends Term> = Translation[K] extends (...args: infer A) => string ? A : [];

const translations = new Map<string, PartialTranslation>();
const connectedHosts = new Set<Host>();
let languageObserver: MutationObserver | undefined;

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
 * Any lang/dir change (the page's own switch, usually on <html>) re-renders every widget. A
 * shadow root is outside the document's subtree, so each one a widget sits in is watched too.
 */
function watchLanguage(host: Element): void {
  languageObserver ??= new MutationObserver(() => connectedHosts.forEach((h) => h.requestUpdate()));
  for (let root = host.getRootNode(); ; root = root.host.getRootNode()) {
    languageObserver.observe(root, { attributes: true, subtree: true, attributeFilter: ['lang', 'dir'] });
    if (!(root instanceof ShadowRoot)) break;
  }
}

const dateFormats = new Map<string, Intl.DateTimeFormat>();

/** Per-element localization (language from the element, its ancestors, `<html lang>`, then English). */
export class LocalizeController implements ReactiveController {
  private overridesFromMarkup: PartialTranslation | null = null;

  constructor(private readonly host: Host) {
    host.addController(this);
  }

  hostConnected(): void {
    connectedHosts.add(this.host);
    watchLanguage(this.host);
    this.overridesFromMarkup = readJsonStrings(this.host);
  }

  hostDisconnected(): void {
    connectedHosts.delete(this.host);
  }

  /** The BCP 47 language in force, lower-cased (e.g. `de`, `de-at`), `en` when none is set. */
  lang(): string {
    return (inherited(this.host, 'lang') || 'en').toLowerCase();
  }

  /** `rtl` or `ltr`: the `dir` in force, else the language's own direction. */
  dir(): 'ltr' | 'rtl' {
    const dir = inherited(this.host, 'dir').toLowerCase();
    if (dir === 'rtl' || dir === 'ltr') return dir;
    return this.lookup('$dir') === 'rtl' ? 'rtl' : 'ltr';
  }

  /** A localized string; terms that take arguments get them here. */
  term<K extends Term>(key: K, ...args: Args<K>): string {
    const value = this.lookup(key);
    if (typeof value === 'function') return (value as (...a: unknown[]) => string)(...args);
    if (typeof value === 'string') return args.length ? interpolate(value, args) : value;
    return String(key);
  }

  /** A date in the element's language (`<time>` content); '' for a missing or invalid date. */
  date(iso: string | undefined, options: Intl.DateTimeFormatOptions = { dateStyle: 'long' }): string {
    if (!iso) return '';
    const date = new Date(iso);
    if (Number.isNaN(date.getTime())) return '';
    const lang = this.lang();
    const key = `${lang}|${JSON.stringify(options)}`;
    let format = dateFormats.get(key);
    if (!format) {
      try {
        format = new Intl.DateTimeFormat(lang, options);
      } catch {
        format = new Intl.DateTimeFormat('en', options);
      }
      dateFormats.set(key, format);
    }
    return format.format(date);
  }

  private lookup(key: keyof Translation): unknown {
    const lang = this.lang();
    const base = lang.split('-')[0];
    for (const source of [this.host.strings, this.overridesFromMarkup, translations.get(lang), translations.get(base), en]) {
      const value = source?.[key as keyof PartialTranslation];
      if (value !== undefined) return value;
    }
    return undefined;
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
  const script = host.querySelector(':scope > script[type="application/json"][data-strings]');
  if (!script) return null;
  try {
    const parsed: unknown = JSON.parse(script.textContent ?? '');
    if (!parsed || typeof parsed !== 'object') return null;
    return Object.fromEntries(Object.entries(parsed).filter(([, v]) => typeof v === 'string')) as PartialTranslation;
  } catch {
    return null;
  }
}

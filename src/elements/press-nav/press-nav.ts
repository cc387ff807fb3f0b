import { html, nothing } from 'lit';
import { PressElement } from '../../internal/press-element.js';
import { PressErrorEvent, PressLoadEvent } from '../../internal/events.js';
import { errorView } from '../../internal/status-views.js';
import { NearViewportController } from '../../controllers/near-viewport-controller.js';
import { SourceController } from '../../controllers/source-controller.js';
import { HeldHeightController } from '../../controllers/held-height-controller.js';
import { findNeighbours, type Neighbours } from '../../sources/neighbours.js';
import { discoverWordPress, discoveredRoute } from '../../sources/discover.js';
import { isWordPressPostsUrl } from '../../sources/wordpress.js';
import { resolveSource } from '../../sources/articles.js';
import { SourceError } from '../../sources/errors.js';
import type { Article } from '../../sources/models.js';
import { safeUrl } from '../../sanitize/url.js';
import type { PartialTranslation } from '../../i18n/translation.js';
import { sharedStyles } from '../../styles/shared.styles.js';
import { navStyles } from './press-nav.styles.js';

/** Which neighbour: `prev` is the older article, `next` the newer one. */
export type NavDirection = 'prev' | 'next';

/** What `press-navigate` carries. */
export interface PressNavigateDetail {
  direction: NavDirection;
  /** The checked http(s) URL about to be opened. */
  href: string;
}

/**
 * Fired before the keyboard shortcut opens a neighbour. Cancel it (`preventDefault()`) to route
 * the navigation yourself, e.g. in a single-page app.
 */
export class PressNavigateEvent extends CustomEvent<PressNavigateDetail> {
  constructor(detail: PressNavigateDetail) {
    super('press-navigate', { bubbles: true, composed: true, cancelable: true, detail });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'press-navigate': PressNavigateEvent;
  }
}

/** Widgets that use the arrow keys themselves: the shortcut stays out of their way (and out of editable text). */
const ARROW_KEY_OWNERS = `input,textarea,select,video,audio,${'textbox searchbox slider spinbutton combobox listbox menu menubar tablist tree grid radiogroup'.replace(/\w+/g, '[role=$&]').replaceAll(' ', ',')}`;

/**
 * @summary Links to the previous (older) and next (newer) article, from static attributes, a
 * WordPress site (by date, three small requests) or a JSON Feed, RSS or Atom feed.
 * @tag press-nav
 *
 * @slot - Fallback links rendered by the server. They show until the neighbours are known (and
 * stay when the script never runs), then they are replaced.
 *
 * @csspart base - The `<nav>` landmark.
 * @csspart prev - The link to the previous (older) article.
 * @csspart next - The link to the next (newer) article.
 * @csspart label - "Previous article" / "Next article" with its arrow.
 * @csspart headline - The neighbour's headline.
 * @csspart thumbnail - The neighbour's image (with the `thumbnails` attribute).
 * @csspart status - The polite live region that announces loading.
 * @csspart error - The error message.
 * @csspart retry - The retry button.
 *
 * @cssproperty [--press-nav-gap=1.5rem] - Space between the two links.
 * @cssproperty [--press-nav-padding=1rem] - Space above and below the links.
 * @cssproperty [--press-nav-border-color=currentColor at 16%] - Rules above, below and between (falls back to --press-border-color).
 * @cssproperty [--press-nav-label-color=#0a58a8] - Colour of "Previous article" / "Next article" (falls back to --press-accent).
 * @cssproperty [--press-nav-headline-size=1.05rem] - Headline font size.
 * @cssproperty [--press-nav-thumbnail-size=4.5rem] - Width and height of a thumbnail.
 * @cssproperty [--press-nav-min-height=links with three-line headlines] - Height reserved while loading, so the page does not shift; kept when the headlines are shorter, until the window's width changes or the nav is out of sight below the viewport.
 *
 * @event press-load - The neighbours were found; `detail.items` is `{prev, next}` (each an Article or null).
 * @event press-error - Loading failed or the current article is not in the source; `detail` is `{code, message, status}`.
 * @event press-navigate - The keyboard shortcut is about to open `detail.href`; cancelable.
 */
export class PressNav extends PressElement {
  static override styles = [sharedStyles, navStyles];
  static override properties = {
    source: {},
    current: {},
    prevHref: { attribute: 'prev-href' },
    prevHeadline: { attribute: 'prev-headline' },
    nextHref: { attribute: 'next-href' },
    nextHeadline: { attribute: 'next-headline' },
    sameCategory: { type: Boolean, attribute: 'same-category' },
    thumbnails: { type: Boolean },
    keyboard: { type: Boolean },
    prefetch: { type: Boolean },
    timeout: { type: Number },
    eager: { type: Boolean },
    strings: { attribute: false },
    hasFallback: { attribute: false },
  };

  /**
   * URL of a WordPress posts collection, JSON Feed, RSS or Atom feed. Without it, on a WordPress
   * page, the site's own posts (found through `<link rel="https://api.w.org/">`).
   */
  source = '';
  /**
   * The article this page shows: a post id or its URL. Defaults to the post id a WordPress page
   * announces, else the page's own URL.
   */
  current = '';
  /** Static mode: URL of the previous article (no request is made). */
  prevHref = '';
  /** Static mode: headline of the previous article. */
  prevHeadline = '';
  /** Static mode: URL of the next article. */
  nextHref = '';
  /** Static mode: headline of the next article. */
  nextHeadline = '';
  /** Only neighbours in a category of the current article (like WordPress's `in_same_term`). */
  sameCategory = false;
  /** Shows each neighbour's image next to its headline. */
  thumbnails = false;
  /** Lets ← and → open the neighbours while focus is not in a text field or a widget that uses arrows (and so loads them at once, like `eager`). */
  keyboard = false;
  /** Prefetches a neighbour when the reader hovers or focuses its link. */
  prefetch = false;
  /** Milliseconds before a request that does not answer fails. */
  timeout = 15_000;
  /** Fetches at once instead of when the navigation comes within about one viewport of being seen. */
  eager = false;
  /** Overrides of this element's strings. */
  strings: PartialTranslation | null = null;

  /** Whether the light DOM holds fallback content worth showing while loading. */
  private hasFallback = false;

  // Before the source: its `near` must be settled when the source reads its inputs. The arrow-key
  // shortcut works from anywhere on the page, so with `keyboard` the neighbours load at once.
  readonly #nearViewport = new NearViewportController(this, () => this.eager || this.keyboard);

  readonly #neighbours = new SourceController(this, {
    args: () => {
      if (this.#isStatic || !this.#nearViewport.near) return null;
      const source = this.#resolvedSource();
      return [source, this.#resolvedCurrent(source), this.sameCategory, this.thumbnails, this.timeout] as const;
    },
    task: async ([source, current, sameCategory, thumbnails, timeout], signal) => {
      if (!source) throw new SourceError('no-source', 'No source attribute and no WordPress REST API link on this page');
      return findNeighbours(source, current, { signal, timeout, sameCategory, thumbnails });
    },
    onDone: (found) => this.emit(new PressLoadEvent<Neighbours>(found)),
    onError: (error) => {
      // Readers see no box for an article the source does not list (a retry cannot help), so the
      // site builder who set `current` gets the reason in the console.
      if (error.code === 'not-found') console.warn(`<press-nav>: ${error.message}. Check the current and source attributes.`);
      this.emit(new PressErrorEvent(error.toDetail()));
    },
  });

  // The loading box's height, held when the links (or the error) replace it, so that shorter headlines pull nothing up.
  protected readonly heldHeight = new HeldHeightController(this, {
    placeholder: () => this.renderRoot.querySelector('.base.pending'),
    box: () => this.renderRoot.querySelector('.base:not([hidden]), [part="error"]'),
    done: () => this.#neighbours.status === 'done' || this.#neighbours.status === 'error',
  });

  override connectedCallback(): void {
    super.connectedCallback();
    document.addEventListener('keydown', this.#onKeydown);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener('keydown', this.#onKeydown);
  }

  /** Opens `href`. The keyboard shortcut calls this after an uncancelled `press-navigate`; override it to route differently. */
  protected navigate(href: string): void {
    window.location.assign(href);
  }

  /** Static mode: any of the four static attributes is set, and nothing is fetched. */
  get #isStatic(): boolean {
    return !!(this.prevHref || this.nextHref || this.prevHeadline || this.nextHeadline);
  }

  #resolvedSource(): string {
    return this.source || discoveredRoute('wp/v2/posts')?.href || '';
  }

  /** `current`, else the post id a WordPress page announces (for a WordPress source), else this page's URL. */
  #resolvedCurrent(source: string): string {
    if (this.current) return this.current;
    let wordPress = false;
    try {
      wordPress = !!source && isWordPressPostsUrl(resolveSource(source));
    } catch {
      // An unparsable source fails in the load, where the reader sees why.
    }
    const postId = wordPress ? discoverWordPress().postId : null;
    return postId ? String(postId) : window.location.href;
  }

  /** The neighbours to link, once known. */
  get #shown(): Neighbours | null {
    if (this.#isStatic) {
      // Only what a link shows: no request, so no id or excerpt.
      const side = (url: string, headline: string) => (url ? ({ url, headline } as Article) : null);
      return { prev: side(this.prevHref, this.prevHeadline), next: side(this.nextHref, this.nextHeadline) };
    }
    return this.#neighbours.status === 'done' ? (this.#neighbours.value ?? null) : null;
  }

  readonly #onKeydown = (event: KeyboardEvent): void => {
    if (!this.keyboard || event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
    if (event.key !== 'ArrowLeft' && event.key !== 'ArrowRight') return;
    const target = event.composedPath()[0];
    if (target instanceof Element && (target.closest(ARROW_KEY_OWNERS) || (target as HTMLElement).isContentEditable)) return;
    // The left arrow points at whatever sits on the left: the previous article in LTR, the next in RTL.
    const towardsStart = event.key === 'ArrowLeft' === (this.localize.dir() === 'ltr');
    const direction: NavDirection = towardsStart ? 'prev' : 'next';
    const href = safeUrl(this.#shown?.[direction]?.url);
    if (!href) return;
    // Handled: a second press-nav on the page must not navigate as well.
    event.preventDefault();
    if (this.emit(new PressNavigateEvent({ direction, href })).defaultPrevented) return;
    this.navigate(href);
  };

  readonly #onHint = (event: Event): void => {
    if (!this.prefetch) return;
    const href = safeUrl((event.currentTarget as HTMLAnchorElement).href);
    if (!href || [...document.head.querySelectorAll<HTMLLinkElement>('link[rel~="prefetch"]')].some((link) => link.href === href)) return;
    const link = document.createElement('link');
    link.rel = 'prefetch';
    link.href = href;
    document.head.append(link);
  };

  #onSlotChange(event: Event): void {
    const nodes = (event.target as HTMLSlotElement).assignedNodes({ flatten: true });
    this.hasFallback = nodes.some((node) => node.nodeType === Node.ELEMENT_NODE || !!node.textContent?.trim());
  }

  protected override render() {
    const shown = this.#shown;
    const { status, error } = this.#neighbours;
    const loading = !this.#isStatic && (status === 'loading' || status === 'idle');
    // A current article missing from the source is the page's mistake, not the reader's: no retry, fallback stays.
    const failed = status === 'error' && error?.code !== 'not-found' ? error : null;
    const links = shown ? [this.#renderLink('prev', shown.prev), this.#renderLink('next', shown.next)].filter((link) => link) : null;
    // Until the neighbours are known, the nav holds the server's fallback links (or a skeleton) in their place.
    return html`<div part="status" class="visually-hidden" role="status">${loading ? this.localize.term('loading') : ''}</div>
      <nav part="base" class="base ${links ? '' : 'pending'}" aria-label=${this.localize.term('articleNavigation')} aria-busy=${loading} ?hidden=${links ? !links.length : !loading && !this.hasFallback}>
        ${links ??
        html`<slot @slotchange=${this.#onSlotChange}></slot>${loading && !this.hasFallback
            ? html`<div class="skeleton" aria-hidden="true"><div class="line short"></div><div class="line"></div><div class="line"></div></div>
                <div class="skeleton next" aria-hidden="true"><div class="line short"></div><div class="line"></div><div class="line"></div></div>`
            : nothing}`}
      </nav>
      ${failed ? errorView(this.localize, this.localize.term('errorLoadNeighbours'), failed, () => this.#neighbours.retry()) : nothing}`;
  }

  #renderLink(direction: NavDirection, article: Article | null) {
    const href = safeUrl(article?.url);
    if (!article || !href) return '';
    const prev = direction === 'prev';
    const arrow = html`<span class="arrow" aria-hidden="true">${prev !== (this.localize.dir() === 'rtl') ? '←' : '→'}</span>`;
    const image = this.thumbnails ? article.image : undefined;
    const src = safeUrl(image?.src);
    const label = this.localize.term(prev ? 'previousArticle' : 'nextArticle');
    // One clear name ("Previous article: …") instead of whatever the arrow and layout spans would add to it.
    return html`<a part=${direction} class="side ${direction}" rel=${direction} href=${href} aria-label=${article.headline ? `${label}: ${article.headline}` : label} @pointerenter=${this.#onHint} @focus=${this.#onHint}>
      ${src
        ? html`<img part="thumbnail" class="thumbnail" src=${src} srcset=${image!.srcset || nothing} sizes="96px" alt="" loading="lazy" decoding="async" @error=${hide} />`
        : nothing}
      <span class="text">
        <span part="label" class="label">${prev ? arrow : nothing} <span>${label}</span> ${prev ? nothing : arrow}</span>
        ${article.headline ? html`<span part="headline" class="headline">${article.headline}</span>` : nothing}
      </span>
    </a>`;
  }
}

/** A thumbnail that cannot load leaves no broken-image icon. */
const hide = (event: Event): void => void ((event.target as HTMLElement).hidden = true);

import { html, nothing } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { PressElement } from '../../internal/press-element.js';
import { PressErrorEvent, PressLoadEvent } from '../../internal/events.js';
import { errorView } from '../../internal/status-views.js';
import { NearViewportController } from '../../controllers/near-viewport-controller.js';
import { SourceController } from '../../controllers/source-controller.js';
import { HeldHeightController } from '../../controllers/held-height-controller.js';
import { nextTask } from '../../internal/next-task.js';
import { loadArticles, resolveSource } from '../../sources/articles.js';
import { isWordPressPostsUrl, siblingRoute } from '../../sources/wordpress.js';
import { discoveredRoute } from '../../sources/discover.js';
import { SourceError } from '../../sources/errors.js';
import type { Article } from '../../sources/models.js';
import type { PartialTranslation } from '../../i18n/translation.js';
import { sharedStyles } from '../../styles/shared.styles.js';
import { cardStyles } from '../press-card/press-card.styles.js';
import { cardListStyles } from './press-card-list.styles.js';

/** Ten WordPress pages: a sanity bound for a typo (`limit="10000"`), not a design size. */
const MAX_LIMIT = 1000;
/** Placeholders while loading: the cards of the first screens; further ones are out of view and cannot shift it (the styles render cards past this many only near the viewport: keep the two in step). */
const MAX_SKELETONS = 12;
/**
 * Cards are rendered a slice per task (100 cards in one task took 100–200 ms). The first slice is
 * small: it pays for the first card's set-up. Each later one is sized from what the last one cost.
 */
const FIRST_SLICE = 6;
const SLICE_MS = 16;

/**
 * @summary Article cards from a WordPress site, a JSON Feed, RSS or Atom.
 * @tag press-card-list
 *
 * @csspart base - The list (`<ul>`) of cards.
 * @csspart card - Each `<press-card>`; its own parts are forwarded (its `base` as `card-base`).
 * @csspart comment-count - With `comments`: each card's comment count in its meta line (a `<press-comment-count>`).
 * @csspart status - The polite live region that announces loading.
 * @csspart skeleton - A placeholder card while loading.
 * @csspart empty - The text shown when the source lists no articles.
 * @csspart error - The error message.
 * @csspart retry - The retry button.
 *
 * @cssproperty [--press-card-list-gap=1.25rem] - Space between cards (falls back to --press-gap).
 * @cssproperty [--press-card-min-width=16rem] - Narrowest a grid column gets before the grid reflows.
 *
 * @event press-load - The articles were loaded and rendered; `detail.items` holds them.
 * @event press-error - Loading failed; `detail` is `{code, message, status}`.
 */
export class PressCardList extends PressElement {
  static override styles = [sharedStyles, cardStyles, cardListStyles];
  static override properties = {
    source: {},
    limit: { type: Number },
    comments: { type: Boolean },
    layout: { reflect: true },
    headingLevel: { type: Number, attribute: 'heading-level' },
    timeout: { type: Number },
    eager: { type: Boolean },
    strings: { attribute: false },
  };

  /**
   * URL of a WordPress posts collection, JSON Feed, RSS or Atom feed. Without it, on a WordPress
   * page, the site's own posts (found through `<link rel="https://api.w.org/">`).
   */
  source = '';
  /**
   * How many articles to show at most (up to 1000). Past WordPress's 100 per page the further pages
   * are fetched (250 takes three requests); a feed shows what it holds.
   */
  limit = 10;
  /** Shows each WordPress card's comment count in its meta line ("12 Kommentare"), linked to its comments. */
  comments = false;
  /** `grid` (columns that reflow) or `list` (one card per row). */
  layout: 'grid' | 'list' = 'grid';
  /** Heading level of each card's headline. */
  headingLevel = 3;
  /** Milliseconds before a request that does not answer fails. */
  timeout = 15_000;
  /** Fetches at once instead of when the list comes within about one viewport of being seen. */
  eager = false;
  /** Overrides of this element's strings. */
  strings: PartialTranslation | null = null;

  // Before the source: its `near` must be settled when the source reads its inputs.
  readonly #nearViewport = new NearViewportController(this, () => this.eager);

  readonly #articles = new SourceController(this, {
    args: () => (this.#nearViewport.near ? ([this.#resolvedSource(), this.#safeLimit, this.timeout] as const) : null),
    task: async ([source, limit, timeout], signal) => {
      if (!source) throw new SourceError('no-source', 'No source attribute and no WordPress REST API link on this page');
      const datesReady = this.localize.warmDates();
      const articles = await loadArticles(source, { limit, signal, timeout });
      // The first cards render in a task of their own, not in the one that parsed the response or made the date formatter.
      await datesReady;
      await nextTask();
      return articles;
    },
    // Once every card is rendered, as the event promises.
    onDone: (articles) => this.#whenAllShown(articles, () => this.emit(new PressLoadEvent(articles))),
    onError: (error) => this.emit(new PressErrorEvent(error.toDetail())),
  });

  get #safeLimit(): number {
    const limit = Math.floor(Number(this.limit));
    return Number.isFinite(limit) && limit > 0 ? Math.min(limit, MAX_LIMIT) : 10;
  }

  #resolvedSource(): string {
    return this.source || discoveredRoute('wp/v2/posts')?.href || '';
  }

  // The skeletons' height, held when the cards (or the error, or the empty note) replace them, so that nothing below is pulled up.
  protected readonly heldHeight = new HeldHeightController(this, {
    placeholder: () => this.renderRoot.querySelector('ul.cards:has(.skeleton)'),
    box: () => this.renderRoot.querySelector('ul.cards, [part="empty"], [part="error"]'),
    done: () => this.#articles.status === 'done' || this.#articles.status === 'error',
  });

  protected override updated(): void {
    const slice = this.#slice;
    if (!slice || slice.waiting) return;
    if (slice.shown < slice.of.length) {
      slice.waiting = true;
      // After the new cards' own first renders, which are queued before this.
      queueMicrotask(() => {
        const perCard = (performance.now() - slice.started) / slice.size;
        slice.size = Math.max(2, Math.min(24, Math.floor(SLICE_MS / Math.max(perCard, 0.1))));
      });
      // Yields go ahead of rendering: the page paints the list once, whole, as it painted it unsliced.
      void nextTask().then(() => {
        slice.waiting = false;
        // A new load may have replaced these articles meanwhile: its own slices take over.
        if (this.#slice !== slice) return;
        slice.started = performance.now();
        slice.shown += slice.size;
        this.requestUpdate();
      });
    } else {
      const loaded = slice.loaded;
      slice.loaded = undefined;
      loaded?.();
    }
  }

  /** The articles being rendered, how many are shown, the last slice's size and start, whether the next awaits its task, and what to do once all are shown. */
  #slice: { of: Article[]; shown: number; size: number; started: number; waiting?: boolean; loaded?: () => void } | null = null;

  #whenAllShown(articles: Article[], then: () => void): void {
    const slice = this.#slice;
    if (slice?.of === articles && slice.shown < articles.length) slice.loaded = then;
    else then();
  }

  protected override render() {
    const { status, value, error } = this.#articles;
    const busy = status === 'loading' || status === 'idle';
    return html`<div part="status" class="visually-hidden" role="status">${busy ? this.localize.term('loadingArticles') : ''}</div>${
      status === 'error'
        ? errorView(this.localize, this.localize.term('errorLoadArticles'), error!, () => this.#articles.retry())
        : status === 'done' && !value!.length
          ? html`<p part="empty" class="empty">${this.localize.term('noArticles')}</p>`
          : html`<ul part="base" class="cards" aria-busy=${busy}>${busy ? this.#renderSkeletons() : this.#renderCards(value!)}</ul>`
    }`;
  }

  #renderCards(articles: Article[]) {
    // With `comments`, a WordPress card's meta line holds its count, from the comments collection next to the posts.
    let comments = '';
    try {
      const source = this.comments ? resolveSource(this.#resolvedSource()) : null;
      if (source && isWordPressPostsUrl(source)) comments = siblingRoute(source, 'wp/v2/comments').href;
    } catch {
      // An unparsable source shows no counts (the load itself reports it).
    }
    if (this.#slice?.of !== articles) this.#slice = { of: articles, shown: FIRST_SLICE, size: FIRST_SLICE, started: performance.now() };
    return repeat(
      articles.length > this.#slice.shown ? articles.slice(0, this.#slice.shown) : articles,
      (article) => article.id || article.url,
      (article) =>
        // The card's parts, forwarded as static markup (its base as card-base): a list binds only what changes.
        html`<li><press-card part="card" exportparts="base:card-base,figure,image,credit,body,category,headline,link,excerpt,meta" .article=${article} .headingLevel=${this.headingLevel}>${
          comments && /^\d+$/.test(article.id)
            ? html`<press-comment-count slot="meta" part="comment-count" post=${article.id} source=${comments} href=${article.url} .strings=${this.strings}></press-comment-count>`
            : nothing
        }</press-card></li>`,
    );
  }

  #renderSkeletons() {
    return Array.from(
      { length: Math.min(this.#safeLimit, MAX_SKELETONS) },
      () =>
        html`<li aria-hidden="true"><article part="skeleton" class="skeleton has-image"><figure></figure><div class="body"><div class="category line"></div><div class="headline line"></div><div class="excerpt line"></div><div class="meta line"></div></div></article></li>`,
    );
  }
}

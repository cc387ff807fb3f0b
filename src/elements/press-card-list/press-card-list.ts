import { html } from 'lit';
import { property } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { PressElement } from '../../internal/press-element.js';
import { PressErrorEvent, PressLoadEvent } from '../../internal/events.js';
import { errorView } from '../../internal/status-views.js';
import { SourceController } from '../../controllers/source-controller.js';
import { loadArticles } from '../../sources/articles.js';
import { discoveredRoute } from '../../sources/discover.js';
import { SourceError } from '../../sources/errors.js';
import type { Article } from '../../sources/models.js';
import type { PartialTranslation } from '../../i18n/translation.js';
import { sharedStyles } from '../../styles/shared.styles.js';
import { cardListStyles } from './press-card-list.styles.js';

/** The card parts a page can style through the list (`press-card-list::part(headline)`). */
const FORWARDED_PARTS = 'base:card-base, figure, image, credit, body, category, headline, link, excerpt, meta';

/**
 * @summary Article cards from a WordPress site, a JSON Feed, RSS or Atom.
 * @tag press-card-list
 *
 * @csspart base - The list (`<ul>`) of cards.
 * @csspart card - Each `<press-card>`; its own parts are forwarded (its `base` as `card-base`).
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
  static override styles = [sharedStyles, cardListStyles];

  /**
   * URL of a WordPress posts collection, JSON Feed, RSS or Atom feed. Without it, on a WordPress
   * page, the site's own posts (found through `<link rel="https://api.w.org/">`).
   */
  @property() source = '';
  /** How many articles to show at most. */
  @property({ type: Number }) limit = 10;
  /** `grid` (columns that reflow) or `list` (one card per row). */
  @property({ reflect: true }) layout: 'grid' | 'list' = 'grid';
  /** Heading level of each card's headline. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 3;
  /** Milliseconds before a request that does not answer fails. */
  @property({ type: Number }) timeout = 15_000;
  /** Overrides of this element's strings. */
  @property({ attribute: false }) strings: PartialTranslation | null = null;

  private readonly articles = new SourceController(this, {
    args: () => [this.resolvedSource(), this.safeLimit, this.timeout] as const,
    task: ([source, limit, timeout], signal) => {
      if (!source) throw new SourceError('no-source', 'No source attribute and no WordPress REST API link on this page');
      return loadArticles(source, { limit, signal, timeout });
    },
    onDone: (articles) => this.emit(new PressLoadEvent(articles)),
    onError: (error) => this.emit(new PressErrorEvent(error.toDetail())),
  });

  private get safeLimit(): number {
    const limit = Math.floor(Number(this.limit));
    return Number.isFinite(limit) && limit > 0 ? Math.min(limit, 100) : 10;
  }

  private resolvedSource(): string {
    return this.source || discoveredRoute('wp/v2/posts')?.href || '';
  }

  protected override render() {
    const { status, value, error } = this.articles;
    const busy = status === 'loading' || status === 'idle';
    return html`
      <div part="status" class="visually-hidden" role="status">${busy ? this.localize.term('loadingArticles') : ''}</div>
      ${status === 'error' && error
        ? errorView(this.localize, this.localize.term('errorLoadArticles'), error, () => this.articles.retry())
        : status === 'done' && value && value.length === 0
          ? html`<p part="empty" class="empty">${this.localize.term('noArticles')}</p>`
          : html`<ul part="base" class="cards" aria-busy=${busy ? 'true' : 'false'}>
              ${busy ? this.renderSkeletons() : repeat(value ?? [], (article) => article.id || article.url, (article) => this.renderCard(article))}
            </ul>`}
    `;
  }

  private renderCard(article: Article) {
    return html`<li>
      <press-card part="card" exportparts=${FORWARDED_PARTS} .article=${article} heading-level=${this.headingLevel}></press-card>
    </li>`;
  }

  private renderSkeletons() {
    const count = Math.min(this.safeLimit, 3);
    return Array.from(
      { length: count },
      () => html`<li aria-hidden="true">
        <div part="skeleton" class="skeleton">
          <div class="shape image"></div>
          <div class="lines"><div class="shape line"></div><div class="shape line"></div><div class="shape line short"></div></div>
        </div>
      </li>`,
    );
  }
}

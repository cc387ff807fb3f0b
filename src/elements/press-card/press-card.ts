import { html, nothing } from 'lit';
import { PressElement } from '../../internal/press-element.js';
import { heading } from '../../internal/heading.js';
import { sanitizedHtml } from '../../sanitize/html.js';
import { safeUrl } from '../../sanitize/url.js';
import type { Article, ArticleImage } from '../../sources/models.js';
import type { PartialTranslation } from '../../i18n/translation.js';
import { sharedStyles } from '../../styles/shared.styles.js';
import { cardHostStyles, cardStyles } from './press-card.styles.js';

/** The card's data under its attributes' names, as a page may hand it over in one object. */
export interface CardAttributes {
  href?: string;
  headline?: string;
  excerpt?: string;
  image?: string;
  imageAlt?: string;
  credit?: string;
  author?: string;
  date?: string;
  category?: string;
}

/** An attribute that is set, else the first of the article's fields under `keys` that is a non-empty string. */
function field(own: string, article: Record<string, unknown>, ...keys: string[]): string {
  if (own) return own;
  for (const key of keys) if (typeof article[key] === 'string' && article[key]) return article[key] as string;
  return '';
}

/**
 * @summary One article card: image with photo credit, category, headline link, excerpt, author and date.
 * @tag press-card
 *
 * @csspart base - The `<article>` wrapper.
 * @csspart figure - The `<figure>` holding image and credit.
 * @csspart image - The image.
 * @csspart credit - The photo credit (`<figcaption>`).
 * @csspart body - The text column.
 * @csspart category - The category line above the headline.
 * @csspart headline - The heading that holds the link to `href`.
 * @csspart link - The headline link itself.
 * @csspart excerpt - The sanitized excerpt, clamped to a few lines.
 * @csspart meta - Author and date.
 *
 * @slot meta - More in the meta line after author and date (`<press-card-list comments>` puts the comment count here).
 *
 * @cssproperty [--press-card-radius=8px] - Corner radius (falls back to --press-radius).
 * @cssproperty [--press-card-border-width=1px] - Border width; `0 0 1px` gives a hairline under each card.
 * @cssproperty [--press-card-border-color=currentColor at 16%] - Border colour.
 * @cssproperty [--press-card-background=currentColor at 3%] - Card surface (falls back to --press-surface); drawn from the text colour, so it follows light and dark.
 * @cssproperty [--press-card-padding=1rem] - Space around the text.
 * @cssproperty [--press-card-image-ratio=16 / 9] - Reserved image aspect ratio (no layout shift).
 * @cssproperty [--press-card-excerpt-lines=3] - Lines of excerpt before it is clamped.
 * @cssproperty [--press-card-headline-size=1.15rem] - Headline font size.
 * @cssproperty [--press-accent=#0a58a8] - Accent colour (category, focus ring).
 */
export class PressCard extends PressElement {
  static override styles = [sharedStyles, cardHostStyles, cardStyles];
  static override properties = {
    href: {},
    headline: {},
    excerpt: {},
    image: {},
    imageAlt: { attribute: 'image-alt' },
    credit: {},
    author: {},
    date: {},
    category: {},
    headingLevel: { type: Number, attribute: 'heading-level' },
    article: { attribute: false },
    strings: { attribute: false },
    imageFailed: { state: true, attribute: false },
  };

  /** Link to the article (http or https; anything else is not linked). */
  href = '';
  /** Headline, shown as text. */
  headline = '';
  /** Teaser; may hold HTML, which is sanitized (emphasis and paragraphs only). */
  excerpt = '';
  /** Image URL (http or https). */
  image = '';
  /** Alternative text of the image; an image without it is treated as decorative. */
  imageAlt = '';
  /** Photo credit, e.g. "Foto: MIBS/C. Stoll". */
  credit = '';
  /** Author name. */
  author = '';
  /** Publication date, ISO 8601; shown localized. */
  date = '';
  /** Category shown above the headline. */
  category = '';
  /** Level of the headline's heading (1–6), to fit the page's outline. */
  headingLevel = 3;
  /**
   * The whole article as one object: an `Article` as the sources make them, or the attributes'
   * own names (`{href, headline, excerpt, image, imageAlt, credit, author, date, category}`).
   * Attributes that are set take precedence over its fields.
   */
  article: Article | CardAttributes | null = null;
  /** Overrides of this element's strings. */
  strings: PartialTranslation | null = null;

  /**
   * An image that cannot load (offline, a removed file) keeps its place, alt text and credit, but
   * the browser's broken-image icon is hidden: the reserved area shows a plain placeholder.
   */
  private imageFailed = false;

  readonly #onImageError = (): void => {
    this.imageFailed = true;
  };

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    if (changed.has('image') || changed.has('article')) this.imageFailed = false;
  }

  protected override render() {
    // The `article` object (either shape) with the attributes laid over it.
    const a = (this.article ?? {}) as Record<string, unknown>;
    const url = field(this.href, a, 'url', 'href');
    const headline = field(this.headline, a, 'headline');
    const excerptHtml = field(this.excerpt, a, 'excerptHtml', 'excerpt');
    const credit = field(this.credit, a, 'credit');
    const author = field(this.author, a, 'author');
    const date = field(this.date, a, 'date');
    const category = field(this.category, a, 'category');
    const image: ArticleImage | undefined = this.image
      ? { src: this.image, alt: this.imageAlt }
      : typeof a.image === 'string'
        ? { src: a.image, alt: field('', a, 'imageAlt', 'image-alt') }
        : a.image && typeof a.image === 'object'
          ? (a.image as ArticleImage)
          : undefined;
    const href = safeUrl(url);
    const src = safeUrl(image?.src);
    const dateText = this.localize.date(date);
    // Content for the meta line (a comment count) is given when the card is created, as a list does.
    const metaSlot = this.firstElementChild && this.querySelector(':scope > [slot="meta"]');
    // No whitespace between the tags: a list renders a hundred cards, and every text node is cloned and walked.
    // An empty class is `nothing`, not '': a first render then sets no attribute at all.
    return html`<article part="base" class=${src ? 'has-image' : nothing} aria-labelledby="headline">${
      src
        ? html`<figure part="figure" class=${this.imageFailed ? 'failed' : nothing}><img part="image" src=${src} srcset=${image!.srcset || nothing} sizes="(min-width: 900px) 33vw, (min-width: 560px) 40vw, 100vw" alt=${image!.alt ?? ''} width=${image!.width ?? nothing} height=${image!.height ?? nothing} loading="lazy" decoding="async" @error=${this.#onImageError} />${
            credit ? html`<figcaption part="credit"><span class="visually-hidden">${this.localize.term('photoCredit')}: </span>${credit}</figcaption>` : nothing
          }</figure>`
        : nothing
    }<div part="body" class="body">${category ? html`<p part="category" class="category">${category}</p>` : nothing}${heading(
      this.headingLevel,
      { part: 'headline', id: 'headline', className: 'headline' },
      href ? html`<a part="link" href=${href}>${headline}</a>` : headline,
    )}${excerptHtml ? html`<div part="excerpt" class="excerpt">${sanitizedHtml(excerptHtml, 'excerpt')}</div>` : nothing}${
      author || dateText || metaSlot
        ? html`<p part="meta" class="meta">${author ? html`<span class="author">${this.localize.term('byAuthor', author)}</span>` : nothing}${
            dateText ? html`<time datetime=${new Date(date).toISOString()}>${dateText}</time>` : nothing
          }${metaSlot ? html`<span><slot name="meta"></slot></span>` : nothing}</p>`
        : nothing
    }</div></article>`;
  }
}

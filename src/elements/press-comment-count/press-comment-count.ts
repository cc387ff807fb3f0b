import { html } from 'lit';
import { PressElement } from '../../internal/press-element.js';
import { PressErrorEvent, PressLoadEvent } from '../../internal/events.js';
import { NearViewportController } from '../../controllers/near-viewport-controller.js';
import { SourceController } from '../../controllers/source-controller.js';
import { commentCount } from '../../sources/comment-counts.js';
import { discoverWordPress, discoveredRoute } from '../../sources/discover.js';
import { SourceError } from '../../sources/errors.js';
import { resolveSource } from '../../sources/articles.js';
import { safeUrl } from '../../sanitize/url.js';
import type { PartialTranslation } from '../../i18n/translation.js';
import { sharedStyles } from '../../styles/shared.styles.js';
import { commentCountStyles } from './press-comment-count.styles.js';

/**
 * @summary How many approved comments a WordPress post has ("12 Kommentare"), optionally as a link
 * to its comments. Counts are cached for the page and shared: elements asking for the same post
 * cost one request, and posts coming into view together share one.
 * @tag press-comment-count
 *
 * @csspart base - The count: a link to `href#comments` with `href`, else a `<span>`.
 * @csspart error - "Comment count unavailable", when the count could not be loaded.
 * @csspart retry - The button that asks again after a failure.
 *
 * @cssproperty [--press-accent=#0a58a8] - Focus ring colour.
 *
 * @event press-load - The count arrived; `detail.items` is the number.
 * @event press-error - The count could not be loaded; `detail` is `{code, message, status}`.
 */
export class PressCommentCount extends PressElement {
  static override styles = [sharedStyles, commentCountStyles];
  static override properties = {
    post: {},
    source: {},
    href: {},
    eager: { type: Boolean },
    strings: { attribute: false },
  };

  /** The post id. Defaults to the post a WordPress page announces (shortlink or `postid-` body class). */
  post = '';
  /**
   * URL of a WordPress comments collection (`…/wp-json/wp/v2/comments`). Without it, on a WordPress
   * page, the site's own (found through `<link rel="https://api.w.org/">`).
   */
  source = '';
  /** The article's URL: the count links to its `#comments`. */
  href = '';
  /** Fetches at once instead of when the count comes within about one viewport of being seen. */
  eager = false;
  /** Overrides of this element's strings. */
  strings: PartialTranslation | null = null;

  // Before the source: its `near` must be settled when the source reads its inputs.
  readonly #nearViewport = new NearViewportController(this, () => this.eager);

  readonly #count = new SourceController(this, {
    args: () => (this.#nearViewport.near ? ([this.source || discoveredRoute('wp/v2/comments')?.href || '', this.#resolvedPost()] as const) : null),
    task: ([source, post]) => {
      if (!source) throw new SourceError('no-source', 'No source attribute and no WordPress REST API link on this page');
      if (!post) throw new SourceError('no-post', 'No post attribute and no post id on this page');
      // The shared count is never aborted (its request serves other elements too); a superseded
      // load's answer is dropped by the source controller, which renders only the latest load.
      return commentCount(resolveSource(source), post);
    },
    onDone: (count) => this.emit(new PressLoadEvent<number>(count)),
    onError: (error) => this.emit(new PressErrorEvent(error.toDetail())),
  });

  #resolvedPost(): number {
    const id = this.post ? Number(this.post) : (discoverWordPress().postId ?? 0);
    return Number.isInteger(id) && id > 0 ? id : 0;
  }

  protected override render() {
    const { status, value, error } = this.#count;
    if (status === 'error') {
      return html`${this.#base(this.localize.term('comments'))}<span part="error" title=${error!.message}>
          (${this.localize.term('commentCountUnavailable')})</span
        ><button part="retry" class="retry" type="button" @click=${() => this.#count.retry()}>${this.localize.term('retry')}</button>`;
    }
    // Until it is known, the longest usual text keeps the count's place, invisible but laid out.
    return status === 'done' && value ? this.#base(this.localize.term('commentCount', value)) : this.#base(this.localize.term('commentCountNone'), status !== 'done');
  }

  /** The count, linked to `href#comments` (WordPress themes' anchor of the comment section) when there is an `href`. */
  #base(label: string, pending = false) {
    // An href that is no http(s) URL is not linked.
    const url = safeUrl(this.href);
    const link = url && url.replace(/#.*|$/, '#comments');
    return pending
      ? html`<span part="base" class="pending" aria-hidden="true">${label}</span>`
      : link
        ? html`<a part="base" href=${link}>${label}</a>`
        : html`<span part="base">${label}</span>`;
  }
}

/**
 * The script-tag entry: `<script type="module" src=".../press-widgets.js">` registers every
 * element. Loading it twice, or next to another copy, is harmless: each define is guarded.
 *
 * It exports what a page script may want beside the elements: the classes (to subclass or to
 * test `instanceof`), the event and error classes, and `registerTranslation`. The loaders,
 * parsers and sanitizers stay in the npm build (`press-widgets`, src/index.ts): exported here they
 * would ship code no element runs (≈ 0.4 KB gzip) to every page.
 */
import './elements/press-card/define.js';
import './elements/press-card-list/define.js';
import './elements/press-comment-count/define.js';
import './elements/press-comments/define.js';
import './elements/press-nav/define.js';

export { PressElement } from './internal/press-element.js';
export { PressCard } from './elements/press-card/press-card.js';
export { PressCardList } from './elements/press-card-list/press-card-list.js';
export { PressComments } from './elements/press-comments/press-comments.js';
export { PressCommentCount } from './elements/press-comment-count/press-comment-count.js';
export { PressNav, PressNavigateEvent } from './elements/press-nav/press-nav.js';
export { PressErrorEvent, PressLoadEvent, PressCommentSubmitEvent, PressCommentPostedEvent } from './internal/events.js';
export { ResponseTooLargeError, SourceError, WebPageError } from './sources/errors.js';
export { registerTranslation } from './i18n/localize.js';
export type * from './index.js';

/** Classes, types and helpers. Importing this module registers nothing; see `press-widgets.js` or `elements/<tag>/define.js`. */
export { PressElement } from './internal/press-element.js';
export { PressCard } from './elements/press-card/press-card.js';
export { PressCardList } from './elements/press-card-list/press-card-list.js';
export { PressComments } from './elements/press-comments/press-comments.js';
export { loadComments, postComment, threadComments, commentErrorTerm, CommentPostError } from './sources/wordpress-comments.js';
export type { CommentInput, CommentNode, PostedComment } from './sources/wordpress-comments.js';
export { PressErrorEvent, PressLoadEvent, PressCommentSubmitEvent, PressCommentPostedEvent } from './internal/events.js';
export type { PressErrorDetail, CommentDraftDetail } from './internal/events.js';
export type { Article, ArticleImage, Comment, CommentPage } from './sources/models.js';
export { SourceError } from './sources/errors.js';
export { loadArticles, parseArticles } from './sources/articles.js';
export { discoverWordPress } from './sources/discover.js';
export { registerTranslation } from './i18n/localize.js';
export type { Translation, PartialTranslation } from './i18n/translation.js';
export { sanitizeHtml, ALLOW_LISTS } from './sanitize/html.js';
export { htmlToText } from './sanitize/text.js';
export { safeUrl } from './sanitize/url.js';

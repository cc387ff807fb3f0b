/**
 * Every string the widgets show. Terms that need a number or a name are functions, so each
 * language can build its own grammar (plurals via Intl.PluralRules where a language needs them).
 */
export interface Translation {
  $code: string;
  $dir: 'ltr' | 'rtl';

  // Loading and failing (all elements)
  loading: string;
  loadingArticles: string;
  retry: string;
  errorLoadArticles: string;
  errorLoadComments: string;
  errorNetwork: string;
  errorTimeout: string;
  errorHttp: (status: number) => string;
  errorParse: string;
  errorFormat: string;
  errorNoSource: string;

  // Cards
  articles: string;
  noArticles: string;
  photoCredit: string;
  byAuthor: (name: string) => string;

  // Navigation
  articleNavigation: string;
  previousArticle: string;
  nextArticle: string;
  errorLoadNeighbours: string;

  // Comments
  comments: string;
  commentCount: (count: number) => string;
  noComments: string;
  loadMoreComments: string;
  reply: string;
  replyTo: (name: string) => string;
  cancelReply: string;
  leaveReply: string;
  nameLabel: string;
  emailLabel: string;
  websiteLabel: string;
  commentLabel: string;
  required: string;
  emailNotPublished: string;
  rememberMe: string;
  submit: string;
  submitting: string;
  charactersLeft: (count: number) => string;
  enterName: string;
  enterEmail: string;
  invalidEmail: string;
  invalidUrl: string;
  enterComment: string;
  commentTooLong: (max: number) => string;
  fixErrors: (count: number) => string;
  commentPosted: string;
  awaitingModeration: string;
  /** On a reply shown flat at the depth cap, which comment it answers. */
  inReplyTo: (name: string) => string;
  errorPost: string;
  errorDuplicate: string;
  errorFlood: string;
  errorClosed: string;
  errorLoginRequired: string;
  errorInvalidPost: string;
  errorInvalidParent: string;
  errorAuthorDataRequired: string;
  errorServerSaid: (message: string) => string;

  // Live threads, signed-in readers, unanswered posts
  /** The button that shows comments that arrived while reading. */
  newComments: (count: number) => string;
  sessionExpired: string;
  /** A post that got no answer may have landed; the retry checks first. */
  errorPostUncertain: string;
  // Comment counts (<press-comment-count>, <press-card-list comments>); 1 and more use commentCount
  commentCountNone: string;
  commentCountUnavailable: string;
  // Transport: byte cap, web page instead of data, offline, redirected POST
  /** The answer passed the byte cap (in megabytes). */
  errorTooLarge: (megabytes: number) => string;
  /** HTML came where data was expected; `title` is the page's title, may be ''. */
  errorWebPage: (title: string) => string;
  /** The browser is offline; the element loads again by itself when it is back. */
  errorOffline: string;
  errorRedirect: string;
  /** A comment not sent because the browser is offline (the text is kept). */
  errorPostOffline: string;
  // Comment links, order, signed-in readers
  /** The text of a permalink when the comment has no readable date. */
  commentLink: string;
  copyLink: string;
  /** Said after the copy-link button's text, for screen readers: whose comment. */
  copyLinkOf: (name: string) => string;
  linkCopied: string;
  linkCopyFailed: string;
  /** A `#comment-ID` link whose comment is not in the thread (held, deleted, another post). */
  linkedCommentMissing: string;
  /** The label of the toggle button that puts the newest comments first (pressed = newest first). */
  newestFirst: string;
  signedInAs: (name: string) => string;
}

/** A partial set of strings: what `strings` overrides or an incomplete language provides. */
export type PartialTranslation = Partial<Omit<Translation, '$code'>> & { $code?: string };

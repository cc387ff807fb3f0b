/**
 * Every string the widgets show. Terms that need a number or a name are functions, so each
 * language can build its own grammar (plurals via Intl.PluralRules where a language needs them).
 */
export interface Translation {
  $code: string;
  $name: string;
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
  commentWritten: (name: string, date: string) => string;
  avatarOf: (name: string) => string;
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
  /** Greets the signed-in reader above the comment field. */
  signedInAs: (name: string) => string;
  sessionExpired: string;
  /** A post that got no answer may have landed; the retry checks first. */
  errorPostUncertain: string;
}

/** A partial set of strings: what `strings` overrides or an incomplete language provides. */
export type PartialTranslation = Partial<Omit<Translation, '$code'>> & { $code?: string };

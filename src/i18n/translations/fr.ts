import type { Translation } from '../translation.js';

const plural = new Intl.PluralRules('fr');
/** French counts 0 and 1 as singular ("0 commentaire"), so the number always goes in. */
const count = (n: number, one: string, other: string) => `${n} ${plural.select(n) === 'one' ? one : other}`;
/** "de" elides before a vowel: "commentaire d’Anne", "commentaire de Paul". */
const of = (name: string) => (/^[aeiouyàâäæéèêëîïôöœùûü]/i.test(name) ? `d’${name}` : `de ${name}`);

/**
 * French, formal ("vous"), as a French news site writes it. French typography puts a no-break
 * space (\u00a0) before a colon.
 */
export const fr: Translation = {
  $code: 'fr',
  $dir: 'ltr',

  loading: 'Chargement…',
  loadingArticles: 'Chargement des articles…',
  retry: 'Réessayer',
  errorLoadArticles: 'Les articles n’ont pas pu être chargés.',
  errorLoadComments: 'Les commentaires n’ont pas pu être chargés.',
  errorNetwork: 'Le serveur est injoignable. Veuillez vérifier votre connexion.',
  errorTimeout: 'Le serveur a mis trop de temps à répondre.',
  errorHttp: (status) => `Le serveur a répondu par une erreur (${status}).`,
  errorParse: 'Le serveur a renvoyé une réponse qui n’est pas une liste lisible.',
  errorFormat: 'Cette adresse ne fournit pas d’articles dans un format connu.',
  errorNoSource: 'Aucune source n’est configurée pour cet élément.',

  articles: 'Articles',
  noArticles: 'Aucun article pour le moment.',
  photoCredit: 'Crédit photo',
  byAuthor: (name) => `par ${name}`,

  articleNavigation: 'Autres articles',
  previousArticle: 'Article précédent',
  nextArticle: 'Article suivant',
  errorLoadNeighbours: 'Les articles précédent et suivant n’ont pas pu être chargés.',

  comments: 'Commentaires',
  commentCount: (n) => count(n, 'commentaire', 'commentaires'),
  noComments: 'Aucun commentaire pour le moment. Soyez le premier à réagir.',
  loadMoreComments: 'Afficher plus de commentaires',
  reply: 'Répondre',
  replyTo: (name) => `Répondre à ${name}`,
  cancelReply: 'Annuler la réponse',
  leaveReply: 'Laisser un commentaire',
  nameLabel: 'Nom',
  emailLabel: 'E-mail',
  websiteLabel: 'Site web',
  commentLabel: 'Commentaire',
  required: 'obligatoire',
  emailNotPublished: 'Votre adresse e-mail ne sera pas publiée.',
  rememberMe: 'Enregistrer mon nom, mon e-mail et mon site dans ce navigateur pour mon prochain commentaire.',
  submit: 'Publier le commentaire',
  submitting: 'Publication en cours…',
  charactersLeft: (n) => count(n, 'caractère restant', 'caractères restants'),
  enterName: 'Veuillez saisir votre nom.',
  enterEmail: 'Veuillez saisir votre adresse e-mail.',
  invalidEmail: 'Veuillez saisir une adresse e-mail valide.',
  invalidUrl: 'Veuillez saisir une adresse web commençant par http:// ou https://.',
  enterComment: 'Veuillez saisir votre commentaire.',
  commentTooLong: (max) => `Votre commentaire est trop long\u00a0: ${max} caractères au maximum.`,
  fixErrors: (n) => `Veuillez corriger ${count(n, 'champ', 'champs')}.`,
  commentPosted: 'Votre commentaire a été publié.',
  awaitingModeration: 'Votre commentaire est en attente de modération.',
  inReplyTo: (name) => `En réponse à ${name}`,
  errorPost: 'Votre commentaire n’a pas pu être publié. Votre texte est conservé\u00a0: veuillez réessayer.',
  errorDuplicate: 'Commentaire en double détecté\u00a0: il semble que vous ayez déjà dit cela.',
  errorFlood: 'Vous publiez des commentaires trop rapidement. Veuillez patienter un instant.',
  errorClosed: 'Les commentaires sont fermés pour cet article.',
  errorLoginRequired: 'Ce site n’accepte que les commentaires des utilisateurs connectés.',
  errorInvalidPost: 'Cet article ne peut pas être commenté.',
  errorInvalidParent: 'Le commentaire auquel vous répondez n’existe plus.',
  errorAuthorDataRequired: 'Ce site exige votre nom et votre adresse e-mail.',
  errorServerSaid: (message) => `Message du serveur\u00a0: ${message}`,

  // Live threads, signed-in readers, unanswered posts
  newComments: (n) => count(n, 'nouveau commentaire', 'nouveaux commentaires'),
  sessionExpired: 'Votre session a expiré\u00a0: vous commentez désormais en tant qu’invité. Votre texte est conservé\u00a0; rechargez la page pour commenter à nouveau avec votre compte.',
  errorPostUncertain: 'Le serveur n’a pas répondu à temps\u00a0; votre commentaire est peut-être déjà arrivé. Un nouvel essai le vérifie d’abord, pour qu’il ne soit jamais publié deux fois.',
  // Comment counts
  commentCountNone: 'Aucun commentaire',
  commentCountUnavailable: 'nombre indisponible',
  // Transport: byte cap, web page instead of data, offline, redirected POST
  errorTooLarge: (mb) => `La réponse du serveur est trop volumineuse (plus de ${mb.toLocaleString('fr')}\u00a0Mo).`,
  errorWebPage: (title) => (title ? `Le serveur a renvoyé une page web au lieu de données\u00a0: «\u00a0${title}\u00a0».` : 'Le serveur a renvoyé une page web au lieu de données.'),
  errorOffline: 'Vous êtes hors ligne. Le chargement reprendra dès le retour de la connexion.',
  errorRedirect: 'Le serveur a redirigé la requête\u00a0; elle n’a donc pas été envoyée.',
  errorPostOffline: 'Vous êtes hors ligne\u00a0: votre commentaire n’a pas été envoyé. Il est conservé ici\u00a0; renvoyez-le une fois la connexion rétablie.',
  // Comment links, order, signed-in readers
  commentLink: 'Lien vers ce commentaire',
  copyLink: 'Copier le lien',
  copyLinkOf: (name) => ` (commentaire ${of(name)})`,
  linkCopied: 'Lien copié',
  linkCopyFailed: 'Le lien n’a pas pu être copié.',
  linkedCommentMissing: 'Le commentaire lié ne figure pas dans cette discussion\u00a0: il attend peut-être une modération ou a été supprimé.',
  newestFirst: 'Les plus récents d’abord',
  signedInAs: (name) => `Connecté en tant que ${name}`,
};

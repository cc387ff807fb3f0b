import type { Translation } from '../translation.js';

const plural = new Intl.PluralRules('it');
const isOne = (n: number) => plural.select(n) === 'one';
/** The article elides before a number read with a vowel: "l’8 agosto", "l’11 agosto", "il 28 agosto". */
const onDate = (date: string) => (/^(8|11)\D/.test(date) ? `l’${date}` : `il ${date}`);

/** Italian, formal ("Lei"), as an Italian news site writes it. */
export const it: Translation = {
  $code: 'it',
  $name: 'Italiano',
  $dir: 'ltr',

  loading: 'Caricamento…',
  loadingArticles: 'Caricamento degli articoli…',
  retry: 'Riprova',
  errorLoadArticles: 'Impossibile caricare gli articoli.',
  errorLoadComments: 'Impossibile caricare i commenti.',
  errorNetwork: 'Il server non è raggiungibile. Verifichi la connessione.',
  errorTimeout: 'Il server ha impiegato troppo tempo a rispondere.',
  errorHttp: (status) => `Il server ha risposto con un errore (${status}).`,
  errorParse: 'Il server ha inviato una risposta che non è un elenco leggibile.',
  errorFormat: 'Questo indirizzo non fornisce articoli in un formato riconosciuto.',
  errorNoSource: 'Nessuna sorgente configurata per questo elemento.',

  articles: 'Articoli',
  noArticles: 'Non ci sono ancora articoli.',
  photoCredit: 'Credito fotografico',
  byAuthor: (name) => `di ${name}`,

  articleNavigation: 'Altri articoli',
  previousArticle: 'Articolo precedente',
  nextArticle: 'Articolo successivo',
  errorLoadNeighbours: 'Impossibile caricare l’articolo precedente e quello successivo.',

  comments: 'Commenti',
  commentCount: (n) => (isOne(n) ? `${n} commento` : `${n} commenti`),
  noComments: 'Ancora nessun commento. Sia il primo a commentare.',
  loadMoreComments: 'Mostra altri commenti',
  reply: 'Rispondi',
  replyTo: (name) => `Rispondi a ${name}`,
  cancelReply: 'Annulla risposta',
  leaveReply: 'Lasci un commento',
  nameLabel: 'Nome',
  emailLabel: 'Email',
  websiteLabel: 'Sito web',
  commentLabel: 'Commento',
  required: 'obbligatorio',
  emailNotPublished: 'Il suo indirizzo email non sarà pubblicato.',
  rememberMe: 'Salva il mio nome, email e sito web in questo browser per la prossima volta che commento.',
  submit: 'Invia commento',
  submitting: 'Invio in corso…',
  charactersLeft: (n) => (isOne(n) ? `Resta ${n} carattere` : `Restano ${n} caratteri`),
  enterName: 'Inserisca il suo nome.',
  enterEmail: 'Inserisca il suo indirizzo email.',
  invalidEmail: 'Inserisca un indirizzo email valido.',
  invalidUrl: 'Inserisca un indirizzo web che inizi con http:// o https://.',
  enterComment: 'Scriva il suo commento.',
  commentTooLong: (max) => `Il commento è troppo lungo: al massimo ${max} caratteri.`,
  fixErrors: (n) => (isOne(n) ? `Corregga ${n} campo.` : `Corregga ${n} campi.`),
  commentPosted: 'Il suo commento è stato pubblicato.',
  awaitingModeration: 'Il suo commento è in attesa di moderazione.',
  inReplyTo: (name) => `In risposta a ${name}`,
  commentWritten: (name, date) => `${name} ha scritto ${onDate(date)}`,
  avatarOf: (name) => `Avatar di ${name}`,
  errorPost: 'Impossibile pubblicare il commento. Il suo testo è stato conservato: riprovi.',
  errorDuplicate: 'Commento duplicato: sembra che lo abbia già scritto.',
  errorFlood: 'Sta pubblicando commenti troppo velocemente. Attenda un momento.',
  errorClosed: 'I commenti a questo articolo sono chiusi.',
  errorLoginRequired: 'Questo sito accetta solo commenti di utenti che hanno effettuato l’accesso.',
  errorInvalidPost: 'Non è possibile commentare questo articolo.',
  errorInvalidParent: 'Il commento a cui sta rispondendo non esiste più.',
  errorAuthorDataRequired: 'Questo sito richiede il suo nome e il suo indirizzo email.',
  errorServerSaid: (message) => `Messaggio del server: ${message}`,

  // Live threads, signed-in readers, unanswered posts
  newComments: (n) => (isOne(n) ? '1 nuovo commento' : `${n} nuovi commenti`),
  sessionExpired: 'La sessione è scaduta: ora commenta come ospite. Il testo resta; ricarichi la pagina per commentare di nuovo con il suo account.',
  errorPostUncertain: 'Il server non ha risposto in tempo; il commento potrebbe essere già arrivato. Riprovando si verifica prima, così non viene mai pubblicato due volte.',
  // Comment counts
  commentCountNone: 'Nessun commento',
  commentCountUnavailable: 'numero non disponibile',
  // Transport: byte cap, web page instead of data, offline, redirected POST
  errorTooLarge: (mb) => `La risposta del server è troppo grande (oltre ${mb.toLocaleString('it')} MB).`,
  errorWebPage: (title) => (title ? `Il server ha inviato una pagina web invece dei dati: «${title}».` : 'Il server ha inviato una pagina web invece dei dati.'),
  errorOffline: 'Nessuna connessione. Il contenuto verrà ricaricato appena la connessione sarà di nuovo disponibile.',
  errorRedirect: 'Il server ha reindirizzato la richiesta, che quindi non è stata inviata.',
  errorPostOffline: 'Sei offline, quindi il commento non è stato inviato. Resta qui: invialo di nuovo quando sarai di nuovo online.',
  // Comment links, order, signed-in readers
  commentLink: 'Link al commento',
  copyLink: 'Copia link',
  copyLinkOf: (name) => ` (commento di ${name})`,
  linkCopied: 'Link copiato',
  linkCopyFailed: 'Non è stato possibile copiare il link.',
  linkedCommentMissing: 'Il commento collegato non è in questa discussione: potrebbe essere in attesa di moderazione o essere stato rimosso.',
  newestFirst: 'Prima i più recenti',
  signedInAs: (name) => `Accesso effettuato come ${name}`,
};

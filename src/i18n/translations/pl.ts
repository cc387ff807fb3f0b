import type { Translation } from '../translation.js';

const plural = new Intl.PluralRules('pl');

/**
 * Polish has four forms: one (1), few (2–4, 22–24 …), many (5–21, 25 …) and other (fractions,
 * which take the genitive singular: "1,5 komentarza").
 */
const forms = (n: number, one: string, few: string, many: string, other: string) =>
  ({ one, few, many })[plural.select(n) as 'one' | 'few' | 'many'] ?? other;

/** Polish, polite and impersonal ("Prosimy …"), as a Polish news site writes it. */
export const pl: Translation = {
  $code: 'pl',
  $dir: 'ltr',

  loading: 'Ładowanie…',
  loadingArticles: 'Ładowanie artykułów…',
  retry: 'Spróbuj ponownie',
  errorLoadArticles: 'Nie udało się wczytać artykułów.',
  errorLoadComments: 'Nie udało się wczytać komentarzy.',
  errorNetwork: 'Nie można połączyć się z serwerem. Prosimy sprawdzić połączenie z internetem.',
  errorTimeout: 'Serwer zbyt długo nie odpowiadał.',
  errorHttp: (status) => `Serwer odpowiedział błędem (${status}).`,
  errorParse: 'Serwer przesłał odpowiedź, która nie jest czytelną listą.',
  errorFormat: 'Pod tym adresem nie ma artykułów w obsługiwanym formacie.',
  errorNoSource: 'Dla tego elementu nie skonfigurowano źródła.',

  articles: 'Artykuły',
  noArticles: 'Nie ma jeszcze żadnych artykułów.',
  photoCredit: 'Źródło zdjęcia',
  byAuthor: (name) => `Autor: ${name}`,

  articleNavigation: 'Więcej artykułów',
  previousArticle: 'Poprzedni artykuł',
  nextArticle: 'Następny artykuł',
  errorLoadNeighbours: 'Nie udało się wczytać poprzedniego ani następnego artykułu.',

  comments: 'Komentarze',
  commentCount: (n) => `${n} ${forms(n, 'komentarz', 'komentarze', 'komentarzy', 'komentarza')}`,
  noComments: 'Nie ma jeszcze komentarzy. Zachęcamy do dodania pierwszego.',
  loadMoreComments: 'Pokaż więcej komentarzy',
  reply: 'Odpowiedz',
  replyTo: (name) => `Odpowiedz użytkownikowi ${name}`,
  cancelReply: 'Anuluj odpowiedź',
  leaveReply: 'Dodaj komentarz',
  nameLabel: 'Imię',
  emailLabel: 'E-mail',
  websiteLabel: 'Strona internetowa',
  commentLabel: 'Komentarz',
  required: 'wymagane',
  emailNotPublished: 'Adres e-mail nie zostanie opublikowany.',
  rememberMe: 'Zapamiętaj moje dane w tej przeglądarce podczas pisania kolejnych komentarzy.',
  submit: 'Opublikuj komentarz',
  submitting: 'Wysyłanie…',
  charactersLeft: (n) => forms(n, `Pozostał ${n} znak`, `Pozostały ${n} znaki`, `Pozostało ${n} znaków`, `Pozostało ${n} znaku`),
  enterName: 'Prosimy podać imię.',
  enterEmail: 'Prosimy podać adres e-mail.',
  invalidEmail: 'Prosimy podać prawidłowy adres e-mail.',
  invalidUrl: 'Prosimy podać adres strony zaczynający się od http:// lub https://.',
  enterComment: 'Prosimy wpisać treść komentarza.',
  commentTooLong: (max) => `Komentarz jest za długi: może mieć najwyżej ${max} ${forms(max, 'znak', 'znaki', 'znaków', 'znaku')}.`,
  fixErrors: (n) => `Prosimy poprawić ${n} ${forms(n, 'pole', 'pola', 'pól', 'pola')}.`,
  commentPosted: 'Komentarz został opublikowany.',
  awaitingModeration: 'Komentarz oczekuje na moderację.',
  inReplyTo: (name) => `W odpowiedzi na komentarz: ${name}`,
  errorPost: 'Nie udało się opublikować komentarza. Tekst został zachowany – prosimy spróbować ponownie.',
  errorDuplicate: 'Wykryto zduplikowany komentarz: wygląda na to, że ten tekst został już wysłany.',
  errorFlood: 'Komentarze są dodawane zbyt szybko. Prosimy chwilę poczekać.',
  errorClosed: 'Komentarze do tego artykułu są wyłączone.',
  errorLoginRequired: 'Ta witryna przyjmuje komentarze tylko od zalogowanych użytkowników.',
  errorInvalidPost: 'Tego artykułu nie można komentować.',
  errorInvalidParent: 'Komentarz, na który ma zostać udzielona odpowiedź, już nie istnieje.',
  errorAuthorDataRequired: 'Ta witryna wymaga podania imienia i adresu e-mail.',
  errorServerSaid: (message) => `Komunikat serwera: ${message}`,

  // Live threads, signed-in readers, unanswered posts
  newComments: (n) => `${n} ${forms(n, 'nowy komentarz', 'nowe komentarze', 'nowych komentarzy', 'nowego komentarza')}`,
  sessionExpired: 'Sesja wygasła: komentarz zostanie wysłany jako gość. Tekst został zachowany; aby komentować z konta, prosimy odświeżyć stronę.',
  errorPostUncertain: 'Serwer nie odpowiedział na czas; komentarz mógł już dotrzeć. Ponowna próba najpierw to sprawdzi, więc nigdy nie zostanie opublikowany dwa razy.',
  // Comment counts
  commentCountNone: 'Brak komentarzy',
  commentCountUnavailable: 'liczba niedostępna',
  // Transport: byte cap, web page instead of data, offline, redirected POST
  errorTooLarge: (mb) => `Odpowiedź serwera jest zbyt duża (ponad ${mb.toLocaleString('pl')} MB).`,
  errorWebPage: (title) => (title ? `Serwer przesłał stronę internetową zamiast danych: „${title}”.` : 'Serwer przesłał stronę internetową zamiast danych.'),
  errorOffline: 'Brak połączenia z internetem. Treść zostanie wczytana ponownie po przywróceniu połączenia.',
  errorRedirect: 'Serwer przekierował żądanie, dlatego nie zostało ono wysłane.',
  errorPostOffline: 'Jesteś offline, więc komentarz nie został wysłany. Zostaje tutaj: wyślij go ponownie, gdy połączenie wróci.',
  // Comment links, order, signed-in readers
  commentLink: 'Link do komentarza',
  copyLink: 'Kopiuj link',
  copyLinkOf: (name) => ` (komentarz: ${name})`,
  linkCopied: 'Skopiowano link',
  linkCopyFailed: 'Nie udało się skopiować linku.',
  linkedCommentMissing: 'Wskazanego komentarza nie ma w tej dyskusji: może czekać na moderację lub został usunięty.',
  newestFirst: 'Najnowsze najpierw',
  signedInAs: (name) => `Zalogowano jako ${name}`,
};

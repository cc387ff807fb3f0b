/**
 * The demo site's content: a regional news site with eight articles a day apart, their
 * authors, categories and lead photos, and the comments a fresh install starts with.
 * Plain data, no I/O: the API and the tests both read it.
 */
import type { SceneName } from './images.js';

/** The site as WordPress describes itself (`/wp-json/`, feeds). */
export const SITE = {
  name: 'Saarpfalz-Kurier',
  description: 'Nachrichten aus Homburg, Bexbach, Blieskastel und der Region',
  language: 'de-DE',
  timeZone: 'Europe/Berlin',
} as const;

export interface DemoAuthor {
  id: number;
  name: string;
  slug: string;
  description: string;
}

export interface DemoCategory {
  id: number;
  name: string;
  slug: string;
}

export interface DemoMedia {
  id: number;
  /** Alternative text of the photo. */
  alt: string;
  /** Photo credit as plain text, e.g. "Foto: MIBS/C. Stoll". */
  credit: string;
  /** Title of the attachment. */
  title: string;
  scene: SceneName;
}

export interface DemoPost {
  id: number;
  slug: string;
  /** Publication date in the site's time zone, as WordPress stores `post_date`. */
  date: string;
  /** Plain text with typographic quotes and dashes; the API encodes them as WordPress does. */
  title: string;
  /** Plain text teaser. */
  excerpt: string;
  /** Article body: our own trusted HTML (paragraphs and subheadings). */
  content: string;
  author: number;
  categories: number[];
  media: DemoMedia;
}

/** A comment as the store keeps it: `content` exactly as the commenter sent it (or seeded). */
export interface StoredComment {
  id: number;
  post: number;
  parent: number;
  author_name: string;
  author_email: string;
  author_url: string;
  /** Site-local date, like WordPress `comment_date`. */
  date: string;
  /** UTC date without zone, like WordPress `comment_date_gmt`. */
  date_gmt: string;
  content: string;
  status: 'approved' | 'hold';
  /** The signed-in user who wrote it (WordPress `user_id`); absent for guests. */
  user_id?: number;
}

export const AUTHORS: DemoAuthor[] = [
  { id: 2, name: 'Katrin Weber', slug: 'kweber', description: 'Lokalredaktion Homburg' },
  { id: 3, name: 'Jonas Hoffmann', slug: 'jhoffmann', description: 'Lokalredaktion Bexbach und Kirkel' },
  { id: 4, name: 'Miriam Schäfer', slug: 'mschaefer', description: 'Sport und Vereine' },
];

export const CATEGORIES: DemoCategory[] = [
  { id: 3, name: 'Innere Sicherheit', slug: 'innere-sicherheit' },
  { id: 4, name: 'Bildung', slug: 'bildung' },
  { id: 5, name: 'Sport', slug: 'sport' },
  { id: 6, name: 'Verkehr', slug: 'verkehr' },
  { id: 7, name: 'Kultur & Freizeit', slug: 'kultur-freizeit' },
  { id: 8, name: 'Katastrophenschutz', slug: 'katastrophenschutz' },
  { id: 9, name: 'Umwelt', slug: 'umwelt' },
  { id: 10, name: 'Saarpfalz-Kreis', slug: 'saarpfalz-kreis' },
];

const p = (...paragraphs: string[]) => paragraphs.map((text) => (text.startsWith('<h2>') ? text : `<p>${text}</p>`)).join('\n\n');

/** Oldest first; ids leave gaps like a real WordPress, where attachments take ids too. */
export const POSTS: DemoPost[] = [
  {
    id: 14,
    slug: 'sanierung-der-l-119-vollsperrung-zwischen-kirkel-und-limbach',
    date: '2025-09-01T09:30:00',
    title: 'Sanierung der L 119: Vollsperrung zwischen Kirkel und Limbach ab Montag',
    excerpt: 'Der Landesbetrieb für Straßenbau erneuert die Fahrbahn auf rund zwei Kilometern. Die Umleitung führt über Bexbach – Pendler sollten mehr Zeit einplanen.',
    content: p(
      'Der Landesbetrieb für Straßenbau (LfS) beginnt am Montag mit der Sanierung der L 119 zwischen Kirkel und Limbach. Auf einer Länge von rund zwei Kilometern werden Fahrbahn, Bankette und zwei Durchlässe erneuert. Die Strecke ist dafür voraussichtlich bis Mitte Oktober voll gesperrt.',
      'Die Umleitung ist ausgeschildert und führt über Bexbach und die A 6. Der Linienbus 501 fährt eine geänderte Route; die Haltestelle „Kirkel Waldweg“ entfällt während der Bauzeit. Radfahrerinnen und Radfahrer können den parallel verlaufenden Wirtschaftsweg nutzen.',
      '<h2>Arbeiten auch am Wochenende</h2>',
      'Um die Sperrung kurz zu halten, wird an einzelnen Samstagen gearbeitet. Anliegerinnen und Anlieger werden vorab per Handzettel informiert. Die Kosten von rund 1,8 Millionen Euro trägt das Land.',
    ),
    author: 3,
    categories: [6, 10],
    media: { id: 15, title: 'Baustelle an der L 119', alt: 'Absperrbaken und ein Bagger auf der gesperrten Landstraße in der Abenddämmerung', credit: 'Foto: LfS/T. Brandt', scene: 'roadworks' },
  },
  {
    id: 17,
    slug: 'aktion-faire-schultuete-eine-welt-laeden-unterstuetzen-erstklaessler',
    date: '2025-09-02T10:15:00',
    title: 'Aktion „Faire Schultüte“: Eine-Welt-Läden unterstützen Erstklässler',
    excerpt: 'Zum Schulanfang füllen Eine-Welt-Läden in Homburg und Blieskastel Schultüten mit fair gehandelten Süßigkeiten und Schulsachen.',
    content: p(
      'Zum Schulstart beteiligen sich in diesem Jahr auch die Eine-Welt-Läden in Homburg und Blieskastel an der landesweiten Aktion „Faire Schultüte“. Eltern, Großeltern und Paten können dort Schultüten mit fair gehandelter Schokolade, Trockenobst und Stiften aus nachhaltiger Produktion zusammenstellen lassen.',
      'Die Aktion soll schon die Jüngsten mit dem fairen Handel vertraut machen. „Kinder verstehen sehr gut, dass andere Kinder für ihre Arbeit gerecht bezahlt werden sollen“, sagt eine Mitarbeiterin des Homburger Ladens.',
      'Für Familien mit kleinem Geldbeutel gibt es Gutscheine, die Schulsozialarbeit und Kirchengemeinden ausgeben. Die Schultüten können bis Ende der Woche vorbestellt werden.',
    ),
    author: 2,
    categories: [4, 10],
    media: { id: 18, title: 'Faire Schultüten', alt: 'Drei bunte Schultüten mit Äpfeln auf einem Tisch vor einer Schultafel', credit: 'Foto: Eine-Welt-Laden Homburg', scene: 'schooltuete' },
  },
  {
    id: 20,
    slug: 'sportstaettenfoerderung-land-unterstuetzt-sanierung-von-vereinsheimen',
    date: '2025-09-03T11:00:00',
    title: 'Sportstättenförderung: 2,4 Millionen Euro für Vereinsheime und Kunstrasenplätze',
    excerpt: 'Mit einem neuen Förderaufruf unterstützt das Land Sportvereine bei der energetischen Sanierung ihrer Vereinsheime – auch drei Vereine aus dem Saarpfalz-Kreis.',
    content: p(
      'Das Land stellt in diesem Jahr 2,4 Millionen Euro für die Sanierung von Sportstätten bereit. Gefördert werden vor allem energetische Maßnahmen: neue Heizungen, gedämmte Dächer, Photovoltaik und LED-Flutlicht. Auch der Umbau von Tennenplätzen zu Kunstrasenplätzen ist förderfähig.',
      'Aus dem Saarpfalz-Kreis erhalten der SV Kirrberg, die SG Bexbach und der TuS Wörschweiler Zuschüsse. Beim SV Kirrberg soll das Vereinsheim eine Solaranlage bekommen, die Flutlicht und Duschen versorgt.',
      'Vereine müssen einen Eigenanteil von 20 Prozent tragen, der auch als Arbeitsleistung erbracht werden kann. Anträge für die nächste Runde sind bis zum 30. November beim Landessportverband einzureichen.',
    ),
    author: 4,
    categories: [5],
    media: { id: 21, title: 'Sportplatz mit neuem Flutlicht', alt: 'Fußballplatz mit Tor, Flutlichtmasten und Vereinsheim mit Solardach', credit: 'Foto: LSVS/M. Jung', scene: 'sports' },
  },
  {
    id: 23,
    slug: 'sicherheitspartnerschaft-mit-bexbach',
    date: '2025-09-04T10:15:00',
    title: 'Sicherheitspartnerschaft mit Bexbach – mehr Streifen, mehr Licht, mehr Prävention',
    excerpt: 'Das Innenministerium und die Stadt Bexbach arbeiten künftig in einer Sicherheitspartnerschaft zusammen: gemeinsame Streifen, feste Sprechstunden und Präventionsabende.',
    content: p(
      'Das Ministerium für Inneres, Bauen und Sport und die Stadt Bexbach haben am Mittwoch im Bexbacher Rathaus eine Sicherheitspartnerschaft unterzeichnet. Ziel der Vereinbarung ist es, das Sicherheitsgefühl der Bürgerinnen und Bürger zu stärken und Polizei, Ordnungsamt und Stadtgesellschaft enger miteinander zu vernetzen.',
      'Kern der Partnerschaft sind gemeinsame Streifen von Landespolizei und kommunalem Ordnungsdienst an Orten, die von der Bevölkerung als unsicher empfunden werden – etwa rund um den Bahnhof, im Bereich der Innenstadt und an den Bushaltestellen am Abend. Zudem wird ein fester Ansprechpartner der Polizeiinspektion Homburg regelmäßige Sprechstunden im Rathaus anbieten.',
      '<h2>Prävention und Beteiligung</h2>',
      'Neben mehr Präsenz setzt die Vereinbarung auf Vorbeugung: Die Polizeiliche Kriminalprävention wird Informationsabende zum Schutz vor Einbrüchen und Trickbetrug anbieten, gerade auch für ältere Menschen. Schulen und Vereine sollen in Präventionsprojekte eingebunden werden.',
      '„Sicherheit entsteht dort, wo Land und Kommune an einem Strang ziehen“, hieß es bei der Unterzeichnung. Die Stadt verpflichtet sich unter anderem, dunkle Wege besser auszuleuchten und Hinweise aus der Bevölkerung schnell an die zuständigen Stellen weiterzugeben.',
      'Bexbach ist damit eine weitere saarländische Kommune mit einer solchen Partnerschaft. Nach einem Jahr wollen Ministerium und Stadt gemeinsam Bilanz ziehen und die Maßnahmen gegebenenfalls anpassen.',
    ),
    author: 3,
    categories: [3, 10],
    media: { id: 24, title: 'Unterzeichnung der Sicherheitspartnerschaft in Bexbach', alt: 'Das Bexbacher Rathaus am Abend, davor ein Streifenwagen der Polizei', credit: 'Foto: MIBS/C. Stoll', scene: 'townhall' },
  },
  {
    id: 26,
    slug: 'dorffest-in-niederwuerzbach-drei-tage-musik-handwerk-und-lichter-am-weiher',
    date: '2025-09-05T08:45:00',
    title: 'Dorffest in Niederwürzbach: Drei Tage Musik, Handwerk und Lichter am Weiher',
    excerpt: 'Vom Freitag an feiert Niederwürzbach sein Dorffest rund um den Weiher – mit Blasmusik, Handwerkermarkt und einer Lichterfahrt der Ruderboote am Samstagabend.',
    content: p(
      'Niederwürzbach feiert von Freitag bis Sonntag sein traditionelles Dorffest. Rund um den Weiher bauen Vereine ihre Stände auf, auf der Bühne am Festplatz spielen Blaskapellen und Bands aus der Region.',
      'Höhepunkt ist am Samstagabend die Lichterfahrt: Beleuchtete Ruderboote ziehen über den Weiher, begleitet von Musik. Am Sonntag zeigen Handwerkerinnen und Handwerker auf dem Markt, wie Körbe geflochten, Holz gedrechselt und Brot im Steinofen gebacken wird.',
      'Der Eintritt ist frei. Die Veranstalter bitten darum, mit dem Bus oder dem Fahrrad anzureisen; der Parkplatz am Weiher bleibt für Menschen mit Behinderung reserviert.',
    ),
    author: 2,
    categories: [7, 10],
    media: { id: 27, title: 'Lichterfest am Weiher', alt: 'Festzelt und Lichterketten am Ufer eines Weihers in der Abenddämmerung', credit: 'Foto: Gemeinde Blieskastel', scene: 'festival' },
  },
  {
    id: 29,
    slug: 'tag-der-offenen-tuer-bei-der-polizei',
    date: '2025-09-06T10:00:00',
    title: 'Tag der offenen Tür bei der Polizei – Hubschrauber, Hundestaffel und Fingerabdrücke',
    excerpt: 'Die saarländische Polizei öffnet am Sonntag ihre Türen. Besucherinnen und Besucher können Einsatzfahrzeuge besichtigen und mit Beamtinnen und Beamten ins Gespräch kommen.',
    content: p(
      'Die saarländische Polizei lädt am Sonntag von 10 bis 17 Uhr zum Tag der offenen Tür ein. Auf dem Gelände der Bereitschaftspolizei zeigen die Hubschrauberstaffel, die Diensthundestaffel und die Wasserschutzpolizei ihre Arbeit.',
      'Für Kinder gibt es einen Fahrradparcours, eine Fingerabdruck-Station und die Möglichkeit, in einem Streifenwagen Platz zu nehmen. Die Nachwuchswerbung informiert über Ausbildung und Studium bei der Polizei.',
      'Ein kostenloser Pendelbus fährt ab dem Hauptbahnhof im Halbstundentakt.',
    ),
    author: 3,
    categories: [3],
    media: { id: 30, title: 'Polizeihubschrauber beim Tag der offenen Tür', alt: 'Ein Polizeihubschrauber über einem Einsatzfahrzeug unter blauem Himmel', credit: 'Foto: Polizei Saarland', scene: 'police' },
  },
  {
    id: 32,
    slug: 'neue-einsatzfahrzeuge-fuer-den-katastrophenschutz-im-saarpfalz-kreis',
    date: '2025-09-07T11:30:00',
    title: 'Neue Einsatzfahrzeuge für den Katastrophenschutz im Saarpfalz-Kreis',
    excerpt: 'Das Land hat den Einheiten des Katastrophenschutzes im Saarpfalz-Kreis drei neue Löschfahrzeuge übergeben. Sie sind für Waldbrände und Hochwasser ausgerüstet.',
    content: p(
      'Drei neue Löschgruppenfahrzeuge für den Katastrophenschutz hat das Land am Samstag an die Feuerwehren in Homburg, Kirkel und Gersheim übergeben. Die Fahrzeuge sind geländegängig und haben einen Wassertank mit 3000 Litern.',
      'Sie sind für Einsätze bei Waldbränden und Hochwasser ausgerüstet, unter anderem mit Pumpen, Stromerzeugern und Beleuchtung. Die Kosten von knapp einer Million Euro trägt der Bund, das Land übernimmt die Ausbildung der Maschinistinnen und Maschinisten.',
    ),
    author: 2,
    categories: [8, 10],
    media: { id: 33, title: 'Übergabe der Löschfahrzeuge', alt: 'Zwei rote Löschfahrzeuge vor dem Feuerwehrgerätehaus', credit: 'Foto: Feuerwehr Homburg/S. Lang', scene: 'firetrucks' },
  },
  {
    id: 35,
    slug: 'streuobstwiesen-landkreis-startet-pflanzaktion-1000-baeume',
    date: '2025-09-08T09:00:00',
    title: 'Streuobstwiesen: Landkreis startet Pflanzaktion „1000 Bäume“',
    excerpt: 'Alte Apfel- und Birnensorten sollen auf die Wiesen der Biosphäre Bliesgau zurückkehren. Wer mitpflanzen will, kann sich ab sofort melden.',
    content: p(
      'Der Saarpfalz-Kreis will in den nächsten drei Jahren tausend Obstbäume auf Streuobstwiesen in der Biosphäre Bliesgau pflanzen. Gesetzt werden alte, regionale Sorten wie die „Saarländische Schafsnase“ oder die Palmischbirne.',
      'Private Grundstücksbesitzerinnen und -besitzer erhalten die Jungbäume kostenlos, wenn sie sich verpflichten, die Wiesen zehn Jahre lang zu pflegen. Obst- und Gartenbauvereine bieten dazu Schnittkurse an.',
      'Die erste Pflanzung findet im November in Gersheim statt; Freiwillige können sich bei der Biosphären-Geschäftsstelle melden.',
    ),
    author: 4,
    categories: [9, 10],
    media: { id: 36, title: 'Streuobstwiese im Bliesgau', alt: 'Apfelbäume mit roten Früchten auf einer Wiese vor sanften Hügeln', credit: 'Foto: Biosphärenzweckverband/A. Klein', scene: 'orchard' },
  },
];

/** The article the demo page shows (in the middle, so it has both neighbours). */
export const FEATURED_POST_ID = 23;

/** What a fresh demo starts with: a real-looking thread, one reply, and one hostile comment. */
export const SEED_COMMENTS: StoredComment[] = [
  {
    id: 2,
    post: 23,
    parent: 0,
    author_name: 'Maria Schneider',
    author_email: 'maria.schneider@example.org',
    author_url: '',
    date: '2025-09-04T14:12:00',
    date_gmt: '2025-09-04T12:12:00',
    content: '<p>Endlich! Gerade abends am Bahnhof habe ich mich in letzter Zeit nicht mehr wohlgefühlt.</p>\n<p>Mehr Präsenz von Polizei und Ordnungsamt ist ein gutes Signal.</p>\n',
    status: 'approved',
  },
  {
    id: 3,
    post: 23,
    parent: 2,
    author_name: 'Thomas Becker',
    author_email: 'thomas.becker@example.org',
    author_url: 'https://example.org/thomas',
    date: '2025-09-04T15:40:00',
    date_gmt: '2025-09-04T13:40:00',
    content: '<p>Sehe ich genauso. Wichtig wäre aber auch, dass die Beleuchtung in der Unterführung endlich repariert wird.</p>\n',
    status: 'approved',
  },
  {
    id: 4,
    post: 23,
    parent: 0,
    author_name: 'Sabine Klein <script>alert(1)</script>',
    author_email: 'sabine.klein@example.org',
    author_url: 'javascript:alert(document.cookie)',
    date: '2025-09-04T18:05:00',
    date_gmt: '2025-09-04T16:05:00',
    // Deliberately hostile, as a test of the widget's sanitizer: none of this may run or survive.
    content:
      '<p>Sehr <b>gute</b> Initiative! <img src=x onerror=alert(1)>Mehr dazu <a href="javascript:alert(document.cookie)">hier</a> und auf <a href="https://www.saarland.de/mibs">saarland.de</a>.<script>alert("xss")</script></p>\n<p style="position:fixed;inset:0;background:red" onclick="alert(2)">Danke an alle Beteiligten!</p>\n',
    status: 'approved',
  },
  {
    id: 5,
    post: 23,
    parent: 2,
    author_name: 'Peter Müller',
    author_email: 'peter.mueller@example.org',
    author_url: '',
    date: '2025-09-05T08:20:00',
    date_gmt: '2025-09-05T06:20:00',
    content: '<p>Die Sprechstunde im Rathaus finde ich am besten. Wann geht das los?</p>\n',
    status: 'approved',
  },
  {
    id: 6,
    post: 17,
    parent: 0,
    author_name: 'Anna Lehmann',
    author_email: 'anna.lehmann@example.org',
    author_url: '',
    date: '2025-09-02T19:30:00',
    date_gmt: '2025-09-02T17:30:00',
    content: '<p>Schöne Idee! Wir haben unsere Schultüte gestern abgeholt, die Kleine war begeistert.</p>\n',
    status: 'approved',
  },
];

/** The article with a long thread (140 comments over two pages), for paging and `#comment-ID` links (the oldest, so listings of recent posts stay light). */
export const LONG_THREAD_POST_ID = 14;
const LONG_THREAD_FIRST_ID = 1000;
const LONG_THREAD_LENGTH = 140;

const READERS = ['Jana Fischer', 'Uwe Krämer', 'Leonie Wagner', 'Horst Bauer', 'Aylin Demir', 'Stefan Zimmer', 'Monika Roth', 'Felix Schmitt', 'Greta Hahn', 'Mehmet Yilmaz', 'Ute Brandt', 'Karl Jung'];
const REMARKS = [
  'Endlich wird die L 119 saniert. Die Schlaglöcher vor Limbach waren schon gefährlich.',
  'Sechs Wochen Vollsperrung sind hart für alle, die jeden Tag nach Homburg pendeln.',
  'Die Umleitung über Kirkel-Neuhäusel ist morgens schon jetzt völlig überlastet.',
  'Gilt die Sperrung auch für Radfahrer? Der Radweg daneben wäre eine gute Lösung.',
  'Danke für die frühe Ankündigung, so kann man sich wenigstens darauf einstellen.',
  'Warum wird eigentlich immer in den Ferien gebaut, wenn ohnehin weniger Verkehr ist? Ach so, genau deshalb.',
  'Fährt der Bus 501 während der Bauzeit weiter bis zum Bahnhof?',
  'Hoffentlich wird diesmal auch die Entwässerung gemacht, beim letzten Starkregen stand die Straße unter Wasser.',
  'Die Anwohner in der Ortsdurchfahrt freuen sich sicher nicht über den Umleitungsverkehr.',
  'Gute Nachricht für alle Motorradfahrer: danach ist die Strecke wieder eine Freude.',
];

/** Comment i of the long thread: mostly top level, every fourth a reply, every tenth a reply to a reply. */
function longThreadComment(i: number): StoredComment {
  const id = LONG_THREAD_FIRST_ID + i;
  const parent = i >= 4 && i % 10 === 9 ? id - 1 : i >= 4 && i % 4 === 3 ? id - 3 : 0;
  const when = new Date(Date.UTC(2025, 8, 7, 10, 0) + i * 37 * 60_000);
  const gmt = when.toISOString().slice(0, 19);
  const local = new Date(when.getTime() + 2 * 3600_000).toISOString().slice(0, 19);
  const name = READERS[i % READERS.length];
  return {
    id,
    post: LONG_THREAD_POST_ID,
    parent,
    author_name: name,
    author_email: `${name.split(' ')[0].toLowerCase()}@example.org`,
    author_url: '',
    date: local,
    date_gmt: gmt,
    content: `<p>${REMARKS[(i * 7) % REMARKS.length]} (Nr. ${i + 1})</p>\n`,
    status: 'approved',
  };
}

SEED_COMMENTS.push(...Array.from({ length: LONG_THREAD_LENGTH }, (_, i) => longThreadComment(i)));

/** The next free comment id after the seed. */
export const SEED_NEXT_COMMENT_ID = LONG_THREAD_FIRST_ID + LONG_THREAD_LENGTH + 20;

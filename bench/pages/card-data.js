// The data of case (d), 1000 cards from attributes: the same for the widget and its floors.
const words = 'Polizei Ministerium Partnerschaft Stadt Land Sicherheit Bahnhof Abend Gespräch Besuch Programm Kinder Wochenende Rathaus Vertreter'.split(' ');
export function cardData(count) {
  const start = Date.UTC(2024, 8, 1, 8);
  return Array.from({ length: count }, (_, i) => ({
    href: `https://news.example/2024/09/meldung-${i}/`,
    headline: `Meldung ${i}: ${words[i % words.length]} und ${words[(i * 7) % words.length]} „im Gespräch“`,
    excerpt: `<p>Das <b>${words[(i * 3) % words.length]}</b> und die ${words[(i * 5) % words.length]} arbeiten zusammen: mehr Präsenz am ${words[(i * 11) % words.length]}, ${i} neue Termine.</p>`,
    image: `/media/2024/09/bild-${i % 50}.png`,
    imageAlt: `Bild zur Meldung ${i}`,
    credit: 'Foto: MIBS/C. Stoll',
    author: 'Redaktion MIBS',
    date: new Date(start - i * 3_600_000).toISOString(),
    category: i % 2 ? 'Innere Sicherheit' : 'Kommunales',
  }));
}

export const escapeAttr = (value) => String(value).replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

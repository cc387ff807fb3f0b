/**
 * The demo's "news photos": flat editorial illustrations drawn as 16:9 SVG, one scene per
 * article, generated here so the demo needs no binary files and nothing from the internet.
 */

export type SceneName = 'roadworks' | 'schooltuete' | 'sports' | 'townhall' | 'festival' | 'police' | 'firetrucks' | 'orchard';

export const IMAGE_WIDTH = 1200;
export const IMAGE_HEIGHT = 675;
const W = IMAGE_WIDTH;
const H = IMAGE_HEIGHT;

/** A small deterministic random generator, so each scene looks the same on every request. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

const sky = (id: string, stops: string[]) =>
  `<linearGradient id="${id}" x1="0" y1="0" x2="0" y2="1">${stops.map((c, i) => `<stop offset="${i / (stops.length - 1)}" stop-color="${c}"/>`).join('')}</linearGradient>`;

/** A rolling hill line from left to right at height `y`, filled down to the bottom. */
function hill(y: number, amplitude: number, color: string, seed: number, waves = 3): string {
  const rnd = random(seed);
  const step = W / waves;
  let d = `M0 ${H} L0 ${y}`;
  for (let i = 0; i < waves; i++) {
    const x0 = i * step;
    const peak = y - amplitude * (0.4 + rnd() * 0.6);
    const end = y - amplitude * rnd() * 0.3;
    d += ` C${x0 + step * 0.3} ${peak} ${x0 + step * 0.6} ${peak} ${x0 + step} ${end}`;
  }
  return `<path d="${d} L${W} ${H} Z" fill="${color}"/>`;
}

const sun = (x: number, y: number, r: number, color: string, glow = 0.25) =>
  `<circle cx="${x}" cy="${y}" r="${r * 2.2}" fill="${color}" opacity="${glow}"/><circle cx="${x}" cy="${y}" r="${r}" fill="${color}"/>`;

function tree(x: number, y: number, size: number, crown: string, trunk = '#5b4636', fruit?: string, seed = 1): string {
  const rnd = random(seed);
  let fruits = '';
  if (fruit) {
    for (let i = 0; i < 9; i++) {
      const a = rnd() * Math.PI * 2;
      const r = rnd() * size * 0.75;
      fruits += `<circle cx="${(x + Math.cos(a) * r).toFixed(1)}" cy="${(y - size * 1.4 + Math.sin(a) * r * 0.8).toFixed(1)}" r="${(size * 0.09).toFixed(1)}" fill="${fruit}"/>`;
    }
  }
  return `<rect x="${x - size * 0.1}" y="${y - size * 0.9}" width="${size * 0.2}" height="${size * 0.9}" rx="${size * 0.05}" fill="${trunk}"/>
    <ellipse cx="${x}" cy="${y - size * 1.4}" rx="${size}" ry="${size * 0.85}" fill="${crown}"/>
    <ellipse cx="${x - size * 0.3}" cy="${y - size * 1.6}" rx="${size * 0.5}" ry="${size * 0.4}" fill="#ffffff" opacity="0.12"/>${fruits}`;
}

const pine = (x: number, y: number, h: number, color: string) =>
  `<path d="M${x} ${y - h} L${x + h * 0.28} ${y} L${x - h * 0.28} ${y} Z" fill="${color}"/>`;

function stars(count: number, maxY: number, seed: number): string {
  const rnd = random(seed);
  return Array.from({ length: count }, () => `<circle cx="${(rnd() * W).toFixed(0)}" cy="${(rnd() * maxY).toFixed(0)}" r="${(0.8 + rnd() * 1.6).toFixed(1)}" fill="#fff" opacity="${(0.35 + rnd() * 0.6).toFixed(2)}"/>`).join('');
}

function cloud(x: number, y: number, s: number, color = '#ffffff', opacity = 0.85): string {
  return `<g fill="${color}" opacity="${opacity}"><ellipse cx="${x}" cy="${y}" rx="${70 * s}" ry="${26 * s}"/><ellipse cx="${x - 35 * s}" cy="${y - 14 * s}" rx="${36 * s}" ry="${28 * s}"/><ellipse cx="${x + 22 * s}" cy="${y - 22 * s}" rx="${42 * s}" ry="${34 * s}"/></g>`;
}

/** A side-view vehicle body with wheels; `stripe` draws a livery band. */
function vehicle(x: number, y: number, w: number, h: number, body: string, stripe: string, cab = true): string {
  const wheel = (cx: number) => `<circle cx="${cx}" cy="${y + h}" r="${h * 0.28}" fill="#1f2328"/><circle cx="${cx}" cy="${y + h}" r="${h * 0.12}" fill="#9aa3ad"/>`;
  const cabin = cab
    ? `<path d="M${x + w * 0.72} ${y} L${x + w * 0.9} ${y} L${x + w} ${y + h * 0.45} L${x + w} ${y + h} L${x + w * 0.72} ${y + h} Z" fill="${body}"/><path d="M${x + w * 0.76} ${y + h * 0.1} L${x + w * 0.88} ${y + h * 0.1} L${x + w * 0.95} ${y + h * 0.42} L${x + w * 0.76} ${y + h * 0.42} Z" fill="#bfe0f5"/>`
    : '';
  return `<g><rect x="${x}" y="${y}" width="${cab ? w * 0.72 : w}" height="${h}" rx="${h * 0.08}" fill="${body}"/>${cabin}
    <rect x="${x}" y="${y + h * 0.55}" width="${w}" height="${h * 0.14}" fill="${stripe}"/>${wheel(x + w * 0.18)}${wheel(x + w * 0.82)}</g>`;
}

const beacon = (x: number, y: number, color = '#3d8bff') =>
  `<circle cx="${x}" cy="${y}" r="26" fill="${color}" opacity="0.25"/><rect x="${x - 10}" y="${y - 6}" width="20" height="12" rx="4" fill="${color}"/>`;

const SCENES: Record<SceneName, () => string> = {
  roadworks: () => {
    const cones = [240, 420, 600, 780, 960]
      .map((x, i) => {
        const s = 0.7 + i * 0.08;
        const y = 560 + i * 4;
        return `<path d="M${x} ${y - 70 * s} L${x + 22 * s} ${y} L${x - 22 * s} ${y} Z" fill="#f26b1d"/><rect x="${x - 15 * s}" y="${y - 42 * s}" width="${30 * s}" height="${10 * s}" fill="#fff"/><rect x="${x - 30 * s}" y="${y}" width="${60 * s}" height="${8 * s}" rx="2" fill="#3a3a3a"/>`;
      })
      .join('');
    const barrier = (x: number, y: number) =>
      `<g><rect x="${x}" y="${y}" width="180" height="34" fill="#fff"/>${[0, 1, 2, 3].map((i) => `<path d="M${x + i * 48} ${y + 34} L${x + i * 48 + 24} ${y} L${x + i * 48 + 46} ${y} L${x + i * 48 + 22} ${y + 34} Z" fill="#d7261e"/>`).join('')}<rect x="${x + 16}" y="${y + 34}" width="8" height="60" fill="#555"/><rect x="${x + 156}" y="${y + 34}" width="8" height="60" fill="#555"/>${beacon(x + 20, y - 10, '#ffb300')}</g>`;
    return `<defs>${sky('s', ['#1e3a5f', '#c85a3a', '#f7b267'])}</defs>
      <rect width="${W}" height="${H}" fill="url(#s)"/>${sun(880, 380, 60, '#ffd27a', 0.3)}
      ${hill(390, 80, '#5a4a6b', 11)}${hill(430, 50, '#3b3552', 12, 4)}
      ${[60, 130, 1080, 1150].map((x, i) => pine(x, 440, 120 + i * 10, '#2a2540')).join('')}
      <path d="M0 ${H} L520 430 L680 430 L${W} ${H} Z" fill="#3d3d45"/>
      <path d="M596 440 L604 440 L612 480 L588 480 Z M583 510 L617 510 L628 570 L572 570 Z M562 610 L638 610 L652 ${H} L548 ${H} Z" fill="#f2d16b"/>
      <g transform="translate(760 360)"><rect x="0" y="70" width="220" height="60" rx="10" fill="#f5b700"/><rect x="30" y="20" width="90" height="60" rx="6" fill="#f5b700"/><rect x="42" y="30" width="60" height="34" fill="#bfe0f5" opacity="0.8"/><path d="M110 40 L250 -30 L265 -14 L130 62 Z" fill="#e0a200"/><path d="M250 -30 L300 40 L270 60 L240 10 Z" fill="#e0a200"/><rect x="-10" y="130" width="240" height="36" rx="18" fill="#2b2b2b"/>${[20, 70, 120, 170].map((cx) => `<circle cx="${cx + 10}" cy="148" r="12" fill="#666"/>`).join('')}</g>
      ${barrier(140, 470)}${barrier(330, 500)}${cones}`;
  },
  schooltuete: () => {
    const cone = (x: number, tilt: number, colors: [string, string], tissue: string) =>
      `<g transform="rotate(${tilt} ${x} 600)"><path d="M${x} 600 L${x - 95} 170 L${x + 95} 170 Z" fill="${colors[0]}"/>${[0, 1, 2, 3].map((i) => `<path d="M${x - 95 + i * 14} ${230 + i * 95} L${x + 95 - i * 14} ${200 + i * 95} L${x + 95 - i * 16} ${230 + i * 95} L${x - 95 + i * 16} ${260 + i * 95} Z" fill="${colors[1]}"/>`).join('')}<path d="M${x - 100} 175 C${x - 80} 90 ${x - 40} 110 ${x - 20} 60 C${x} 110 ${x + 60} 80 ${x + 100} 175 Z" fill="${tissue}"/><path d="M${x - 20} 60 L${x - 5} 110 L${x - 35} 110 Z" fill="#fff" opacity="0.4"/><circle cx="${x - 10}" cy="155" r="9" fill="#fff" opacity="0.9"/></g>`;
    return `<defs>${sky('s', ['#f4e3c6', '#efd2a4'])}<linearGradient id="t" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="#9c6b43"/><stop offset="1" stop-color="#7a5232"/></linearGradient></defs>
      <rect width="${W}" height="${H}" fill="url(#s)"/>
      <rect x="90" y="70" width="520" height="300" rx="10" fill="#7a5232"/><rect x="106" y="86" width="488" height="268" fill="#2f4a3c"/>
      <g fill="none" stroke="#f1efe6" stroke-width="6" stroke-linecap="round" opacity="0.85"><path d="M150 250 L180 170 L210 250 M162 220 L198 220"/><path d="M240 170 L240 250 M240 170 C290 170 290 208 240 208 C300 208 300 250 240 250"/><path d="M370 185 C340 160 300 180 305 212 C310 250 350 255 372 235"/><path d="M420 240 C450 200 480 260 520 210" opacity="0.6"/></g>
      <circle cx="1000" cy="150" r="70" fill="#fff6e0"/><path d="M1000 95 L1000 150 L1040 170" stroke="#7a5232" stroke-width="8" fill="none" stroke-linecap="round"/><circle cx="1000" cy="150" r="70" fill="none" stroke="#7a5232" stroke-width="8"/>
      <rect x="0" y="560" width="${W}" height="115" fill="url(#t)"/><rect x="0" y="552" width="${W}" height="14" fill="#b07c50"/>
      ${cone(480, -8, ['#e63946', '#f1c40f'], '#2a9d8f')}${cone(680, 4, ['#3a86ff', '#ffbe0b'], '#ff006e')}${cone(880, 12, ['#2a9d8f', '#f4a261'], '#8338ec')}
      <circle cx="300" cy="590" r="38" fill="#d62828"/><circle cx="300" cy="590" r="38" fill="#fff" opacity="0.08"/><path d="M300 552 C305 540 312 535 320 532" stroke="#5b4636" stroke-width="5" fill="none"/><ellipse cx="325" cy="540" rx="16" ry="8" fill="#4caf50"/>
      <circle cx="1070" cy="595" r="34" fill="#8ac926"/><path d="M1070 561 L1072 545" stroke="#5b4636" stroke-width="5"/>
      <rect x="150" y="600" width="90" height="14" rx="7" fill="#ffbe0b" transform="rotate(-12 195 607)"/>`;
  },
  sports: () =>
    `<defs>${sky('s', ['#4a90d9', '#a8d5f2', '#e9f6ff'])}<linearGradient id="g" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="#5fae4f"/><stop offset="1" stop-color="#2f7d32"/></linearGradient></defs>
      <rect width="${W}" height="${H}" fill="url(#s)"/>${sun(190, 120, 50, '#fff3b0', 0.35)}${cloud(520, 110, 1.1)}${cloud(980, 80, 0.8)}
      ${hill(360, 60, '#7fb069', 21)}${[80, 140, 200, 1020, 1090, 1160].map((x, i) => tree(x, 370, 34 + (i % 3) * 6, '#3f7d3a')).join('')}
      <g><rect x="760" y="270" width="330" height="110" fill="#e8e1d3"/><path d="M740 275 L925 180 L1110 275 Z" fill="#2d3e50"/>${[0, 1, 2, 3, 4].map((i) => `<path d="M${790 + i * 30} ${262 - i * 15} L${820 + i * 30} ${247 - i * 15}" stroke="#6fa8dc" stroke-width="22"/>`).join('')}
      ${[790, 880, 1010].map((x) => `<rect x="${x}" y="300" width="56" height="40" fill="#9ecae1"/>`).join('')}<rect x="940" y="310" width="44" height="70" fill="#8b5e3c"/></g>
      <path d="M0 ${H} L0 380 L${W} 380 L${W} ${H} Z" fill="url(#g)"/>
      ${[0, 1, 2, 3, 4, 5].map((i) => `<path d="M${i * 240 - 120} ${H} L${i * 200} 380 L${i * 200 + 100} 380 L${i * 240 + 120} ${H} Z" fill="#ffffff" opacity="0.04"/>`).join('')}
      <g stroke="#ffffff" stroke-width="5" fill="none" opacity="0.9"><path d="M40 ${H - 10} L180 400 L1020 400 L1160 ${H - 10}"/><path d="M600 400 L600 ${H}"/><ellipse cx="600" cy="520" rx="150" ry="55"/><path d="M330 400 L290 470 L450 470 L470 400"/></g>
      <g stroke="#ffffff" stroke-width="9" fill="none" stroke-linejoin="round"><path d="M350 470 L350 380 L450 380 L450 470"/></g><path d="M350 380 L450 380 L465 400 L365 400 Z" fill="#fff" opacity="0.35"/>
      ${[120, 1080].map((x) => `<rect x="${x - 6}" y="130" width="12" height="250" fill="#6b7b8c"/><rect x="${x - 40}" y="110" width="80" height="36" rx="4" fill="#3c4a57"/>${[0, 1, 2].map((i) => `<circle cx="${x - 24 + i * 24}" cy="128" r="9" fill="#fffbe0"/>`).join('')}`).join('')}
      <circle cx="640" cy="560" r="20" fill="#fff"/><path d="M628 552 L640 546 L652 552 L648 566 L632 566 Z" fill="#222"/>`,
  townhall: () => {
    const rnd = random(7);
    const windows = [0, 1, 2]
      .map((row) =>
        [0, 1, 2, 3, 4, 5]
          .map((col) => {
            const lit = rnd() > 0.35;
            return `<rect x="${370 + col * 80}" y="${250 + row * 80}" width="40" height="52" rx="20" ry="6" fill="${lit ? '#ffd98a' : '#2c3550'}"/>`;
          })
          .join(''),
      )
      .join('');
    return `<defs>${sky('s', ['#0f1a3a', '#33417a', '#d9897a'])}<radialGradient id="l" cx="0.5" cy="0.5" r="0.5"><stop offset="0" stop-color="#ffe7a8" stop-opacity="0.7"/><stop offset="1" stop-color="#ffe7a8" stop-opacity="0"/></radialGradient></defs>
      <rect width="${W}" height="${H}" fill="url(#s)"/>${stars(40, 220, 3)}<circle cx="1040" cy="110" r="34" fill="#f4f1de"/><circle cx="1056" cy="100" r="30" fill="#0f1a3a" opacity="0.9"/>
      ${hill(470, 40, '#1d2546', 31, 4)}
      <rect x="330" y="200" width="540" height="330" fill="#c9b79c"/><rect x="330" y="200" width="540" height="330" fill="#1b2140" opacity="0.28"/>
      <path d="M310 205 L600 110 L890 205 Z" fill="#6b3f3a"/><rect x="560" y="40" width="80" height="120" fill="#b8a488"/><path d="M550 45 L600 0 L650 45 Z" fill="#6b3f3a"/><circle cx="600" cy="95" r="24" fill="#f4f1de"/><path d="M600 80 L600 95 L612 102" stroke="#333" stroke-width="4" fill="none"/>
      ${windows}<rect x="565" y="440" width="70" height="90" rx="35" ry="10" fill="#4a2e2a"/><rect x="540" y="520" width="120" height="14" fill="#a49278"/>
      ${[360, 840].map((x) => `<rect x="${x}" y="150" width="4" height="80" fill="#ccc"/><path d="M${x + 4} 152 L${x + 54} 160 L${x + 4} 178 Z" fill="${x < 600 ? '#005aa0' : '#ffffff'}"/>`).join('')}
      <rect x="0" y="530" width="${W}" height="145" fill="#2a2f45"/><rect x="0" y="600" width="${W}" height="75" fill="#20243a"/>
      ${[140, 1060].map((x) => `<circle cx="${x}" cy="420" r="90" fill="url(#l)"/><rect x="${x - 4}" y="420" width="8" height="180" fill="#1a1d2e"/><rect x="${x - 16}" y="404" width="32" height="22" rx="4" fill="#ffe7a8"/>`).join('')}
      <g transform="translate(700 540)">${vehicle(0, 0, 300, 64, '#f2f4f7', '#1f5fbf')}${beacon(150, -8)}</g>
      <g fill="#121528"><circle cx="270" cy="520" r="16"/><rect x="256" y="536" width="28" height="64" rx="10"/><circle cx="310" cy="524" r="15"/><rect x="297" y="539" width="26" height="61" rx="10"/></g>`;
  },
  festival: () => {
    const rnd = random(5);
    const bulbs = (x1: number, y1: number, x2: number, y2: number, sag: number) => {
      const out: string[] = [`<path d="M${x1} ${y1} Q${(x1 + x2) / 2} ${(y1 + y2) / 2 + sag} ${x2} ${y2}" stroke="#2b2233" stroke-width="2" fill="none"/>`];
      for (let t = 0.05; t < 1; t += 0.07) {
        const x = (1 - t) ** 2 * x1 + 2 * (1 - t) * t * ((x1 + x2) / 2) + t ** 2 * x2;
        const y = (1 - t) ** 2 * y1 + 2 * (1 - t) * t * ((y1 + y2) / 2 + sag) + t ** 2 * y2;
        const color = ['#ffd166', '#ef476f', '#06d6a0', '#f4f1de'][Math.floor(rnd() * 4)];
        out.push(`<circle cx="${x.toFixed(1)}" cy="${(y + 8).toFixed(1)}" r="14" fill="${color}" opacity="0.25"/><circle cx="${x.toFixed(1)}" cy="${(y + 8).toFixed(1)}" r="6" fill="${color}"/>`);
      }
      return out.join('');
    };
    const boats = [260, 620, 930]
      .map((x, i) => `<g transform="translate(${x} ${560 + i * 12})"><path d="M-60 0 L60 0 L44 20 L-44 20 Z" fill="#3b2a3f"/><circle cx="0" cy="-18" r="26" fill="#ffd166" opacity="0.3"/><rect x="-6" y="-28" width="12" height="20" rx="3" fill="#ffd166"/><path d="M-60 34 L60 34" stroke="#ffd166" stroke-width="4" opacity="0.35"/></g>`)
      .join('');
    return `<defs>${sky('s', ['#1a1440', '#5b2a6e', '#e0736b'])}${sky('w', ['#3c2b5e', '#181233'])}</defs>
      <rect width="${W}" height="${H}" fill="url(#s)"/>${stars(55, 200, 9)}
      ${hill(400, 70, '#2f2350', 41)}${[40, 110, 180, 1000, 1070, 1140].map((x, i) => pine(x, 430, 110 + (i % 2) * 30, '#1d1636')).join('')}
      <path d="M380 440 L520 330 L660 440 Z" fill="#f4f1de"/><path d="M520 330 L560 440 L480 440 Z" fill="#e0736b" opacity="0.55"/><rect x="380" y="440" width="280" height="30" fill="#e8e1d3"/>
      <path d="M700 445 L790 370 L880 445 Z" fill="#ffd166"/><rect x="700" y="445" width="180" height="25" fill="#f3c14f"/>
      <rect x="0" y="470" width="${W}" height="205" fill="url(#w)"/>
      ${[0, 1, 2, 3, 4, 5, 6].map((i) => `<path d="M${80 + i * 160} ${510 + (i % 3) * 40} l90 0" stroke="#ffd166" stroke-width="3" opacity="0.25"/>`).join('')}
      ${bulbs(0, 120, 620, 150, 120)}${bulbs(580, 150, W, 110, 130)}${boats}`;
  },
  police: () => {
    const heli = `<g transform="translate(700 150)"><ellipse cx="0" cy="0" rx="110" ry="48" fill="#1f5fbf"/><path d="M-20 -30 C30 -42 80 -20 100 0 L20 0 Z" fill="#bfe0f5"/><rect x="-260" y="-12" width="170" height="18" rx="9" fill="#1f5fbf"/><path d="M-262 -46 L-240 -46 L-222 0 L-250 0 Z" fill="#174a96"/><rect x="-210" y="-70" width="420" height="8" rx="4" fill="#2d3748"/><rect x="-6" y="-64" width="12" height="20" fill="#2d3748"/><path d="M-70 48 L70 48 M-50 30 L-60 48 M50 30 L60 48" stroke="#2d3748" stroke-width="7" stroke-linecap="round"/><rect x="-92" y="2" width="184" height="12" fill="#f2f4f7"/></g>`;
    const balloons = [[140, 330, '#ef476f'], [185, 300, '#ffd166'], [225, 340, '#06d6a0']]
      .map(([x, y, c]) => `<path d="M${x} ${Number(y) + 40} C${Number(x) - 5} ${Number(y) + 100} ${Number(x) + 15} ${Number(y) + 140} 200 520" stroke="#555" stroke-width="2" fill="none"/><ellipse cx="${x}" cy="${y}" rx="30" ry="38" fill="${c}"/><ellipse cx="${Number(x) - 9}" cy="${Number(y) - 12}" rx="7" ry="11" fill="#fff" opacity="0.4"/>`)
      .join('');
    return `<defs>${sky('s', ['#2e86de', '#7fc4f5', '#dff1ff'])}</defs>
      <rect width="${W}" height="${H}" fill="url(#s)"/>${sun(1060, 100, 48, '#fff6c7', 0.35)}${cloud(260, 120, 1)}${cloud(1000, 230, 0.7)}
      ${hill(430, 60, '#86c06c', 51)}${hill(470, 30, '#5fa052', 52, 4)}
      ${heli}
      <rect x="0" y="500" width="${W}" height="175" fill="#b8bec6"/><rect x="0" y="500" width="${W}" height="10" fill="#9aa2ac"/>
      <g transform="translate(420 430)">${vehicle(0, 0, 420, 92, '#f2f4f7', '#1f5fbf')}${beacon(120, -12)}${beacon(240, -12)}<rect x="30" y="14" width="120" height="34" rx="4" fill="#bfe0f5"/><rect x="170" y="14" width="120" height="34" rx="4" fill="#bfe0f5"/></g>
      ${[940, 1020, 1100].map((x) => `<path d="M${x} 600 L${x + 18} 560 L${x + 36} 600 Z" fill="#f26b1d"/>`).join('')}${balloons}
      <g fill="#233"><circle cx="330" cy="500" r="14"/><rect x="318" y="514" width="24" height="56" rx="9"/><circle cx="372" cy="520" r="10"/><rect x="363" y="530" width="18" height="40" rx="7"/></g>`;
  },
  firetrucks: () =>
    `<defs>${sky('s', ['#f6a35b', '#f9d49a', '#fdf1d6'])}</defs>
      <rect width="${W}" height="${H}" fill="url(#s)"/>${sun(980, 170, 70, '#fff1c1', 0.4)}${cloud(300, 110, 0.9, '#fff8ea')}
      ${hill(380, 70, '#b8a27a', 61)}${[60, 150, 1100, 1170].map((x, i) => pine(x, 400, 120 + i * 12, '#6d6447')).join('')}
      <rect x="220" y="200" width="760" height="260" fill="#d9cbb4"/><path d="M200 210 L600 120 L1000 210 Z" fill="#8c3b2f"/>
      ${[260, 500, 740].map((x) => `<rect x="${x}" y="270" width="200" height="190" fill="#4a4f57"/>${[0, 1, 2, 3, 4, 5].map((i) => `<rect x="${x}" y="${276 + i * 31}" width="200" height="3" fill="#3a3e45"/>`).join('')}`).join('')}
      <rect x="560" y="150" width="80" height="40" rx="4" fill="#c0392b"/><path d="M585 182 L600 158 L615 182 Z" fill="#fff"/>
      <rect x="0" y="460" width="${W}" height="215" fill="#8d8f93"/><rect x="0" y="460" width="${W}" height="8" fill="#6f7175"/>
      ${[0, 1, 2, 3, 4].map((i) => `<path d="M${100 + i * 240} 640 L${180 + i * 240} 640" stroke="#f4f1de" stroke-width="8" opacity="0.6"/>`).join('')}
      <g transform="translate(120 420)">${vehicle(0, 0, 440, 120, '#c0392b', '#f4f1de')}${beacon(330, -14)}<rect x="20" y="20" width="280" height="60" rx="6" fill="#a93226"/>${[0, 1, 2, 3].map((i) => `<rect x="${30 + i * 68}" y="28" width="58" height="44" rx="3" fill="#d9534f"/>`).join('')}<rect x="10" y="-16" width="290" height="12" rx="6" fill="#9aa3ad"/></g>
      <g transform="translate(640 430)">${vehicle(0, 0, 400, 110, '#c0392b', '#f4f1de')}${beacon(300, -14)}<rect x="20" y="18" width="250" height="56" rx="6" fill="#a93226"/><rect x="10" y="-16" width="260" height="12" rx="6" fill="#9aa3ad"/></g>`,
  orchard: () => {
    const trees = [
      [150, 520, 70],
      [380, 470, 56],
      [560, 540, 80],
      [790, 480, 60],
      [1000, 535, 78],
      [260, 600, 60],
      [880, 610, 62],
    ]
      .map(([x, y, s], i) => tree(x, y, s, i % 2 ? '#4f8a3c' : '#5d9c45', '#6b4f3a', i % 3 === 1 ? '#f2c14e' : '#d62828', i + 3))
      .join('');
    return `<defs>${sky('s', ['#8ec5ff', '#cfe8ff', '#fff5dc'])}</defs>
      <rect width="${W}" height="${H}" fill="url(#s)"/>${sun(220, 130, 55, '#fff0b3', 0.4)}${cloud(760, 120, 1.1)}
      ${hill(330, 70, '#a7c98a', 71)}${hill(380, 60, '#8dbb6b', 72, 4)}${hill(440, 40, '#79ad59', 73, 5)}
      ${[0, 1, 2, 3, 4, 5, 6, 7, 8, 9].map((i) => `<path d="M${i * 130} ${H} C${i * 130 + 40} 560 ${i * 130 + 80} 560 ${i * 130 + 120} ${H}" fill="#6c9e4c" opacity="0.35"/>`).join('')}
      ${trees}
      <g transform="translate(660 560)"><path d="M0 0 L30 -140 M40 0 L70 -140" stroke="#a0764f" stroke-width="8"/>${[0, 1, 2, 3, 4].map((i) => `<path d="M${4 + i * 6} ${-20 - i * 28} L${44 + i * 6} ${-20 - i * 28}" stroke="#a0764f" stroke-width="6"/>`).join('')}</g>
      <g transform="translate(470 600)"><path d="M-40 0 L40 0 L32 40 L-32 40 Z" fill="#b5835a"/><path d="M-34 10 L34 10 M-32 24 L32 24" stroke="#8c6240" stroke-width="3"/>${[-20, 0, 18, -8, 10].map((x, i) => `<circle cx="${x}" cy="${-6 - (i > 2 ? 10 : 0)}" r="11" fill="#d62828"/>`).join('')}</g>`;
  },
};

/** The SVG document of a scene, 1200×675 or cropped to the middle of a narrower `size` (as WordPress's hard crop). */
export function sceneSvg(scene: SceneName, title: string, size: { width: number; height: number } = { width: W, height: H }): string {
  const escaped = title.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  const cropWidth = Math.min(W, Math.round(H * (size.width / size.height)));
  const viewBox = `${(W - cropWidth) / 2} 0 ${cropWidth} ${H}`;
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="${viewBox}" width="${size.width}" height="${size.height}" preserveAspectRatio="xMidYMid slice" role="img"><title>${escaped}</title>${SCENES[scene]()}</svg>`;
}

/** True when `name` names one of the scenes. */
export function isScene(name: string): name is SceneName {
  return Object.hasOwn(SCENES, name);
}

/**
 * The module the PII scorer runs with `--detector` (built by `pii-throughput.bench.ts --bundle FILE`):
 * the detector bundled as the extension ships it, plus an `init()` the scorer calls before it starts
 * timing (and reports separately as init time). init() runs the detector for a moment over synthetic
 * posts made up here from templates and random digits (nothing from any dataset), so that the timed
 * passes measure the warm, optimised code the sidebar runs all day (it checks every message of every
 * page it reads), not the JIT compiling it during the first few hundred messages.
 */
import { detect } from '../../lib/privacy/detect';

export { detect };
export const name = 'care-sidebar privacy';

const FIRST = ['Lena', 'Jonas', 'Aylin', 'Marek', 'Sophie', 'Tom', 'Emily', 'Noah', 'Greta', 'Luca'];
const LAST = ['Brandt', 'Yilmaz', 'Novak', 'Hoffmann', 'Carter', 'Schulze', 'Okafor', 'Lindqvist'];
const STREETS = ['Lindenweg', 'Hauptstraße', 'Am Markt', 'Baker Street', 'Elm Road', 'Gartenallee'];
const CITIES = ['Kassel', 'Graz', 'Basel', 'Leeds', 'Austin', 'Rostock'];

const TEMPLATES: Array<(r: Rand) => string> = [
  (r) => `Hallo, meine Kundennummer ist ${r.digits(8)}, ruft mich bitte unter 0${r.digits(3)} ${r.digits(7)} zurück.`,
  (r) => `My order #${r.digits(9)} never arrived. Reach me at ${r.pick(FIRST).toLowerCase()}.${r.digits(2)}@example.org`,
  (r) => `Ich bin ${r.pick(FIRST)} ${r.pick(LAST)} und warte seit ${r.digits(1)} Wochen auf meine Erstattung!`,
  (r) => `Bitte auf DE${r.digits(2)} ${r.digits(4)} ${r.digits(4)} ${r.digits(4)} ${r.digits(4)} ${r.digits(2)} überweisen`,
  (r) => `Ich wohne ${r.pick(STREETS)} ${r.digits(2)}, ${r.digits(5)} ${r.pick(CITIES)}, Lieferung kam nie an`,
  (r) => `Der Zug um ${r.int(24)}:${r.digits(2)} hatte ${r.int(60)} Minuten Verspätung, Ticket ${r.int(90)},90 €`,
  (r) => `App version ${r.int(9)}.${r.int(20)}.${r.int(9)} crashes since the update on iOS ${r.int(18)}, fix it please`,
  (r) => `Geboren am ${r.int(28) + 1}.${r.int(12) + 1}.19${r.digits(2)}, Vertrag ${r.digits(10)}, PIN ${r.digits(4)}`,
  (r) => `call me on +44 7${r.digits(3)} ${r.digits(6)} or +49 15${r.digits(1)} ${r.digits(7)} after six`,
  (r) => `Das ist echt das Letzte. Seit ${r.int(30)} Tagen kein Internet und keiner meldet sich!!!`,
  (r) => `Viele Grüße, ${r.pick(FIRST)} vom Service-Team ^${r.pick(FIRST)[0]}${r.pick(LAST)[0]}`,
  (r) => `Card ${r.digits(4)} ${r.digits(4)} ${r.digits(4)} ${r.digits(4)} was charged twice, server ${r.int(255)}.${r.int(255)}.${r.int(255)}.${r.int(255)}`,
  (r) => `Kennzeichen ${r.pick(['M', 'HH', 'B', 'K'])}-${r.pick(['AB', 'XY', 'KL'])} ${r.digits(3)} steht seit gestern falsch geparkt`,
  (r) => `Passwort ist ${r.pick(LAST)}${r.digits(3)}! und mein Login geht trotzdem nicht`,
  (r) => `Great service today, ${r.pick(FIRST)} at the ${r.pick(CITIES)} store really helped 👍`,
];

interface Rand {
  int(n: number): number;
  digits(n: number): string;
  pick<T>(a: readonly T[]): T;
}

function rand(seed: number): Rand {
  let s = seed >>> 0;
  const next = () => {
    s = (Math.imul(s ^ (s >>> 15), 0x2c1b3c6d) + 0x6d2b79f5) >>> 0;
    return s / 0x1_0000_0000;
  };
  return {
    int: (n) => Math.floor(next() * n),
    digits: (n) => Array.from({ length: n }, () => Math.floor(next() * 10)).join(''),
    pick: (a) => a[Math.floor(next() * a.length)]!,
  };
}

/** Warms the detector for `ms` milliseconds on synthetic posts in German and English. */
export function init(ms = 400): void {
  const r = rand(7);
  const texts = Array.from({ length: 600 }, (_, i) => TEMPLATES[i % TEMPLATES.length]!(r));
  const until = Date.now() + ms;
  while (Date.now() < until) for (let i = 0; i < texts.length; i++) detect(texts[i]!, { lang: i % 3 === 0 ? 'en' : i % 3 === 1 ? 'de' : undefined });
}

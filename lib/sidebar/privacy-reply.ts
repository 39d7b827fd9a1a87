import type { PiiType } from '../privacy';
import type { Platform } from '../model/conversation';

/**
 * The public reply that asks a customer to take down a post with personal data and to continue in
 * a private message. Pure: built from the kinds of data found (never their values), the customer's
 * first name, the platform and the message's language. Every part has a few wordings so a team does
 * not post the same sentence under every such post; `variant` picks one (the sidebar counts up on
 * every click, so the agent can ask for another wording).
 */

export type ReplyLang = 'de' | 'en';

export interface PrivacyReplyInput {
  types: readonly PiiType[];
  lang: ReplyLang;
  /** The author's display name as the page shows it (first name is taken from it when it looks like one). */
  authorName?: string;
  platform: Platform;
  /** The customer addresses the brand formally ("Sie"): answer in kind (German only). */
  formal?: boolean;
  /** Which wording; any integer (the same input and variant give the same text). */
  variant?: number;
}

/** What the data is, as far as the wording cares. The first matching group in this order wins. */
type Group = 'secret' | 'bank' | 'identity' | 'address' | 'phone' | 'email' | 'account' | 'other';

const GROUP_OF: Record<PiiType, Group> = {
  PASSWORD: 'secret',
  IBAN: 'bank',
  CREDIT_CARD: 'bank',
  TAX_ID: 'identity',
  PASSPORT_ID: 'identity',
  DATE_OF_BIRTH: 'identity',
  POSTAL_ADDRESS: 'address',
  PHONE: 'phone',
  EMAIL: 'email',
  CUSTOMER_ID: 'account',
  ORDER_ID: 'account',
  IP_ADDRESS: 'other',
  LICENSE_PLATE: 'other',
  PERSON_NAME: 'other',
};
const GROUP_ORDER: Group[] = ['secret', 'bank', 'identity', 'address', 'phone', 'email', 'account', 'other'];

/** Three address forms: English, German informal (du), German formal (Sie). */
type Form = 'en' | 'du' | 'sie';
type Words = Record<Form, string[]>;

/** "your phone number is" …: the subject of the concern sentence, with its verb. */
const SUBJECT: Record<Group, Record<Form, string>> = {
  secret: { en: 'your password is', du: 'dein Passwort ist', sie: 'Ihr Passwort ist' },
  bank: { en: 'your payment details are', du: 'deine Zahlungsdaten sind', sie: 'Ihre Zahlungsdaten sind' },
  identity: { en: 'your personal ID details are', du: 'deine persönlichen Ausweisdaten sind', sie: 'Ihre persönlichen Ausweisdaten sind' },
  address: { en: 'your address is', du: 'deine Anschrift ist', sie: 'Ihre Anschrift ist' },
  phone: { en: 'your phone number is', du: 'deine Telefonnummer ist', sie: 'Ihre Telefonnummer ist' },
  email: { en: 'your email address is', du: 'deine E-Mail-Adresse ist', sie: 'Ihre E-Mail-Adresse ist' },
  account: { en: 'your customer or order number is', du: 'deine Kunden- bzw. Bestellnummer ist', sie: 'Ihre Kunden- bzw. Bestellnummer ist' },
  other: { en: 'your personal details are', du: 'deine persönlichen Daten sind', sie: 'Ihre persönlichen Daten sind' },
};
const MIXED: Record<Form, string> = {
  en: 'some of your personal details are',
  du: 'einige deiner persönlichen Daten sind',
  sie: 'einige Ihrer persönlichen Daten sind',
};

const VISIBLE: Words = {
  en: ['visible to everyone here.', 'public in this thread.', 'readable by anyone in this thread.'],
  du: ['hier für alle sichtbar.', 'in diesem Thread öffentlich zu lesen.', 'hier öffentlich für jeden lesbar.'],
  sie: ['hier für alle sichtbar.', 'in diesem Thread öffentlich zu lesen.', 'hier öffentlich für jeden lesbar.'],
};

const postNoun = (platform: Platform, form: Form): string =>
  form === 'en' ? (platform === 'x' ? 'post' : 'comment') : platform === 'x' ? 'Post' : 'Kommentar';

/** Asks to take the post down; `{post}` is the platform's word for it. */
const REMOVE: Words = {
  en: [
    'Please delete the {post} to protect yourself.',
    'To keep your data safe, could you please remove the {post}?',
    'We recommend taking the {post} down as soon as you can.',
  ],
  du: [
    'Bitte lösche den {post} zu deiner eigenen Sicherheit.',
    'Magst du den {post} bitte löschen? So bleiben deine Daten geschützt.',
    'Am besten nimmst du den {post} gleich wieder raus.',
  ],
  sie: [
    'Bitte löschen Sie den {post} zu Ihrer eigenen Sicherheit.',
    'Könnten Sie den {post} bitte entfernen? So bleiben Ihre Daten geschützt.',
    'Wir empfehlen, den {post} möglichst gleich wieder zu löschen.',
  ],
};

/** Continue privately; some groups have their own wording (a call back, a password change). */
const CONTINUE: Partial<Record<Group, Words>> & { any: Words } = {
  any: {
    en: [
      "Send us a direct message and we'll take care of it there.",
      "Let's continue in a private message – we'll help you there right away.",
      "Drop us a DM and we'll pick it up from there.",
    ],
    du: [
      'Schreib uns gern eine Direktnachricht, dann kümmern wir uns dort darum.',
      'Lass uns per Direktnachricht weitermachen – dort helfen wir dir direkt weiter.',
      'Schick uns einfach eine DM, dann geht es dort weiter.',
    ],
    sie: [
      'Schreiben Sie uns gern eine Direktnachricht, dann kümmern wir uns dort darum.',
      'Lassen Sie uns per Direktnachricht weitermachen – dort helfen wir Ihnen direkt weiter.',
      'Senden Sie uns einfach eine private Nachricht, dann geht es dort weiter.',
    ],
  },
  phone: {
    en: [
      "Send us your number in a direct message instead and we'll call you back.",
      "If you'd like a call back, just send us the number privately.",
    ],
    du: [
      'Schick uns die Nummer lieber per Direktnachricht, dann rufen wir dich zurück.',
      'Wenn du einen Rückruf möchtest, schreib uns die Nummer einfach privat.',
    ],
    sie: [
      'Senden Sie uns die Nummer lieber per Direktnachricht, dann rufen wir Sie zurück.',
      'Für einen Rückruf schreiben Sie uns die Nummer bitte privat.',
    ],
  },
  secret: {
    en: [
      'Change the password right away, too. We will never ask for it – for anything else, send us a direct message.',
    ],
    du: [
      'Ändere das Passwort außerdem am besten sofort. Wir fragen nie danach – für alles Weitere schreib uns gern eine Direktnachricht.',
    ],
    sie: [
      'Ändern Sie das Passwort außerdem am besten sofort. Wir fragen nie danach – für alles Weitere schreiben Sie uns gern eine Direktnachricht.',
    ],
  },
  bank: {
    en: [
      "We never need payment details in public. Send us a direct message and we'll sort it out there.",
      "Payment details are best kept private – let's continue in a direct message.",
    ],
    du: [
      'Zahlungsdaten brauchen wir nie öffentlich. Schreib uns eine Direktnachricht, dann klären wir das dort.',
      'Zahlungsdaten gehören nicht in die Öffentlichkeit – lass uns per Direktnachricht weitermachen.',
    ],
    sie: [
      'Zahlungsdaten benötigen wir nie öffentlich. Schreiben Sie uns eine Direktnachricht, dann klären wir das dort.',
      'Zahlungsdaten gehören nicht in die Öffentlichkeit – lassen Sie uns per Direktnachricht weitermachen.',
    ],
  },
};

const GREETING: Record<Form, { named: string[]; plain: string[] }> = {
  en: { named: ['Hi {name},', 'Hello {name},', 'Hey {name},'], plain: ['Hi,', 'Hello,', 'Hi there,'] },
  du: { named: ['Hallo {name},', 'Hi {name},', 'Hey {name},'], plain: ['Hallo,', 'Hi,', 'Hallo zusammen,'] },
  sie: { named: ['Hallo {name},', 'Guten Tag {name},'], plain: ['Hallo,', 'Guten Tag,'] },
};

/**
 * The first name from a display name ("Sabine Krüger" → "Sabine"), or undefined when the name does
 * not look like a person's (a handle, an emoji-only name, a company). For a formal German reply the
 * full two-part name is kept ("Sabine Krüger"), since "Frau/Herr" would need a guess.
 */
export function firstName(name: string | undefined, formal = false): string | undefined {
  if (!name) return undefined;
  const words = name
    .normalize('NFC')
    .replace(/[\p{Extended_Pictographic}\u200d\ufe0f]/gu, ' ')
    .trim()
    .split(/\s+/)
    .filter(Boolean);
  const personal = /^\p{Lu}[\p{Ll}'’-]+$/u;
  const first = words[0];
  if (!first || !personal.test(first) || first.length > 20) return undefined;
  if (words.length > 4) return undefined;
  if (formal) {
    const last = words[words.length - 1];
    return words.length >= 2 && last && personal.test(last) ? `${first} ${last}` : undefined;
  }
  return first;
}

/**
 * Whether a German text addresses the reader formally: "Sie"/"Ihnen"/"Ihr…" capitalised in the
 * middle of a sentence (at a sentence start the capital says nothing).
 */
export function isFormalGerman(text: string): boolean {
  const re = /\b(Sie|Ihnen|Ihr|Ihre|Ihren|Ihrem|Ihrer|Ihres)\b/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const before = text.slice(0, m.index).trimEnd();
    if (before && !/[.!?:…"“„»]$/.test(before)) return true;
  }
  return false;
}

/** Small deterministic PRNG (mulberry32), so a variant number always yields the same wording. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const pick = <T>(list: readonly T[], r: () => number): T => list[Math.floor(r() * list.length) % list.length]!;

/** Groups present in the found types, most serious first. */
export function groupsOf(types: readonly PiiType[]): Group[] {
  const present = new Set(types.map((t) => GROUP_OF[t]));
  return GROUP_ORDER.filter((g) => present.has(g));
}

/** Builds the reply. It names the kind of data, never the data itself. */
export function privacyReply(input: PrivacyReplyInput): string {
  const form: Form = input.lang === 'en' ? 'en' : input.formal ? 'sie' : 'du';
  const r = rng(0x9e3779b1 ^ Math.imul(input.variant ?? 0, 0x85ebca6b));
  const groups = groupsOf(input.types);
  const main = groups[0] ?? 'other';
  // Two kinds that share a wording (an order number beside a phone number) still read as one;
  // anything else mixed gets the general wording.
  const meaningful = groups.filter((g) => g !== 'account' && g !== 'other');
  const subject = meaningful.length > 1 ? MIXED[form] : SUBJECT[meaningful[0] ?? main][form];

  const name = firstName(input.authorName, form === 'sie');
  const greet = GREETING[form];
  const greeting = name ? pick(greet.named, r).replace('{name}', name) : pick(greet.plain, r);
  const concern = `${subject} ${pick(VISIBLE[form], r)}`;
  const remove = pick(REMOVE[form], r).replace('{post}', postNoun(input.platform, form));
  const continueGroup = meaningful.length === 1 ? meaningful[0]! : main === 'secret' ? 'secret' : 'any';
  const next = pick((CONTINUE[continueGroup as Group] ?? CONTINUE.any)[form], r);
  return `${greeting} ${concern} ${remove} ${next}`;
}

import type { Candidate } from './types';

/**
 * E-mail addresses, plain and obfuscated ("name(at)web.de", "nora[at]proton[dot]me",
 * "jonas punkt kern at gmx punkt de"). Plain ones are found by expanding around each "@"
 * (bounded, no regex backtracking over the whole text).
 */

const isAlnum = (c: number): boolean =>
  (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 0xc0 && c <= 0x24f);
// local part: letters, digits and . _ % + -   domain: letters, digits and . -
const isLocal = (c: number): boolean => isAlnum(c) || c === 46 || c === 95 || c === 37 || c === 43 || c === 45;
const isDomain = (c: number): boolean => isAlnum(c) || c === 46 || c === 45;

const MAX_EMAILS = 500;

// shared mailboxes of a company ("service@", "support@", "info@") reach a team, not a person
const ROLE_LOCAL =
  /^(?:service|kundenservice|kundendienst|customer-?service|customer-?care|customercare|support|help|hilfe|helpdesk|info|kontakt|contact|hello|hallo|team|office|mail|post|noreply|no-reply|newsletter|presse|press|datenschutz|privacy|dpo|billing|rechnung|buchhaltung|sales|vertrieb|feedback|beschwerde|complaints|abuse|admin|webmaster|social|care|service-?team|shop|order|orders|bestellung|retoure|returns)$/i;
// mail providers where a role-like name still belongs to a private person ("info.klaus@web.de")
const FREE_MAIL =
  /(?:^|\.)(?:gmail|googlemail|gmx|web|yahoo|ymail|outlook|hotmail|live|msn|t-online|icloud|me|mac|aol|proton|protonmail|pm|freenet|posteo|mailbox|mail|arcor|vodafone|online|tutanota|tuta|zoho|yandex|bluewin|hispeed|gmx-topmail|aon|chello|btinternet|sky|virginmedia|comcast|verizon|att)\.[a-z.]{2,8}$/i;

// the writer gives the address as their own ("Kontakt: info@…" from a small business)
const OWN_BEFORE =
  /(?:kontakt|contact|mein|meine|meiner|my|erreichbar|reach me|reply to|antwort an|an mich|schreib(?:t|en sie)? mir|mail me|email me|write me|write to me)[^\p{L}][^.!?]{0,25}$/iu;

/**
 * A company's shared mailbox: a role name before the @ ("service", "support", "info"), a domain that is no
 * free-mail provider, and not given by the writer as their own contact.
 */
function isRoleAddress(local: string, domain: string, text = '', start = 0): boolean {
  return ROLE_LOCAL.test(local) && !FREE_MAIL.test(domain) && !OWN_BEFORE.test(text.slice(Math.max(0, start - 40), start));
}

function plain(text: string, out: Candidate[]): void {
  let at = text.indexOf('@');
  let seen = 0;
  while (at !== -1 && out.length < MAX_EMAILS && ++seen < 5 * MAX_EMAILS) {
    let s = at;
    while (s > 0 && at - s < 64 && isLocal(text.charCodeAt(s - 1))) s--;
    let e = at + 1;
    while (e < text.length && e - at < 255 && isDomain(text.charCodeAt(e))) e++;
    // trim trailing dots/hyphens ("… at x@y.de.")
    while (e > at + 1 && (text.charCodeAt(e - 1) === 46 || text.charCodeAt(e - 1) === 45)) e--; // . -
    while (s < at && /[.]/.test(text[s]!)) s++;
    const domain = text.slice(at + 1, e);
    if (
      s < at &&
      /^[A-Za-z0-9\u00c0-\u024f-]+(?:\.[A-Za-z0-9\u00c0-\u024f-]+)*\.[A-Za-z]{2,24}$/.test(domain) &&
      !isRoleAddress(text.slice(s, at), domain, text, s)
    ) {
      out.push({ start: s, end: e, type: 'EMAIL', priority: 95 });
    }
    at = text.indexOf('@', e > at ? e : at + 1);
  }
}

const TLD = '(?:de|com|net|org|at|ch|eu|info|io|me|co\\.uk|uk|fr|nl|it|es|pl|tr|email|biz|us|ca|ie|be|dk|se|no|fi)';
const WORD = '[a-z0-9_-]{1,40}';
const DOT = '(?:\\s?[(\\[{<]\\s?(?:dot|punkt|\\.)\\s?[)\\]}>]\\s?|\\s(?:dot|punkt)\\s|\\.)';
const AT = '(?:\\s?[(\\[{<]\\s?(?:at|ät|@)\\s?[)\\]}>]\\s?|\\s(?:at|ät|bei)\\s)';
// each part is a word followed by at most four "dot word" pieces: bounded and unambiguous
const OBFUSCATED = new RegExp(
  `(?<![a-z0-9._-])${WORD}(?:${DOT}${WORD}){0,4}${AT}${WORD}(?:${DOT}${WORD}){0,3}${DOT}${TLD}(?![a-z0-9])`,
  'gi',
);

export const OBFUSCATION_MARK = /[([{<]\s?(?:at|ät|dot|punkt|@)\s?[)\]}>]|\s(?:dot|punkt|ät)\s/i;
const SPELLED_AT = /\s(at|ät|bei)\s/i;
// a cue shortly before an address spelled out with a plain "at"/"bei"
const MAIL_CUE = /(?:mail|adresse|address|schreib|write|contact|kontakt|erreichbar|reach me)[^.!?]{0,30}$/i;

function obfuscated(text: string, out: Candidate[]): void {
  OBFUSCATED.lastIndex = 0;
  for (let m = OBFUSCATED.exec(text); m; m = OBFUSCATED.exec(text)) {
    const v = m[0];
    const bracketed = /[([{<]/.test(v);
    // "I looked at amazon.de" is no address: require a bracket, a spelled-out "dot"/"punkt" or an "ät"
    const spelled = bracketed ? null : SPELLED_AT.exec(v);
    if (!bracketed && !/\s(?:dot|punkt)\s/i.test(v) && spelled?.[1]!.toLowerCase() !== 'ät') continue;
    if (spelled && spelled[1]!.toLowerCase() !== 'ät') {
      // "bestellt bei amazon punkt de": with a plain "at"/"bei" the name part must look like a handle, or a cue precede it
      const local = v.slice(0, spelled.index);
      if (!/[\d._-]|\s(?:dot|punkt)\s/i.test(local) && !MAIL_CUE.test(text.slice(Math.max(0, m.index - 40), m.index))) continue;
    }
    const atWord = /(?:\s?[(\[{<]\s?(?:at|ät|@)\s?[)\]}>]\s?|\s(?:at|ät|bei)\s)/i.exec(v);
    if (atWord && isRoleAddress(v.slice(0, atWord.index), v.slice(atWord.index + atWord[0].length).replace(/\s?[(\[{<]?\s?(?:dot|punkt)\s?[)\]}>]?\s?/gi, '.'), text, m.index)) continue;
    out.push({ start: m.index, end: m.index + v.length, type: 'EMAIL', priority: 95 });
  }
}

/** `marked`: the text holds a bracketed at/dot or a spelled-out dot/punkt (OBFUSCATION_MARK). */
export function detectEmails(text: string, hasAt: boolean, marked: boolean): Candidate[] {
  const out: Candidate[] = [];
  if (hasAt) plain(text, out);
  // the obfuscated pattern only reports matches with a bracket or a spelled-out "dot"/"punkt"
  if (marked) obfuscated(text, out);
  return out;
}

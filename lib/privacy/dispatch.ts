/**
 * Rewrites a regex alternation so that the engine picks the alternatives by their first character:
 * "(?:name is|name|bin)" becomes "(?:b(?:in)|n(?:ame is|ame))". At each position only the alternatives
 * that begin with the character there are tried, in their original order, so the same alternative wins
 * as in the plain alternation (an alternative starting with another character cannot match there).
 * Works on the plain alternations of this folder's keyword lists; any other shape throws at load time.
 */

/** The top-level alternatives of "(?:a|b(?:c|d)|e)"; throws on a body of another shape. */
export function alternatives(body: string): string[] {
  if (!body.startsWith('(?:') || !body.endsWith(')')) throw new Error(`alternation of unexpected shape: ${body}`);
  const out: string[] = [];
  let depth = 0;
  let start = 3;
  for (let i = 3; i < body.length - 1; i++) {
    const c = body[i];
    if (c === '\\') i++;
    else if (c === '[') while (i < body.length && body[i] !== ']') i++;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) {
      out.push(body.slice(start, i));
      start = i + 1;
    }
    if (depth < 0) throw new Error(`unbalanced alternation: ${body}`);
  }
  if (depth !== 0) throw new Error(`unbalanced alternation: ${body}`);
  out.push(body.slice(start, body.length - 1));
  return out;
}

/**
 * An alternative as alternatives that each start with a literal letter or digit, tried in the same order:
 * a leading group is distributed over what follows it ("(?:sms|otp)[- ]?code" gives "sms[- ]?code",
 * "otp[- ]?code"); a leading optional group first with, then without it ("(?:konto)?inhaber").
 */
export function literalStarts(alt: string): string[] {
  if (/^[A-Za-z0-9]/.test(alt)) return [alt];
  if (alt.startsWith('(?:')) {
    let depth = 0;
    let end = 0;
    for (let i = 0; i < alt.length; i++) {
      if (alt[i] === '\\') i++;
      else if (alt[i] === '[') while (i < alt.length && alt[i] !== ']') i++;
      else if (alt[i] === '(') depth++;
      else if (alt[i] === ')' && --depth === 0) {
        end = i;
        break;
      }
    }
    const group = alternatives(alt.slice(0, end + 1));
    const rest = alt.slice(end + 1);
    if (end > 0 && !/^[?*+{]/.test(rest)) return group.flatMap((a) => literalStarts(a + rest));
    if (end > 0 && rest.startsWith('?') && !/^\?[?*+{]/.test(rest)) {
      const tail = rest.slice(1);
      return [...group.flatMap((a) => literalStarts(a + tail)), ...literalStarts(tail)];
    }
  }
  throw new Error(`alternative of unexpected shape: ${alt}`);
}

/** Alternatives grouped by first character; `caseless` for a regex with the i flag (then "A" and "a" are one). */
export function byFirstChar(alts: readonly string[], caseless: boolean): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const alt of alts) {
    const c = caseless ? alt[0]!.toLowerCase() : alt[0]!;
    // a caseless branch starts with the lower-case letter; the rest keeps its spelling
    const list = out.get(c) ?? [];
    list.push(alt.slice(1));
    out.set(c, list);
  }
  return out;
}

/** The alternation "(?:…|…)" rewritten as a non-capturing dispatch on the first character. */
export function dispatchAlternation(body: string, caseless: boolean): string {
  const groups = byFirstChar(alternatives(body).flatMap(literalStarts), caseless);
  const branches = [...groups].sort(([x], [y]) => (x < y ? -1 : 1)).map(([c, rests]) => `${c}(?:${rests.join('|')})`);
  return `(?:${branches.join('|')})`;
}

import { z } from 'zod';
import { PiiTypeSchema, type CompiledRule } from './types';

/**
 * Team-specific patterns. A pattern is compiled only when it is a valid regex that cannot backtrack
 * catastrophically: no backreferences, no quantified group that itself contains a quantifier or an
 * alternation ((a+)+, (a|a)*), no lookbehind with quantifiers, and at most 200 characters.
 */

export const MAX_PATTERN_LENGTH = 200;

export const RuleInputSchema = z.object({
  type: PiiTypeSchema,
  pattern: z.string().min(1, 'pattern is empty').max(MAX_PATTERN_LENGTH, `pattern is longer than ${MAX_PATTERN_LENGTH} characters`),
  flags: z
    .string()
    .regex(/^[imsu]*$/, 'flags may only contain i, m, s, u')
    .optional(),
  checksum: z.enum(['luhn', 'mod97', 'none']).optional(),
  label: z.string().max(80).optional(),
});
export type RuleInput = z.infer<typeof RuleInputSchema>;
export const RuleInputListSchema = z.array(RuleInputSchema).max(100, 'at most 100 team rules');

export type CompileResult = { ok: true; rules: CompiledRule[] } | { ok: false; errors: string[] };

interface Frame {
  quantified: boolean;
  alternation: boolean;
}

const isQuantifierAt = (p: string, i: number): boolean => {
  const c = p[i];
  return c === '*' || c === '+' || c === '?' || (c === '{' && /^\{\d+(?:,\d*)?\}/.test(p.slice(i)));
};
/** `?` and `{0,1}`/`{n}` repeat at most once or a fixed count: harmless around a group. */
const isRepeatingAt = (p: string, i: number): boolean => {
  const c = p[i];
  if (c === '*' || c === '+') return true;
  if (c === '{') {
    const m = /^\{(\d+)(,(\d*))?\}/.exec(p.slice(i));
    if (!m) return false;
    if (m[2] === undefined) return false;
    return m[3] === '' || Number(m[3]) > 1;
  }
  return false;
};

/** Returns why a pattern is unsafe, or null. A conservative syntactic check; it never runs the pattern. */
export function unsafeReason(p: string): string | null {
  if (/\\[1-9]|\\k</.test(p)) return 'backreferences are not allowed';
  const stack: Frame[] = [{ quantified: false, alternation: false }];
  let unbounded = 0;
  for (let i = 0; i < p.length; i++) {
    const c = p[i];
    if ((c === '*' || c === '+' || (c === '{' && /^\{\d+,\}/.test(p.slice(i)))) && p[i - 1] !== '\\') unbounded++;
    if (c === '\\') {
      i++;
      if (isQuantifierAt(p, i + 1)) stack[stack.length - 1]!.quantified = true;
      continue;
    }
    if (c === '[') {
      // skip the character class
      i++;
      if (p[i] === '^') i++;
      if (p[i] === ']') i++;
      while (i < p.length && p[i] !== ']') {
        if (p[i] === '\\') i++;
        i++;
      }
      if (isQuantifierAt(p, i + 1)) stack[stack.length - 1]!.quantified = true;
      continue;
    }
    if (c === '(') {
      if (p.startsWith('(?<=', i) || p.startsWith('(?<!', i)) {
        stack.push({ quantified: false, alternation: false });
        continue;
      }
      stack.push({ quantified: false, alternation: false });
      continue;
    }
    if (c === ')') {
      const inner = stack.pop();
      const outer = stack[stack.length - 1];
      if (!inner || !outer) return 'unbalanced parentheses';
      if (isRepeatingAt(p, i + 1)) {
        if (inner.quantified) return 'nested quantifiers such as (a+)+ can backtrack catastrophically';
        if (inner.alternation) return 'a repeated alternation such as (a|a)* can backtrack catastrophically';
      }
      if (inner.quantified || isQuantifierAt(p, i + 1)) outer.quantified = true;
      continue;
    }
    if (c === '|') {
      stack[stack.length - 1]!.alternation = true;
      continue;
    }
    if (isQuantifierAt(p, i) && i > 0) stack[stack.length - 1]!.quantified = true;
  }
  if (stack.length !== 1) return 'unbalanced parentheses';
  if (unbounded > 1) {
    return 'more than one unbounded repetition (*, +, {n,}) can backtrack polynomially; use bounded ones such as {1,20}';
  }
  return null;
}

export function compileRules(input: unknown): CompileResult {
  const parsed = RuleInputListSchema.safeParse(input);
  if (!parsed.success) {
    return {
      ok: false,
      errors: parsed.error.issues.map((iss) => `${iss.path.length ? 'rule ' + iss.path.join('.') + ': ' : ''}${iss.message}`),
    };
  }
  const errors: string[] = [];
  const rules: CompiledRule[] = [];
  parsed.data.forEach((r, idx) => {
    const name = `rule ${idx}${r.label ? ` (${r.label})` : ''}`;
    const unsafe = unsafeReason(r.pattern);
    if (unsafe) {
      errors.push(`${name}: ${unsafe}`);
      return;
    }
    let regex: RegExp;
    try {
      regex = new RegExp(r.pattern, (r.flags ?? '').replace(/[gy]/g, '') + 'g');
    } catch (e) {
      errors.push(`${name}: invalid regular expression: ${(e as Error).message}`);
      return;
    }
    if (regex.test('')) {
      errors.push(`${name}: the pattern matches empty text`);
      return;
    }
    regex.lastIndex = 0;
    rules.push({ type: r.type, regex, checksum: r.checksum ?? 'none', ...(r.label ? { label: r.label } : {}) });
  });
  return errors.length ? { ok: false, errors } : { ok: true, rules };
}

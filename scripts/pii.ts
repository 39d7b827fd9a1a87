/**
 * Personal-data detector over JSON Lines, for measurement:
 *   npm run --silent pii -- --in FILE --out FILE [--rules rules.json]
 * Input lines: {"id","lang"?,"text"}. Output lines: {"id","spans":[{"start","end","type"}]}, in input order.
 * Any bad input line stops the run with "FILE:LINE: reason" on stderr and exit code 1; the output file
 * is only written when every line was read (never a partial file).
 */
import fs from 'node:fs';
import { z } from 'zod';
import { compileRules, detect } from '../lib/privacy';
import type { CompiledRule } from '../lib/privacy';

const LineSchema = z.object({
  id: z.union([z.string(), z.number()]),
  lang: z.string().optional(),
  text: z.string(),
});

function fail(message: string): never {
  process.stderr.write(`pii: ${message}\n`);
  process.exit(1);
}

function parseArgs(argv: string[]): { in: string; out: string; rules?: string } {
  const a: Record<string, string> = {};
  for (let i = 0; i < argv.length; i++) {
    const k = argv[i]!;
    if (k === '--in' || k === '--out' || k === '--rules') {
      const v = argv[i + 1];
      if (!v) fail(`${k} needs a value`);
      a[k.slice(2)] = v;
      i++;
    } else if (k === '-h' || k === '--help') {
      process.stdout.write('usage: npm run --silent pii -- --in FILE.jsonl --out FILE.jsonl [--rules rules.json]\n');
      process.exit(0);
    } else fail(`unknown argument ${k}`);
  }
  if (!a.in || !a.out) fail('usage: --in FILE.jsonl --out FILE.jsonl [--rules rules.json]');
  return { in: a.in, out: a.out, ...(a.rules ? { rules: a.rules } : {}) };
}

function main(): void {
  const args = parseArgs(process.argv.slice(2));
  let rules: CompiledRule[] = [];
  if (args.rules) {
    let raw: unknown;
    try {
      raw = JSON.parse(fs.readFileSync(args.rules, 'utf8'));
    } catch (e) {
      fail(`${args.rules}: ${(e as Error).message}`);
    }
    const compiled = compileRules(raw);
    if (!compiled.ok) fail(`${args.rules}: ${compiled.errors.join('; ')}`);
    rules = compiled.rules;
  }
  let input: string;
  try {
    input = fs.readFileSync(args.in, 'utf8');
  } catch (e) {
    fail(`cannot read ${args.in}: ${(e as Error).message}`);
  }
  const out: string[] = [];
  const lines = input.split('\n');
  for (let n = 0; n < lines.length; n++) {
    const line = lines[n]!.trim();
    if (!line) continue;
    let json: unknown;
    try {
      json = JSON.parse(line);
    } catch (e) {
      fail(`${args.in}:${n + 1}: not valid JSON (${(e as Error).message})`);
    }
    const rec = LineSchema.safeParse(json);
    if (!rec.success) {
      fail(`${args.in}:${n + 1}: ${rec.error.issues.map((i) => `${i.path.join('.') || 'line'}: ${i.message}`).join('; ')}`);
    }
    const spans = detect(rec.data.text, { ...(rec.data.lang ? { lang: rec.data.lang } : {}), extraRules: rules });
    out.push(JSON.stringify({ id: rec.data.id, spans }));
  }
  fs.writeFileSync(args.out, out.length ? out.join('\n') + '\n' : '');
}

main();

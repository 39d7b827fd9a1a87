/**
 * Measurement command for the reply assistant:
 *   npm run --silent suggest -- --in FILE --out FILE
 * reads JSON Lines with the fields id, lang, sector, brand, platform, author, thread, text and writes
 * {"id","tone","type","replies":[…]} per line, in input order, using the offline core engine (three
 * replies per message, none for pure spam). A bad line stops the run with its line number.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { z } from 'zod';
import { runCore } from '../lib/replies/engines/core';
import { ReplyPlatformSchema } from '../lib/replies/schema';

const LineSchema = z.object({
  id: z.string().min(1),
  lang: z.enum(['de', 'en']).optional(),
  sector: z.string().nullish(),
  brand: z.string().nullish(),
  platform: ReplyPlatformSchema,
  author: z.object({ name: z.string().nullish(), handle: z.string().nullish() }).nullish(),
  thread: z.array(z.object({ role: z.enum(['customer', 'agent']), text: z.string() })).nullish(),
  text: z.string().min(1),
});

function args(argv: string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (let i = 0; i < argv.length; i++) {
    const k = argv[i];
    if (k?.startsWith('--')) {
      const v = argv[i + 1];
      if (v !== undefined && !v.startsWith('--')) {
        out[k.slice(2)] = v;
        i++;
      } else out[k.slice(2)] = 'true';
    }
  }
  return out;
}

function fail(msg: string): never {
  process.stderr.write(`suggest: ${msg}\n`);
  process.exit(2);
}

function main(): void {
  const a = args(process.argv.slice(2));
  if (!a.in || !a.out) fail('usage: npm run --silent suggest -- --in FILE.jsonl --out FILE.jsonl');
  let raw: string;
  try {
    raw = readFileSync(a.in, 'utf8');
  } catch (e) {
    fail(`cannot read ${a.in}: ${(e as Error).message}`);
  }
  const lines = raw.split('\n');
  const rows: z.infer<typeof LineSchema>[] = [];
  const errors: string[] = [];
  lines.forEach((line, i) => {
    if (!line.trim()) return;
    let data: unknown;
    try {
      data = JSON.parse(line);
    } catch (e) {
      errors.push(`${a.in}:${i + 1}: not valid JSON (${(e as Error).message})`);
      return;
    }
    const r = LineSchema.safeParse(data);
    if (!r.success) {
      const what = r.error.issues.map((x) => `${x.path.join('.') || '(line)'}: ${x.message}`).join('; ');
      errors.push(`${a.in}:${i + 1}: ${what}`);
      return;
    }
    rows.push(r.data);
  });
  if (errors.length) fail(`${errors.length} bad line(s):\n  ${errors.slice(0, 20).join('\n  ')}`);
  const out: string[] = [];
  for (const r of rows) {
    const { analysis, suggestions } = runCore({
      text: r.text,
      platform: r.platform,
      ...(r.lang ? { lang: r.lang } : {}),
      ...(r.brand ? { brand: r.brand } : {}),
      ...(r.sector ? { sector: r.sector } : {}),
      author: { name: r.author?.name ?? null, handle: r.author?.handle ?? null },
      thread: r.thread ?? [],
    });
    out.push(JSON.stringify({ id: r.id, tone: analysis.tone, type: analysis.type, replies: suggestions.slice(0, 3).map((s) => s.text) }));
  }
  writeFileSync(a.out, out.join('\n') + (out.length ? '\n' : ''));
}

main();

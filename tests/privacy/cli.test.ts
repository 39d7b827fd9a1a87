import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const root = path.resolve(__dirname, '../..');
const tsx = path.join(root, 'node_modules/tsx/dist/cli.mjs');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pii-cli-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function run(lines: string[], extra: string[] = []) {
  const input = path.join(dir, `in-${Math.random().toString(36).slice(2)}.jsonl`);
  const output = input.replace('in-', 'out-');
  fs.writeFileSync(input, lines.join('\n') + '\n');
  const r = spawnSync(process.execPath, [tsx, path.join(root, 'scripts/pii.ts'), '--in', input, '--out', output, ...extra], {
    encoding: 'utf8',
  });
  return { ...r, output, out: fs.existsSync(output) ? fs.readFileSync(output, 'utf8') : null };
}

describe('pii CLI', () => {
  it('writes one prediction line per input line, in order, with scorer-compatible spans', () => {
    const r = run([
      JSON.stringify({ id: 'a1', lang: 'de', text: 'Kundennummer 61830952 bitte' }),
      '',
      JSON.stringify({ id: 'a2', text: 'nothing to see here' }),
      JSON.stringify({ id: 'a3', lang: 'en', text: '😀 call me on 0171 2345678' }),
    ]);
    expect(r.status).toBe(0);
    const lines = r.out!.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((l) => l.id)).toEqual(['a1', 'a2', 'a3']);
    expect(lines[0].spans).toEqual([{ start: 13, end: 21, type: 'CUSTOMER_ID' }]);
    expect(lines[1].spans).toEqual([]);
    expect(lines[2].spans[0].type).toBe('PHONE');
  }, 30_000);
  it('stops with the line number on a bad line and writes no partial output', () => {
    const r = run([JSON.stringify({ id: 'ok', text: 'fine' }), '{"id": "x", "text": ', JSON.stringify({ id: 'z', text: 'x' })]);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/:2: not valid JSON/);
    expect(r.out).toBeNull();
  }, 30_000);
  it('reports a record without text clearly', () => {
    const r = run([JSON.stringify({ id: 'n1', lang: 'de' })]);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/:1: text/);
  }, 30_000);
  it('applies team rules from --rules and refuses catastrophic ones', () => {
    const good = path.join(dir, 'good.json');
    fs.writeFileSync(good, JSON.stringify([{ type: 'CUSTOMER_ID', pattern: 'SW-\\d{6}' }]));
    const r = run([JSON.stringify({ id: 'r1', text: 'Nummer SW-123456' })], ['--rules', good]);
    expect(JSON.parse(r.out!).spans).toEqual([{ start: 7, end: 16, type: 'CUSTOMER_ID' }]);
    const bad = path.join(dir, 'bad.json');
    fs.writeFileSync(bad, JSON.stringify([{ type: 'CUSTOMER_ID', pattern: '(a+)+' }]));
    const r2 = run([JSON.stringify({ id: 'r2', text: 'x' })], ['--rules', bad]);
    expect(r2.status).toBe(1);
    expect(r2.stderr).toMatch(/nested quantifiers/);
  }, 30_000);
});

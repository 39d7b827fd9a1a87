import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const dir = mkdtempSync(join(tmpdir(), 'suggest-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const tsx = join(process.cwd(), 'node_modules', 'tsx', 'dist', 'cli.mjs');
function run(inFile: string, outFile: string) {
  return spawnSync(process.execPath, [tsx, 'scripts/suggest.ts', '--in', inFile, '--out', outFile], { encoding: 'utf8', cwd: process.cwd() });
}

const rows = [
  { id: 'a-1', lang: 'en', sector: 'parcel', brand: 'ShipQuick', platform: 'x', author: { name: 'Nora Field', handle: '@noraf' }, thread: [], text: 'My parcel to Cardiff has been stuck at the depot for 5 days. Any idea when it moves?' },
  { id: 'a-2', lang: 'de', sector: 'energy', brand: 'Strom AG', platform: 'facebook', author: { name: 'Werbung Profi', handle: null }, thread: [], text: 'Verdiene 700€ täglich mit Krypto!!! Kontaktiere mich 🚀 #geld #invest' },
  { id: 'a-3', lang: 'de', sector: 'bank', brand: 'Hansa Bank', platform: 'instagram', author: { name: 'Ole', handle: '@ole_hh' }, thread: [], text: 'Überweisung an meinen Vermieter hängt seit Montag auf "in Bearbeitung". Normal?' },
];

describe('suggest CLI', () => {
  it('writes tone, type and three replies per message, in input order, none for pure spam', () => {
    const inFile = join(dir, 'in.jsonl');
    const outFile = join(dir, 'out.jsonl');
    writeFileSync(inFile, rows.map((r) => JSON.stringify(r)).join('\n') + '\n');
    const r = run(inFile, outFile);
    expect(r.status, r.stderr).toBe(0);
    const out = readFileSync(outFile, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { id: string; tone: string; type: string; replies: string[] });
    expect(out.map((o) => o.id)).toEqual(['a-1', 'a-2', 'a-3']);
    expect(out[0]?.replies).toHaveLength(3);
    expect(out[0]?.replies.join(' ')).toMatch(/Nora/);
    expect(out[1]).toMatchObject({ type: 'spam', replies: [] });
    expect(out[2]?.replies).toHaveLength(3);
    expect(typeof out[2]?.tone).toBe('string');
  });

  it('stops with the line number when a line is bad', () => {
    const inFile = join(dir, 'bad.jsonl');
    writeFileSync(inFile, [JSON.stringify(rows[0]), '{"id": "x", "platform": "myspace", "text": "hi"}', 'not json'].join('\n'));
    const r = run(inFile, join(dir, 'never.jsonl'));
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/bad\.jsonl:2: platform/);
    expect(r.stderr).toMatch(/bad\.jsonl:3: not valid JSON/);
  });

  it('explains its usage when arguments are missing', () => {
    const r = spawnSync(process.execPath, [tsx, 'scripts/suggest.ts'], { encoding: 'utf8' });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/usage/);
  });
});

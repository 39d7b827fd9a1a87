import { describe, expect, it } from 'vitest';
import { expected, fixtureHtml, loadDocument } from './harness';

describe('fixture harness', () => {
  it('loads every saved page at its URL', () => {
    for (const [name, page] of Object.entries(expected)) {
      const doc = loadDocument(fixtureHtml(name), page.url);
      expect(doc.location.href).toBe(page.url);
      expect(doc.body.textContent!.length).toBeGreaterThan(100);
    }
  });
});

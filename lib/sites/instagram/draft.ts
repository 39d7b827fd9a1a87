/**
 * The agent's draft in a composer, as typed. A Lexical editor keeps one `<p>` per line, and
 * `innerText` puts a blank line between paragraphs, so "Zeile 1\nZeile 2" would read back with
 * an extra empty line. Paragraphs are therefore joined with one line break; spaces are kept.
 */
import { composerText } from '../composer';

const BLOCK = /^(P|DIV|H[1-6]|LI|BLOCKQUOTE|PRE)$/;

function inline(node: Node): string {
  let out = '';
  for (let c = node.firstChild; c; c = c.nextSibling) {
    if (c.nodeType === 3) out += c.nodeValue ?? '';
    else if (c.nodeType === 1) {
      const e = c as Element;
      if (e.tagName === 'BR') out += '\n';
      else if (e.tagName === 'IMG') out += e.getAttribute('alt') ?? '';
      else if (e.getAttribute('aria-hidden') !== 'true') out += inline(e);
    }
  }
  return out;
}

export function readDraft(el: HTMLElement): string {
  if (el.tagName === 'TEXTAREA' || el.tagName === 'INPUT') return (el as HTMLTextAreaElement).value;
  const kids = Array.from(el.children);
  const onlyBlocks = kids.length > 0 && kids.every((k) => BLOCK.test(k.tagName));
  const loose = Array.from(el.childNodes).some((n) => n.nodeType === 3 && (n.nodeValue ?? '').trim() !== '');
  if (onlyBlocks && !loose) {
    return kids
      .map((p) => {
        const t = inline(p);
        // An empty paragraph holds a lone <br>; a soft break at the very end draws no line.
        return t === '\n' ? '' : t.replace(/\n$/, '');
      })
      .join('\n')
      .replace(/\u200b/g, '')
      .replace(/\n+$/, '');
  }
  return composerText(el).replace(/\n+$/, '');
}

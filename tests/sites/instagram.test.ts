// @vitest-environment happy-dom
/* eslint-disable @typescript-eslint/no-explicit-any -- expected.json is untyped test data */
import { describe, expect, it } from 'vitest';
import type { Conversation, ExtractResult } from '../../lib/model/conversation';
import { instagramAdapter as ig } from '../../lib/sites/instagram';
import { HOSTILE, expected, fixtureHtml, loadDocument, pickLike, wantedFields } from './harness';

const POST = 'instagram/post-comments.html';
const THREAD = 'instagram/direct-thread.html';
const NAV = 'instagram/direct-navigation.html';

function load(name: string, url = expected[name].url as string) {
  const doc = loadDocument(fixtureHtml(name), url);
  return { doc, url: new URL(url) };
}
function conv(r: ExtractResult): Conversation {
  if (!r.ok) throw new Error('extract failed: ' + r.reason);
  return r.conversation;
}
/** The brand as the DM pages show it: its display name appears nowhere on those pages. */
function brandOnPage(want: any) {
  return { handle: want.handle, profileUrl: want.profileUrl };
}

function checkMessages(c: Conversation, want: any[]) {
  expect(c.messages).toHaveLength(want.length);
  want.forEach((w, i) => {
    const wanted = wantedFields(w);
    // DM pages never show the brand's display name (only its handle): compare what the page shows.
    if (c.view === 'dm' && w.isBrand) delete wanted.author.name;
    expect(pickLike(c.messages[i], wanted), `message ${i}`).toEqual(wanted);
  });
  for (const w of want) {
    if (w.hiddenSenderLabel) {
      expect(c.messages.some((m) => m.text.includes(w.hiddenSenderLabel) && !w.text.includes(w.hiddenSenderLabel))).toBe(false);
    }
  }
}

describe('Instagram post with comments (saved page)', () => {
  const want = expected[POST];
  const { doc, url } = load(POST);
  const c = conv(ig.extract(doc, url));

  it('is a post-comments view of the post in the URL, read for the logged-in brand', () => {
    expect(ig.viewOf(url)).toBe('post-comments');
    expect(c.platform).toBe('instagram');
    expect(c.view).toBe(want.view);
    expect(c.threadId).toBe(want.threadId);
    expect(c.brand).toEqual(want.brand);
  });

  it('reads the post: author, brand flag, caption text and time', () => {
    expect(pickLike(c.post, want.post)).toEqual(wantedFields(want.post));
    expect(c.post?.permalink).toBe('https://www.instagram.com/p/DBx3kLmN0pQ/');
  });

  it('reads every comment and reply in page order with id, time, permalink, depth and parent', () => {
    checkMessages(c, want.messages);
    expect(c.messages.map((m) => m.relativeTime)).toEqual(['4h', '4h', '3h', '3h', '3h', '2h', '1h']);
  });

  it('leaves out the caption, buttons, like counts and the "more posts" grid', () => {
    const texts = c.messages.map((m) => m.text).join('\n');
    for (const junk of ['Reply', 'likes', 'Hide replies', 'More posts', '#nordwindmobil', 'Load more']) {
      expect(texts).not.toContain(junk);
    }
  });

  it('finds the comment textarea', () => {
    const composer = ig.findComposer(doc, c);
    expect(c.composerFound).toBe(true);
    expect(composer?.tagName).toBe('TEXTAREA');
    expect(composer).toBe(doc.querySelector(want.composer.selector));
    expect(ig.findComposer(doc)).toBe(composer);
  });

  it('still finds the textarea when its label is in another language', () => {
    const d = load(POST).doc;
    d.querySelector('textarea')!.setAttribute('aria-label', 'Kommentieren …');
    expect(ig.findComposer(d, c)?.tagName).toBe('TEXTAREA');
  });
});

describe('Instagram Direct thread (saved page)', () => {
  for (const name of [THREAD, NAV]) {
    const want = name === NAV ? { ...expected[NAV], ...expected[NAV].states[0] } : expected[name];
    const { doc, url } = load(name, want.url);
    const c = conv(ig.extract(doc, url));

    it(`${name}: dm view with thread id, brand and counterpart`, () => {
      expect(ig.viewOf(url)).toBe('dm');
      expect(c.view).toBe('dm');
      expect(c.threadId).toBe(want.threadId);
      expect(c.brand).toEqual(brandOnPage(want.brand));
      expect(c.counterpart).toEqual(want.counterpart);
    });

    it(`${name}: messages in order, own ones marked, hidden sender labels not in the text`, () => {
      checkMessages(c, want.messages);
      for (const m of c.messages) {
        expect(m.text).not.toMatch(/^(You sent|Jonas Becker)/);
      }
    });

    it(`${name}: clock labels as the page shows them, after each day separator`, () => {
      expect(c.messages.map((m) => [m.dayLabel, m.timeLabel])).toEqual([
        ['Today', '9:12 AM'],
        ['Today', undefined],
        ['Today', '9:30 AM'],
        ['Today', undefined],
        ['Today', '9:44 AM'],
      ]);
    });

    it(`${name}: ignores the inbox list and the profile card`, () => {
      const texts = c.messages.map((m) => m.text).join('\n');
      expect(texts).not.toContain('You: ');
      expect(texts).not.toContain('View profile');
      expect(texts).not.toContain('Instagram');
    });

    it(`${name}: finds the Lexical message box`, () => {
      const composer = ig.findComposer(doc, c);
      expect(c.composerFound).toBe(true);
      expect(composer).toBe(doc.querySelector(want.composer.selector));
      expect(composer?.getAttribute('contenteditable')).toBe('true');
    });
  }

  it('reads the second thread after switching conversations (the page swaps the thread pane)', () => {
    const first = expected[NAV];
    const second = { ...first, ...first.states[1] };
    const { doc } = load(NAV, first.url);
    // What the page's router does on click: the new URL, then the pane re-rendered from a template.
    const trigger = doc.querySelector<HTMLElement>('[data-fixture-nav*="17859876543210987"]')!;
    const url = new URL(trigger.getAttribute('data-fixture-nav')!, first.url);
    expect(url.href).toBe(second.url);
    doc.title = trigger.getAttribute('data-fixture-title')!;
    // URL and title change first; until the pane is re-rendered it still shows the old thread.
    const early = ig.extract(doc, url);
    expect(early.ok).toBe(false);
    if (!early.ok) expect(early.reason).toMatch(/loading/);

    const tpl = doc.getElementById(trigger.getAttribute('data-fixture-template')!) as HTMLTemplateElement;
    doc.querySelector('[data-fixture-thread-pane]')!.replaceChildren(tpl.content.cloneNode(true));

    const c = conv(ig.extract(doc, url));
    expect(c.threadId).toBe(second.threadId);
    expect(c.counterpart).toEqual(second.counterpart);
    checkMessages(c, second.messages);
    expect(c.messages[0]).toMatchObject({ dayLabel: 'Yesterday', timeLabel: '5:02 PM' });
    expect(ig.findComposer(doc, c)).toBe(doc.querySelector(second.composer.selector));
  });

  it('the inbox without an open thread is not a conversation', () => {
    const url = new URL('https://www.instagram.com/direct/inbox/');
    expect(ig.viewOf(url)).toBeNull();
    const r = ig.extract(load(THREAD, url.href).doc, url);
    expect(r.ok).toBe(false);
  });
});

describe('Instagram pages that are not conversations', () => {
  it.each([
    'https://www.instagram.com/',
    'https://www.instagram.com/nordwind.mobil/',
    'https://www.instagram.com/explore/',
    'https://www.instagram.com/reels/',
    'https://www.instagram.com/accounts/login/',
    'https://www.instagram.com/accounts/edit/',
    'https://www.instagram.com/direct/inbox/',
    'https://www.instagram.com/notifications/',
    'https://www.instagram.com/stories/nordwind.mobil/3456789012345678901/',
  ])('%s → null', (href) => {
    expect(ig.viewOf(new URL(href))).toBeNull();
    const r = ig.extract(load(POST).doc, new URL(href));
    expect(r.ok).toBe(false);
  });

  it('serves only Instagram hosts', () => {
    expect(ig.platform).toBe('instagram');
    expect(ig.hosts).toContain('www.instagram.com');
  });
});


/** Runs extract on a mutated copy: it must not throw, and a success must be a valid conversation. */
function extractMutated(name: string, mutate: (doc: Document) => void, url = expected[name].url as string) {
  const { doc } = load(name, url);
  mutate(doc);
  let r: ExtractResult | undefined;
  expect(() => (r = ig.extract(doc, new URL(url)))).not.toThrow();
  return { r: r!, doc };
}
const commentItems = (doc: Document) =>
  Array.from(doc.querySelectorAll('article li')).filter((li) => li.querySelector('a[href*="/c/"]')?.closest('li') === li);
const rows = (doc: Document) =>
  Array.from(doc.querySelectorAll('[aria-label^="Conversation with"] [role="row"]')).filter((r) =>
    r.querySelector('[dir="auto"]'),
  ).filter((r) => r.querySelector('[role="none"]'));

describe('Instagram post page, damaged or hostile', () => {
  const want = expected[POST];
  const n = want.messages.length;

  it('a removed comment drops only that comment', () => {
    for (let i = 0; i < n; i++) {
      const { r } = extractMutated(POST, (d) => commentItems(d)[i]!.remove());
      const c = conv(r);
      expect(c.messages).toHaveLength(n - 1);
      const left = want.messages.filter((_: unknown, j: number) => j !== i).map((m: any) => m.commentId);
      expect(c.messages.map((m) => m.commentId)).toEqual(left);
    }
  });

  it('a comment without author link, text or time is kept with what is left', () => {
    const parts: [string, (li: Element) => void][] = [
      ['author links', (li) => li.querySelectorAll('a[href]:not([href*="/p/"])').forEach((a) => a.remove())],
      ['text', (li) => li.querySelector('[dir="auto"]')?.remove()],
      ['time', (li) => li.querySelector('time')?.remove()],
      ['permalink', (li) => li.querySelector('a[href*="/c/"]')?.replaceWith(...Array.from(li.querySelector('a[href*="/c/"]')!.childNodes))],
    ];
    for (const [what, cut] of parts) {
      for (let i = 0; i < n; i++) {
        const { r } = extractMutated(POST, (d) => cut(commentItems(d)[i]!));
        expect(r.ok, `${what} of comment ${i}`).toBe(true);
        const c = conv(r);
        // Every other comment is read as before.
        for (let j = 0; j < n; j++) {
          if (j === i) continue;
          const other = c.messages.find((m) => m.commentId === want.messages[j].commentId);
          expect(other?.text, `${what} ${i}: comment ${j}`).toBe(want.messages[j].text);
        }
      }
    }
  });

  it('a comment without its time keeps its id and text but gets no invented time', () => {
    const { r } = extractMutated(POST, (d) => commentItems(d)[0]!.querySelector('time')!.remove());
    const m = conv(r).messages[0]!;
    expect(m).toMatchObject({ commentId: want.messages[0].commentId, text: want.messages[0].text });
    expect(m.timestamp).toBeUndefined();
    expect(m.relativeTime).toBeUndefined();
  });

  it('renamed attributes never make it throw', () => {
    for (const attr of ['href', 'datetime', 'dir', 'role', 'aria-label', 'lang']) {
      const { r } = extractMutated(POST, (d) =>
        d.querySelectorAll(`[${attr}]`).forEach((e) => {
          e.setAttribute(`data-x-${attr}`, e.getAttribute(attr)!);
          e.removeAttribute(attr);
        }),
      );
      if (r.ok) expect(r.conversation.threadId).toBe(want.threadId);
    }
  });

  it('an invalid datetime is dropped, not passed on', () => {
    const { r } = extractMutated(POST, (d) => commentItems(d)[1]!.querySelector('time')!.setAttribute('datetime', 'gestern'));
    expect(conv(r).messages[1]!.timestamp).toBeUndefined();
  });

  it('hostile comment and caption text comes through as plain text', () => {
    for (const bad of HOSTILE) {
      const { r, doc } = extractMutated(POST, (d) => {
        commentItems(d)[0]!.querySelector('[dir="auto"]')!.textContent = bad;
        d.querySelector('article h1')!.textContent = bad;
      });
      const c = conv(r);
      expect(c.messages[0]!.text).toBe(bad);
      expect(c.post?.text).toBe(bad);
      expect(doc.querySelectorAll('script').length).toBe(0);
      expect(doc.querySelector('img[src="x"]')).toBeNull();
    }
  });

  it('right-to-left marks around a comment stay in the text and do not break the read', () => {
    const { r } = extractMutated(POST, (d) => {
      const span = commentItems(d)[2]!.querySelector('[dir="auto"]')!;
      span.setAttribute('dir', 'rtl');
      span.prepend('\u200F');
      span.append('\u202B\u202C');
    });
    const c = conv(r);
    expect(c.messages[2]!.text.startsWith('\u200F@markus_rauscher')).toBe(true);
    expect(c.messages[2]!.inReplyTo).toBe('markus_rauscher');
  });

  it('a 50 KB caption is read whole', () => {
    const long = 'Lorem ipsum dolor sit amet. '.repeat(1_800);
    const { r } = extractMutated(POST, (d) => (d.querySelector('article h1')!.textContent = long));
    expect(conv(r).post?.text).toBe(long.trim());
    expect(conv(r).messages).toHaveLength(n);
  });

  it('a page without the post gives a reason, not an error', () => {
    const { r } = extractMutated(POST, (d) => d.querySelector('article')!.remove());
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reason).toMatch(/post/);
    const { r: empty } = extractMutated(POST, (d) => d.body.replaceChildren());
    expect(empty.ok).toBe(false);
  });

  it('a comment carrying its own lang attribute keeps that language', () => {
    const { r } = extractMutated(POST, (d) => commentItems(d)[5]!.querySelector('[dir="auto"]')!.setAttribute('lang', 'de'));
    expect(conv(r).messages[5]!.lang).toBe('de');
  });
});

describe('Instagram Direct thread, damaged or hostile', () => {
  const want = expected[THREAD];
  const n = want.messages.length;

  it('a removed message row drops only that message', () => {
    for (let i = 0; i < n; i++) {
      const { r } = extractMutated(THREAD, (d) => rows(d)[i]!.remove());
      const c = conv(r);
      expect(c.messages.map((m) => m.text)).toEqual(want.messages.filter((_: unknown, j: number) => j !== i).map((m: any) => m.text));
    }
  });

  it('without the thread header the counterpart comes from the label and the avatars', () => {
    const { r } = extractMutated(THREAD, (d) => d.querySelector('[aria-label^="Conversation with"] > div > a')!.remove());
    const c = conv(r);
    expect(c.counterpart).toEqual(want.counterpart);
    expect(c.messages.map((m) => m.isBrand)).toEqual(want.messages.map((m: any) => m.isBrand));
  });

  it('without the hidden sender labels the sender still follows from avatars, menus and alignment', () => {
    const strip = (d: Document, also: (row: Element) => void) =>
      rows(d).forEach((row) => {
        row.querySelector('[role="gridcell"] > span')?.remove();
        also(row);
      });
    const cases: [string, (row: Element) => void][] = [
      ['labels', () => {}],
      ['labels and menus', (row) => row.querySelector('[aria-label^="See more options"]')?.remove()],
      [
        'labels, menus and avatars (alignment only)',
        (row) => {
          row.querySelector('[aria-label^="See more options"]')?.remove();
          row.querySelector('a[href]')?.parentElement?.remove();
        },
      ],
    ];
    for (const [what, also] of cases) {
      const { r } = extractMutated(THREAD, (d) => strip(d, also));
      const c = conv(r);
      expect(c.messages.map((m) => m.isBrand), what).toEqual(want.messages.map((m: any) => m.isBrand));
      expect(c.messages.map((m) => m.text), what).toEqual(want.messages.map((m: any) => m.text));
    }
  });

  it('a German page ("Du hast gesendet") is read the same way', () => {
    const { r } = extractMutated(THREAD, (d) =>
      rows(d).forEach((row) => {
        const label = row.querySelector('[role="gridcell"] > span')!;
        if (label.textContent === 'You sent') label.textContent = 'Du hast gesendet';
        row.querySelector('[aria-label^="See more options"]')?.remove();
      }),
    );
    expect(conv(r).messages.map((m) => m.isBrand)).toEqual(want.messages.map((m: any) => m.isBrand));
  });

  it('renamed attributes never make it throw', () => {
    for (const attr of ['href', 'role', 'aria-label', 'dir', 'contenteditable', 'style']) {
      const { r } = extractMutated(THREAD, (d) =>
        d.querySelectorAll(`[${attr}]`).forEach((e) => {
          e.setAttribute(`data-x-${attr}`, e.getAttribute(attr)!);
          e.removeAttribute(attr);
        }),
      );
      if (r.ok) expect(r.conversation.threadId).toBe(want.threadId);
    }
  });

  it('without the conversation label the rows around the composer are still read', () => {
    const { r } = extractMutated(THREAD, (d) => d.querySelector('[aria-label^="Conversation with"]')!.removeAttribute('aria-label'));
    const c = conv(r);
    expect(c.messages.map((m) => m.text)).toEqual(want.messages.map((m: any) => m.text));
    expect(c.counterpart?.handle).toBe(want.counterpart.handle);
  });

  it('hostile message text and names come through as plain text', () => {
    for (const bad of HOSTILE) {
      const { r, doc } = extractMutated(THREAD, (d) => {
        rows(d)[0]!.querySelector('[role="none"] [dir="auto"]')!.textContent = bad;
        d.querySelector('[aria-label^="Conversation with"] a [dir="auto"]')!.textContent = bad;
      });
      const c = conv(r);
      expect(c.messages[0]!.text).toBe(bad);
      expect(c.counterpart?.name).toBe(bad.slice(0, 2_000));
      expect(c.messages).toHaveLength(n);
      expect(doc.querySelectorAll('script').length).toBe(0);
      expect(doc.querySelector('img[src="x"]')).toBeNull();
    }
  });

  it('a 50 KB message is read whole', () => {
    const long = 'Hallo, ich habe eine Frage zu meiner Rechnung. '.repeat(1_100);
    const { r } = extractMutated(THREAD, (d) => (rows(d)[3]!.querySelector('[role="none"] [dir="auto"]')!.textContent = long));
    expect(conv(r).messages[3]!.text).toBe(long.trim());
  });

  it('an empty thread pane gives a reason, not an error', () => {
    const { r } = extractMutated(THREAD, (d) => d.querySelector('[data-fixture-thread-pane]')!.replaceChildren());
    expect(r.ok).toBe(false);
  });
});

/**
 * happy-dom has no `document.execCommand` and no editor that handles paste, so the Lexical path is
 * tested against a minimal stand-in that behaves like Lexical (insertText for one line, paste for
 * several). The e2e tests in Chromium cover the real browser path.
 */
function fakeLexical(doc: Document, el: HTMLElement) {
  const calls: string[] = [];
  (doc as any).execCommand = (cmd: string, _ui: boolean, value: string) => {
    calls.push(cmd);
    if (cmd !== 'insertText') return false;
    el.replaceChildren(doc.createElement('p'));
    el.firstElementChild!.textContent = value;
    return true;
  };
  el.addEventListener('paste', (ev: Event) => {
    const text = (ev as ClipboardEvent).clipboardData?.getData('text/plain') ?? '';
    calls.push('paste');
    ev.preventDefault();
    el.replaceChildren(...text.split('\n').map((line) => Object.assign(doc.createElement('p'), { textContent: line })));
  });
  return calls;
}

describe('Instagram composers', () => {
  it('puts a reply into the comment textarea with an input event, replacing the draft', async () => {
    const { doc } = load(POST);
    const ta = ig.findComposer(doc) as HTMLTextAreaElement;
    ta.value = 'alter Entwurf';
    const events: string[] = [];
    ta.addEventListener('input', (e) => events.push(e.type));
    const r = await ig.insertText(ta, 'Hallo Lena, ja – in Dresden auch! 😊');
    expect(r).toEqual({ ok: true });
    expect(ta.value).toBe('Hallo Lena, ja – in Dresden auch! 😊');
    expect(events).toContain('input');
    expect(ig.readComposer(ta)).toBe('Hallo Lena, ja – in Dresden auch! 😊');
  });

  it('puts hostile text into the textarea as text', async () => {
    const { doc } = load(POST);
    const ta = ig.findComposer(doc) as HTMLTextAreaElement;
    const before = doc.querySelectorAll('img').length;
    expect(await ig.insertText(ta, HOSTILE[0]!)).toEqual({ ok: true });
    expect(ta.value).toBe(HOSTILE[0]);
    expect(doc.querySelectorAll('img').length).toBe(before);
  });

  it('puts a one-line reply into the Direct message box through insertText', async () => {
    const { doc } = load(THREAD);
    const box = ig.findComposer(doc)!;
    const calls = fakeLexical(doc, box);
    expect(ig.readComposer(box)).toBe('');
    const r = await ig.insertText(box, 'Hallo Jonas, die Sendungsnummer kommt gleich.');
    expect(r).toEqual({ ok: true });
    expect(calls).toEqual(['insertText']);
    expect(ig.readComposer(box)).toBe('Hallo Jonas, die Sendungsnummer kommt gleich.');
  });

  it('puts a multi-line reply into the Direct message box as one paste', async () => {
    const { doc } = load(THREAD);
    const box = ig.findComposer(doc)!;
    const calls = fakeLexical(doc, box);
    const r = await ig.insertText(box, 'Hallo Jonas,\ndeine Hülle ist unterwegs.');
    expect(r).toEqual({ ok: true });
    expect(calls).toEqual(['paste']);
    expect(box.textContent).toContain('deine Hülle ist unterwegs.');
  });

  it('reports an editor that refuses the text instead of pretending', async () => {
    const { doc } = load(THREAD);
    const box = ig.findComposer(doc)!;
    const r = await ig.insertText(box, 'Hallo');
    expect(r.ok).toBe(false);
  });

  it('refuses elements that are not composers', async () => {
    const { doc } = load(THREAD);
    const r = await ig.insertText(doc.querySelector('[role="row"]') as HTMLElement, 'Hallo');
    expect(r.ok).toBe(false);
  });

  it('reads the draft of each composer', () => {
    const { doc } = load(THREAD);
    const box = ig.findComposer(doc)!;
    box.replaceChildren(Object.assign(doc.createElement('p'), { textContent: 'Entwurf an Jonas' }));
    expect(ig.readComposer(box)).toBe('Entwurf an Jonas');
    const post = load(POST).doc;
    const ta = ig.findComposer(post) as HTMLTextAreaElement;
    ta.value = 'Entwurf';
    expect(ig.readComposer(ta)).toBe('Entwurf');
  });

  it('reads a Lexical draft line by line, without the blank line innerText puts between paragraphs', () => {
    const { doc } = load(THREAD);
    const box = ig.findComposer(doc)!;
    const p = (...parts: (string | Node)[]) => {
      const el = doc.createElement('p');
      el.append(...parts);
      return el;
    };
    const emoji = Object.assign(doc.createElement('img'), { alt: '🙂' });
    box.replaceChildren(p('Hallo  Jonas,'), p(doc.createElement('br')), p('Zeile ', emoji, doc.createElement('br'), 'weiter'));
    expect(ig.readComposer(box)).toBe('Hallo  Jonas,\n\nZeile 🙂\nweiter');
    box.replaceChildren(p(doc.createElement('br')));
    expect(ig.readComposer(box)).toBe('');
  });

  it('finds no composer on a page that has none', () => {
    const { doc } = load(POST);
    doc.querySelector('form')!.remove();
    expect(ig.findComposer(doc)).toBeNull();
    const c = conv(ig.extract(doc, new URL(expected[POST].url)));
    expect(c.composerFound).toBe(false);
  });
});

describe('Instagram page variants', () => {
  const want = expected[POST];

  it('replies nested inside their comment (older layout) get depth 1 and their parent', () => {
    const { r } = extractMutated(POST, (d) => {
      const items = commentItems(d);
      const markus = items[1]!;
      const reply = items[2]!;
      const wrapper = reply.closest('ul')!.closest('li')!;
      const ul = d.createElement('ul');
      ul.append(reply);
      markus.append(ul);
      wrapper.remove();
    });
    const c = conv(r);
    checkMessages(c, want.messages);
  });

  it('picks the post of the URL when a feed post is also on the page', () => {
    const { r } = extractMutated(POST, (d) => {
      const other = d.querySelector('article')!.cloneNode(true) as Element;
      other.querySelectorAll('a[href*="/p/"]').forEach((a) =>
        a.setAttribute('href', a.getAttribute('href')!.replace('DBx3kLmN0pQ', 'DAaaaaaaaaa')),
      );
      other.querySelectorAll('[dir="auto"]').forEach((e) => (e.textContent = 'feed text'));
      d.body.prepend(other);
    });
    const c = conv(r);
    expect(c.post?.text).toBe(want.post.text);
    checkMessages(c, want.messages);
  });

  it('does not read the previous post while the next one is still rendering', () => {
    const next = 'https://www.instagram.com/p/DBw9aQrS1tU/';
    const { r } = extractMutated(POST, () => {}, next);
    expect(r.ok).toBe(false);
  });

  it('status rows ("Seen", reactions) are neither messages nor day separators', () => {
    const { r } = extractMutated(THREAD, (d) => {
      const list = d.querySelector('[aria-label^="Messages in conversation"]')!;
      const status = (text: string) => {
        const row = d.createElement('div');
        row.setAttribute('role', 'row');
        row.append(Object.assign(d.createElement('span'), { textContent: text }));
        return row;
      };
      rows(d)[1]!.after(status('Jonas Becker reacted ❤️ to your message'));
      list.append(status('Seen'));
    });
    const c = conv(r);
    checkMessages(c, expected[THREAD].messages);
    expect(c.messages.map((m) => m.dayLabel)).toEqual(['Today', 'Today', 'Today', 'Today', 'Today']);
  });
});

describe('Instagram in another UI language', () => {
  /** Rewrites the English UI strings of the DM page the way a German or French UI shows them. */
  function translate(d: Document, own: string, region: string, today: string) {
    d.documentElement.setAttribute('lang', region.startsWith('Unter') ? 'de' : 'fr');
    const conv = d.querySelector('[aria-label^="Conversation with"]')!;
    conv.setAttribute('aria-label', `${region} Jonas Becker`);
    d.querySelectorAll('[aria-label^="Messages in conversation"]').forEach((e) => e.setAttribute('aria-label', `${region} Jonas Becker`));
    d.querySelectorAll('[aria-label^="See more options"]').forEach((e) => e.setAttribute('aria-label', 'Optionen'));
    d.querySelectorAll('[role="gridcell"] > span').forEach((s) => {
      if (s.textContent === 'You sent') s.textContent = own;
    });
    d.querySelectorAll('[role="row"] span[dir="auto"]').forEach((s) => {
      s.textContent = s.textContent!.replace(/^Today (\d+):(\d+) AM$/, (_, h, m) => `${today} ${h.padStart(2, '0')}:${m}`);
    });
    d.querySelector('[contenteditable="true"]')!.setAttribute('aria-label', 'Nachricht');
  }

  it('reads a German Direct thread the same way (html lang is the UI language, not the message language)', () => {
    const want = expected[THREAD];
    const { r } = extractMutated(THREAD, (d) => translate(d, 'Du hast gesendet', 'Unterhaltung mit', 'Heute'));
    const c = conv(r);
    checkMessages(c, want.messages);
    expect(c.counterpart).toEqual(want.counterpart);
    expect(c.messages[0]).toMatchObject({ dayLabel: 'Heute', timeLabel: '09:12' });
    expect(c.composerFound).toBe(true);
  });

  it('falls back to the bubble alignment when the own-message label is in an unknown wording', () => {
    const want = expected[THREAD];
    const { r } = extractMutated(THREAD, (d) => {
      translate(d, 'Vous avez envoyé', 'Conversation avec', "Aujourd'hui");
      d.querySelectorAll('[role="row"] a[href]').forEach((a) => a.parentElement!.remove());
    });
    expect(conv(r).messages.map((m) => m.isBrand)).toEqual(want.messages.map((m: any) => m.isBrand));
  });

  it('reads a post page with a German title and comment box label', () => {
    const want = expected[POST];
    const { r, doc } = extractMutated(POST, (d) => {
      d.documentElement.setAttribute('lang', 'de');
      d.title = 'Nordwind Mobil auf Instagram: „Neu: Nordwind Flex 50“';
      d.querySelector('textarea')!.setAttribute('aria-label', 'Kommentar hinzufügen …');
    });
    const c = conv(r);
    expect(c.brand).toEqual(want.brand);
    checkMessages(c, want.messages);
    expect(ig.findComposer(doc, c)?.tagName).toBe('TEXTAREA');
  });
});

describe('Instagram reel page without an article element', () => {
  it('reads the reel and its comments from the main area', () => {
    const url = 'https://www.instagram.com/reel/DBx3kLmN0pQ/';
    const { r } = extractMutated(
      POST,
      (d) => {
        const article = d.querySelector('article')!;
        const div = d.createElement('div');
        div.append(...Array.from(article.childNodes));
        article.replaceWith(div);
        // The "more posts" grid below the post.
        Array.from(d.querySelectorAll('main h2')).find((h) => h.textContent!.startsWith('More posts'))!.parentElement!.remove();
      },
      url,
    );
    const c = conv(r);
    expect(c.threadId).toBe('DBx3kLmN0pQ');
    expect(c.post?.text).toBe(expected[POST].post.text);
    expect(c.post?.permalink).toBe(url);
    checkMessages(c, expected[POST].messages);
  });
});

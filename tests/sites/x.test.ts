// Runs in the node environment: the harness builds its own happy-dom window per page.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { HOSTILE, expected, fixtureHtml, loadDocument, pickLike, wantedFields } from './harness';
import { xAdapter } from '../../lib/sites/x';
import type { Conversation, ExtractResult } from '../../lib/model/conversation';

const PAGES = ['x/tweet-detail.html', 'x/navigation.html', 'x/dm-thread.html'] as const;

function load(name: string, url: string = expected[name].url): Document {
  return loadDocument(fixtureHtml(name), url);
}

function read(doc: Document, url: string): ExtractResult {
  return xAdapter.extract(doc, new URL(url));
}

function conversationOf(doc: Document, url: string): Conversation {
  const r = read(doc, url);
  if (!r.ok) throw new Error(`expected a conversation, got: ${r.reason}`);
  return r.conversation;
}

/** Expected messages of a page (the first state of a navigation page). */
type Wanted = Record<string, unknown>;

function wantedMessages(name: string): Wanted[] {
  const page = expected[name];
  return page.messages ?? page.states[0].messages;
}

function expectMessages(actual: Conversation['messages'], wanted: Wanted[]): void {
  expect(actual.map((m, i) => pickLike(m, wanted[i] ?? {}))).toEqual(wanted.map(wantedFields));
}

/** The message containers of a page: posts on post pages, bubbles in XChat. */
function containers(doc: Document, name: string): Element[] {
  return name.includes('dm-')
    ? Array.from(doc.querySelectorAll('[data-testid^="message-"]')).filter((e) =>
        /^message-[0-9a-f-]{36}$/.test(e.getAttribute('data-testid') ?? ''),
      )
    : Array.from(doc.querySelectorAll('[aria-label^="Timeline"] article[data-testid="tweet"]'));
}

function textNodes(doc: Document, name: string): Element[] {
  return Array.from(
    doc.querySelectorAll(name.includes('dm-') ? '[data-testid^="message-text-"] span[dir="auto"]' : '[data-testid="tweetText"]'),
  );
}

describe('X adapter on the saved pages', () => {
  for (const name of PAGES) {
    it(`${name}: view, thread, brand, counterpart and every message in order`, () => {
      const page = expected[name];
      const url = new URL(page.url);
      expect(xAdapter.viewOf(url)).toBe(page.view);
      const c = conversationOf(load(name), page.url);
      const threadId = page.threadId ?? page.states[0].threadId;
      expect(c.platform).toBe('x');
      expect(c.view).toBe(page.view);
      expect(c.threadId).toBe(threadId);
      expect(c.url).toBe(page.url);
      expect(pickLike({ author: c.brand }, { author: page.brand }).author).toEqual(page.brand);
      if (page.counterpart) expect(pickLike({ author: c.counterpart }, { author: page.counterpart }).author).toEqual(page.counterpart);
      else expect(c.counterpart).toBeUndefined();
      expectMessages(c.messages, wantedMessages(name));
      expect(c.composerFound).toBe(true);
    });

    it(`${name}: nothing from outside the conversation`, () => {
      const c = conversationOf(load(name), expected[name].url);
      for (const ignored of expected[name].mustIgnore ?? []) {
        expect(c.messages.some((m) => m.id === ignored.id)).toBe(false);
        expect(c.messages.some((m) => m.text.includes(ignored.text.trim()))).toBe(false);
      }
      // The reply box, sidebar suggestions and inbox previews are not messages.
      expect(c.messages.some((m) => m.author.handle === 'handyratgeber')).toBe(false);
      expect(new Set(c.messages.map((m) => m.id)).size).toBe(c.messages.length);
    });

    it(`${name}: finds the composer the agent replies in`, () => {
      const page = expected[name];
      const doc = load(name);
      const composer = xAdapter.findComposer(doc);
      expect(composer).not.toBeNull();
      expect(composer!.matches(page.composer.selector)).toBe(true);
      if (page.composer.kind === 'textarea') expect(composer!.tagName).toBe('TEXTAREA');
      else expect(composer!.getAttribute('contenteditable')).toBe('true');
      expect(xAdapter.readComposer(composer!)).toBe('');
    });
  }

  it('post detail: times are kept as the page shows them', () => {
    const c = conversationOf(load('x/tweet-detail.html'), expected['x/tweet-detail.html'].url);
    expect(c.messages[0]).toMatchObject({ timeLabel: '10:00 AM', dayLabel: 'Nov 18, 2025' });
    expect(c.messages[3]).toMatchObject({ relativeTime: '3h' });
    expect(c.messages[0]!.text).toContain('🎉');
  });

  it('DM: clock labels under the day separator, brand by bubble side', () => {
    const c = conversationOf(load('x/dm-thread.html'), expected['x/dm-thread.html'].url);
    expect(c.messages.every((m) => m.dayLabel === 'Today')).toBe(true);
    expect(c.messages.every((m) => m.timestamp === undefined)).toBe(true);
    expect(c.messages.map((m) => m.isBrand)).toEqual([false, true, false, false, true, false]);
    expect(c.messages[4]!.text).not.toContain('Seen');
  });
});

describe('X adapter follows in-app navigation', () => {
  const name = 'x/navigation.html';
  const [first, second] = expected[name].states;

  /** Does what the page's router script does on a click on a[data-fixture-nav]. */
  function switchTo(doc: Document, template: string): void {
    const target = doc.querySelector(doc.documentElement.getAttribute('data-fixture-target')!)!;
    const tpl = doc.getElementById(template) as HTMLTemplateElement;
    target.replaceChildren(tpl.content.cloneNode(true));
  }

  it('reads the second post after the switch', () => {
    const doc = load(name, second.url);
    const nav = doc.querySelector('a[data-fixture-nav]')!;
    expect(new URL(nav.getAttribute('data-fixture-nav')!, first.url).href).toBe(second.url);
    switchTo(doc, nav.getAttribute('data-fixture-template')!);
    const c = conversationOf(doc, second.url);
    expect(c.threadId).toBe(second.threadId);
    expectMessages(c.messages, second.messages);
    expect(c.composerFound).toBe(true);
  });

  it('reports no conversation while the URL is new but the old post is still shown', () => {
    const r = read(load(name, second.url), second.url);
    expect(r.ok).toBe(false);
  });

  it('reads the first post again after going back', () => {
    const doc = load(name, second.url);
    switchTo(doc, doc.querySelector('a[data-fixture-nav]')!.getAttribute('data-fixture-template')!);
    switchTo(doc, doc.documentElement.getAttribute('data-fixture-initial-template')!);
    expectMessages(conversationOf(doc, first.url).messages, first.messages);
  });
});

describe('X adapter on pages that are not conversations', () => {
  it('viewOf is null and extract says so', () => {
    for (const url of ['https://x.com/home', 'https://x.com/nordwind_mobil', 'https://x.com/settings', 'https://x.com/i/flow/login', 'https://x.com/explore', 'https://x.com/i/chat']) {
      expect(xAdapter.viewOf(new URL(url))).toBeNull();
      expect(read(load('x/tweet-detail.html'), url).ok).toBe(false);
    }
  });

  it('a conversation URL over an empty page is no conversation, not a crash', () => {
    for (const name of PAGES) {
      const doc = loadDocument('<html><body><main role="main"></main></body></html>', expected[name].url);
      expect(read(doc, expected[name].url)).toMatchObject({ ok: false });
      expect(xAdapter.findComposer(doc)).toBeNull();
    }
  });
});

describe('X adapter on damaged and hostile pages', () => {
  /** extract never throws; returns either no conversation or a valid partial one. */
  function safeRead(doc: Document, name: string): ExtractResult {
    let r: ExtractResult | undefined;
    expect(() => (r = read(doc, expected[name].url))).not.toThrow();
    return r!;
  }

  for (const name of PAGES) {
    const n = wantedMessages(name).length;

    it(`${name}: each message container removed in turn leaves the others`, () => {
      for (let i = 0; i < n; i++) {
        const doc = load(name);
        const gone = containers(doc, name)[i]!;
        gone.remove();
        const r = safeRead(doc, name);
        if (name.includes('dm-') || i > 0) {
          expect(r.ok).toBe(true);
          if (r.ok) expect(r.conversation.messages).toHaveLength(n - 1);
        } else if (r.ok) {
          expect(r.conversation.messages).toHaveLength(n - 1);
        }
      }
    });

    it(`${name}: without author links, texts or times it still reads what is left`, () => {
      const cases: Array<[string, (d: Document) => void, (c: Conversation) => void]> = [
        ['author links', (d) => d.querySelectorAll('[data-testid="User-Name"], [data-testid="dm-conversation-header"]').forEach((e) => e.remove()), (c) => expect(c.messages).toHaveLength(n)],
        ['texts', (d) => textNodes(d, name).forEach((e) => e.remove()), (c) => expect(c.messages.every((m) => m.text === '')).toBe(true)],
        ['times', (d) => d.querySelectorAll('time, [data-testid^="message-text-"] span:not([dir])').forEach((e) => e.remove()), (c) => expect(c.messages.every((m) => !m.timestamp && !m.timeLabel)).toBe(true)],
        ['account nav', (d) => d.querySelectorAll('header[role="banner"]').forEach((e) => e.remove()), (c) => { expect(c.brand).toBeNull(); expect(c.messages.every((m) => (name.includes('dm-') ? true : !m.isBrand))).toBe(true); }],
      ];
      for (const [what, mutate, check] of cases) {
        const doc = load(name);
        mutate(doc);
        const r = safeRead(doc, name);
        expect(r.ok, what).toBe(true);
        if (r.ok) check(r.conversation);
      }
    });

    it(`${name}: renamed test ids give no conversation or a partial one, never a crash`, () => {
      const doc = load(name);
      doc.querySelectorAll('[data-testid]').forEach((e) => {
        e.setAttribute('data-x', e.getAttribute('data-testid')!);
        e.removeAttribute('data-testid');
      });
      const r = safeRead(doc, name);
      if (r.ok) expect(r.conversation.messages.length).toBeLessThanOrEqual(n);
    });

    it(`${name}: hostile text comes through as plain text`, () => {
      for (const hostile of HOSTILE) {
        const doc = load(name);
        for (const el of textNodes(doc, name)) el.textContent = hostile;
        const imgs = doc.querySelectorAll('img').length;
        const r = safeRead(doc, name);
        expect(r.ok).toBe(true);
        if (!r.ok) continue;
        const want = hostile.replace(/\s+/g, ' ').trim();
        expect(r.conversation.messages.map((m) => m.text)).toEqual(Array(n).fill(want));
        expect(doc.querySelectorAll('img').length).toBe(imgs);
        expect(doc.querySelector('script:not([src])')?.textContent ?? '').not.toContain('alert(1)');
      }
    });

    it(`${name}: hostile names and RTL marks do not break the conversation`, () => {
      for (const hostile of HOSTILE) {
        const doc = load(name);
        doc.querySelectorAll('[data-testid="User-Name"] a:not([tabindex]) span span, [data-testid="dm-conversation-header"] span.font-bold').forEach((e) => {
          e.textContent = hostile;
        });
        const r = safeRead(doc, name);
        expect(r.ok).toBe(true);
        if (r.ok) {
          expect(r.conversation.messages).toHaveLength(n);
          const names = r.conversation.messages.filter((m) => !m.isBrand).map((m) => m.author.name ?? '');
          for (const got of names) expect(hostile.replace(/\s+/g, ' ').trim().startsWith(got)).toBe(true);
        }
      }
    });
  }
});

describe('X composers', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  /** composer.ts uses the page's globals (as it does in the content script). */
  function useWindowOf(doc: Document): void {
    const w = doc.defaultView as unknown as Record<string, unknown>;
    for (const k of ['document', 'HTMLTextAreaElement', 'HTMLInputElement', 'InputEvent', 'Event', 'DataTransfer', 'ClipboardEvent']) {
      vi.stubGlobal(k, k === 'document' ? doc : w[k]);
    }
  }

  it('XChat: the textarea takes the text, fires input and reads back as the draft', async () => {
    const name = 'x/dm-thread.html';
    const doc = load(name);
    useWindowOf(doc);
    const composer = xAdapter.findComposer(doc)! as HTMLTextAreaElement;
    const inputs: string[] = [];
    composer.addEventListener('input', () => inputs.push(composer.value));
    const text = 'Hallo Jonas,\ndas Paket ist unterwegs. ^LM';
    await expect(xAdapter.insertText(composer, text)).resolves.toEqual({ ok: true });
    expect(composer.value).toBe(text);
    expect(inputs).toContain(text);
    expect(xAdapter.readComposer(composer)).toBe(text);
    // Inserting again replaces the draft instead of appending.
    await xAdapter.insertText(composer, 'Danke!');
    expect(xAdapter.readComposer(composer)).toBe('Danke!');
  });

  for (const name of ['x/tweet-detail.html', 'x/navigation.html']) {
    it(`${name}: the Draft.js reply box gets the text as a paste`, async () => {
      const doc = load(name);
      useWindowOf(doc);
      const composer = xAdapter.findComposer(doc)!;
      // Stand-in for Draft.js: it handles paste itself and renders one block per line.
      const pasted: string[] = [];
      composer.addEventListener('paste', (ev: Event) => {
        ev.preventDefault();
        const t = (ev as ClipboardEvent).clipboardData?.getData('text/plain') ?? '';
        pasted.push(t);
        composer.replaceChildren(
          ...t.split('\n').map((line) => {
            const block = doc.createElement('div');
            block.setAttribute('data-block', 'true');
            block.textContent = line;
            return block;
          }),
        );
      });
      const text = 'Danke für den Hinweis, Markus!\nWir melden uns per DM. ^JK';
      await expect(xAdapter.insertText(composer, text)).resolves.toEqual({ ok: true });
      expect(pasted).toEqual([text]);
      expect(xAdapter.readComposer(composer)).toBe(text);
      expect(composer.querySelector('script, img')).toBeNull();
    });
  }

  it('an editor that refuses the text gives an error, not a crash', async () => {
    const doc = load('x/tweet-detail.html');
    useWindowOf(doc);
    const composer = xAdapter.findComposer(doc)!;
    // No Draft.js here to take the paste, and happy-dom has no execCommand.
    const r = await xAdapter.insertText(composer, 'Hallo');
    expect(r).toMatchObject({ ok: false, error: expect.any(String) });
    expect(xAdapter.readComposer(composer)).toBe('');
  });

  it('finds the composer through the conversation view, and none on a page without one', () => {
    const doc = load('x/dm-thread.html');
    const c = conversationOf(doc, expected['x/dm-thread.html'].url);
    expect(xAdapter.findComposer(doc, c)?.getAttribute('data-testid')).toBe('dm-composer-textarea');
    doc.querySelector('form[data-testid="dm-composer-form"]')!.remove();
    expect(xAdapter.findComposer(doc, c)).toBeNull();
    expect(conversationOf(doc, expected['x/dm-thread.html'].url).composerFound).toBe(false);
  });
});

describe('X adapter on markup the saved pages do not show', () => {
  const detail = expected['x/tweet-detail.html'];

  function replyArticle(doc: Document, handle: string): Element {
    const a = Array.from(doc.querySelectorAll('article[data-testid="tweet"]')).find((el) =>
      el.querySelector(`[data-testid="User-Name"] a[href="/${handle}"]`),
    );
    if (!a) throw new Error(`no post by ${handle}`);
    return a;
  }

  it('a quoted post inside a reply does not change the reply', () => {
    const doc = load('x/tweet-detail.html');
    const article = replyArticle(doc, 'jtaylor_uk');
    const quote = doc.createElement('div');
    quote.setAttribute('role', 'link');
    quote.setAttribute('tabindex', '0');
    quote.innerHTML =
      '<div data-testid="User-Name"><a href="/quoted_acc"><span>Quoted</span></a><a href="/quoted_acc" tabindex="-1"><span>@quoted_acc</span></a>' +
      '<a href="/quoted_acc/status/1111"><time datetime="2020-01-01T00:00:00.000Z">Jan 1, 2020</time></a></div>' +
      '<div data-testid="tweetText" lang="en">Quoted words</div>';
    article.querySelector('[data-testid="tweetText"]')!.after(quote);
    const c = conversationOf(doc, detail.url);
    const want = detail.messages[4];
    expect(pickLike(c.messages[4], want)).toEqual(wantedFields(want));
    expect(c.messages).toHaveLength(detail.messages.length);
  });

  it('"Replying to @handle" becomes inReplyTo, whatever the UI language', () => {
    const doc = load('x/tweet-detail.html');
    const article = replyArticle(doc, 'jtaylor_uk');
    const line = doc.createElement('div');
    line.innerHTML = '<div dir="ltr">Antwort an <a href="/nordwind_mobil" role="link"><span>@nordwind_mobil</span></a></div>';
    article.querySelector('[data-testid="tweetText"]')!.before(line);
    const c = conversationOf(doc, detail.url);
    expect(c.messages[4]).toMatchObject({ inReplyTo: 'nordwind_mobil', text: detail.messages[4].text });
    expect(c.messages.filter((m) => m.inReplyTo)).toHaveLength(1);
  });

  it('a promoted post in the replies is skipped', () => {
    const doc = load('x/tweet-detail.html');
    const article = replyArticle(doc, 'sabine_kr');
    const wrap = doc.createElement('div');
    wrap.setAttribute('data-testid', 'placementTracking');
    article.replaceWith(wrap);
    wrap.append(article);
    const c = conversationOf(doc, detail.url);
    expect(c.messages.map((m) => m.author.handle)).not.toContain('sabine_kr');
    expect(c.messages).toHaveLength(detail.messages.length - 1);
  });

  it('German post times are sorted into clock, day and relative labels', () => {
    const doc = load('x/tweet-detail.html');
    const times = doc.querySelectorAll('article time');
    times[0]!.textContent = '10:00 vorm. · 18. Nov. 2025';
    times[1]!.textContent = '4 Std.';
    times[2]!.textContent = '18. Nov.';
    const c = conversationOf(doc, detail.url);
    expect(c.messages[0]).toMatchObject({ timeLabel: '10:00 vorm.', dayLabel: '18. Nov. 2025' });
    expect(c.messages[1]).toMatchObject({ relativeTime: '4 Std.' });
    expect(c.messages[2]).toMatchObject({ dayLabel: '18. Nov.' });
    expect(c.messages[2]!.relativeTime).toBeUndefined();
  });

  it('a group chat names each sender from the avatar link', () => {
    const dm = expected['x/dm-thread.html'];
    const doc = load('x/dm-thread.html');
    const bubble = doc.querySelector(`[data-testid="message-${dm.messages[3].id}"] > div`)!;
    const slot = doc.createElement('div');
    slot.setAttribute('style', 'grid-area: avatar');
    slot.innerHTML = '<a href="https://x.com/anna_k"><img alt="user avatar"></a>';
    bubble.prepend(slot);
    const c = conversationOf(doc, dm.url);
    expect(c.messages[3]).toMatchObject({ isBrand: false, author: { handle: 'anna_k' } });
    expect(c.messages[2]!.author.handle).toBe('jonas_bckr');
  });

  it('a chat panel still showing another person than the URL is not read', () => {
    const dm = expected['x/dm-thread.html'];
    const doc = load('x/dm-thread.html');
    const other = 'https://x.com/i/chat/1534567890123456789-1655533344455566677';
    expect(read(doc, other)).toMatchObject({ ok: false });
    expect(read(doc, dm.url)).toMatchObject({ ok: true });
  });

  it('legacy DMs (/messages/…) are read from messageEntry, with the sender from its avatar link', () => {
    const html =
      '<html lang="en"><body><header role="banner"><a data-testid="AppTabBar_Profile_Link" href="/nordwind_mobil">Profile</a></header>' +
      '<main role="main"><div data-testid="DmScrollerContainer">' +
      '<div data-testid="messageEntry"><a href="/jonas_bckr"><img alt=""></a><div data-testid="tweetText"><span>Hallo, wo bleibt mein Paket?</span></div><time datetime="2025-11-18T09:12:00.000Z">9:12 AM</time></div>' +
      '<div data-testid="messageEntry"><a href="/nordwind_mobil"><img alt=""></a><div data-testid="tweetText"><span>Wir schauen nach!</span></div></div>' +
      '</div><div data-testid="dmComposerTextInput"><div contenteditable="true" role="textbox"></div></div></main></body></html>';
    const url = 'https://x.com/messages/1534567890123456789-1789012345678901234';
    const doc = loadDocument(html, url);
    const c = conversationOf(doc, url);
    expect(c.view).toBe('dm');
    expect(c.counterpart).toMatchObject({ handle: 'jonas_bckr' });
    expect(c.messages).toMatchObject([
      { isBrand: false, author: { handle: 'jonas_bckr' }, text: 'Hallo, wo bleibt mein Paket?', lang: 'de', timestamp: '2025-11-18T09:12:00.000Z', timeLabel: '9:12 AM' },
      { isBrand: true, author: { handle: 'nordwind_mobil' }, text: 'Wir schauen nach!' },
    ]);
    expect(xAdapter.findComposer(doc, c)?.getAttribute('contenteditable')).toBe('true');
  });
});

describe('XChat day separators', () => {
  it('a system notice row is not taken for a day', () => {
    const dm = expected['x/dm-thread.html'];
    const doc = load('x/dm-thread.html');
    const rows = doc.querySelectorAll('[data-testid="dm-message-list"] li');
    const notice = doc.createElement('li');
    notice.textContent = 'Jonas Becker accepted your message request';
    rows[2]!.before(notice);
    const yesterday = doc.createElement('li');
    yesterday.textContent = 'Gestern';
    rows[0]!.before(yesterday);
    const c = conversationOf(doc, dm.url);
    expect(c.messages.map((m) => m.dayLabel)).toEqual(Array(6).fill('Today'));
  });
});

// DOM tests on happy-dom documents made by the harness's `loadDocument` (its own happy-dom Window,
// one per page), so the file itself runs in the node environment.
/* eslint-disable @typescript-eslint/no-explicit-any -- expected.json is untyped JSON, and the fake editor pokes at happy-dom internals. */
import { afterEach, describe, expect, it } from 'vitest';
import { HOSTILE, expected, fixtureHtml, loadDocument, pickLike, wantedFields } from './harness';
import { facebookAdapter } from '../../lib/sites/facebook';
import { isSeparatorText, splitSeparator } from '../../lib/sites/facebook/common';
import { profileUrlOf, rawParam, withoutTracking } from '../../lib/sites/facebook/url';
import type { Conversation, Message } from '../../lib/model/conversation';

const POST = 'facebook/page-post-comments.html';
const DM = 'facebook/messenger-thread.html';
const INBOX = 'facebook/business-inbox-navigation.html';

function load(name: string, url: string = expected[name].url): Document {
  return loadDocument(fixtureHtml(name), url);
}

function read(doc: Document, url: string): Conversation {
  const r = facebookAdapter.extract(doc, new URL(url));
  if (!r.ok) throw new Error(`expected a conversation, got: ${r.reason}`);
  return r.conversation;
}

/**
 * The brand's profile link and Page id are not on every saved page (the Messenger and Business
 * Suite pages never link the Page; the post page never shows its numeric id). The adapter reports
 * only what the page shows, so these fields are compared where the page has them; a test below
 * proves the values are absent from those pages.
 */
const NOT_ON_PAGE: Record<string, (keyof NonNullable<Conversation['brand']>)[]> = {
  [POST]: ['pageId'],
  [DM]: ['profileUrl', 'pageId'],
  [INBOX]: ['profileUrl'],
};

function onPage<T extends Record<string, unknown>>(name: string, author: T): T {
  const out: Record<string, unknown> = { ...author };
  for (const k of NOT_ON_PAGE[name] ?? []) delete out[k];
  return out as T;
}

/** Expected message fields, leaving out brand author fields the page does not show. */
function want(name: string, m: any): any {
  const w = wantedFields(m);
  if (m.isBrand && w.author) w.author = onPage(name, w.author);
  return w;
}

function expectMessages(name: string, actual: Message[], wanted: any[]): void {
  expect(actual.map((m, i) => pickLike(m, want(name, wanted[i] ?? {})))).toEqual(wanted.map((m) => want(name, m)));
  expect(actual).toHaveLength(wanted.length);
}

// ---------------------------------------------------------------------------------------------
describe('facebook URLs', () => {
  it('names the view of each saved page', () => {
    for (const name of [POST, DM, INBOX]) {
      expect(facebookAdapter.viewOf(new URL(expected[name].url))).toBe(expected[name].view);
    }
    expect(facebookAdapter.viewOf(new URL(expected[INBOX].states[1].url))).toBe('business-inbox');
  });

  it.each([
    ['https://www.facebook.com/nordwindmobil/posts/pfbid0abcDEF123?comment_id=123', 'post-comments'],
    ['https://web.facebook.com/some.page/posts/123456789012345/', 'post-comments'],
    ['https://www.facebook.com/permalink.php?story_fbid=pfbid0xyz&id=100064512345678', 'post-comments'],
    ['https://www.facebook.com/story.php?story_fbid=123&id=456', 'post-comments'],
    ['https://www.facebook.com/photo/?fbid=123456789&set=a.111', 'post-comments'],
    ['https://www.facebook.com/photo.php?fbid=123456789', 'post-comments'],
    ['https://www.facebook.com/nordwindmobil/photos/a.1234/5678901234/', 'post-comments'],
    ['https://www.facebook.com/messages/t/7391234567890123/', 'dm'],
    ['https://www.facebook.com/messages/e2ee/t/7391234567890123', 'dm'],
    ['https://business.facebook.com/latest/inbox/instagram?asset_id=1&selected_item_id=99&thread_type=IG_MESSAGE', 'business-inbox'],
  ])('%s is a %s view', (url, view) => {
    expect(facebookAdapter.viewOf(new URL(url))).toBe(view);
  });

  it.each([
    'https://www.facebook.com/',
    'https://www.facebook.com/?sk=h_chr',
    'https://www.facebook.com/nordwindmobil',
    'https://www.facebook.com/profile.php?id=100064512345678',
    'https://www.facebook.com/settings/?tab=account',
    'https://www.facebook.com/login/',
    'https://www.facebook.com/login.php?next=x',
    'https://www.facebook.com/watch/?v=123',
    'https://www.facebook.com/groups/feed/',
    'https://www.facebook.com/marketplace/',
    'https://www.facebook.com/notifications',
    'https://www.facebook.com/search/top?q=nordwind',
    'https://www.facebook.com/messages/t/',
    'https://www.facebook.com/messages/',
    'https://www.facebook.com/permalink.php',
    'https://m.facebook.com/nordwindmobil/posts/pfbid0abc',
    'https://www.example.com/nordwindmobil/posts/pfbid0abc',
    'https://business.facebook.com/latest/home?asset_id=100064512345678',
    'https://business.facebook.com/latest/inbox/all/?asset_id=100064512345678',
    'https://business.facebook.com/latest/inbox/all/?selected_item_id=',
  ])('%s is not a conversation', (url) => {
    expect(facebookAdapter.viewOf(new URL(url))).toBeNull();
  });

  it('reduces profile links to the profile, without comment ids or tracking', () => {
    const base = 'https://www.facebook.com/x/posts/1';
    expect(profileUrlOf('https://www.facebook.com/lena.hoffmann.92?comment_id=Y2%3D&__cft__[0]=AZ&__tn__=R]-R', base)).toBe(
      'https://www.facebook.com/lena.hoffmann.92',
    );
    expect(profileUrlOf('/profile.php?id=100012345678901&comment_id=abc', base)).toBe(
      'https://www.facebook.com/profile.php?id=100012345678901',
    );
    expect(profileUrlOf('https://www.facebook.com/nordwindmobil/posts/pfbid0?comment_id=1', base)).toBeUndefined();
    expect(profileUrlOf('https://www.facebook.com/profile/100012345678901', base)).toBe(
      'https://www.facebook.com/profile.php?id=100012345678901',
    );
    expect(profileUrlOf('https://www.facebook.com/hashtag/sale', base)).toBeUndefined();
    expect(profileUrlOf('javascript:alert(1)', base)).toBeUndefined();
    expect(profileUrlOf('https://evil.example/lena', base)).toBeUndefined();
  });

  it('keeps comment ids as the page writes them and drops click tracking from permalinks', () => {
    const href = '/p/posts/1?comment_id=Y29t%3D%3D&reply_comment_id=98765&__cft__[0]=AZ&__tn__=R]-R';
    expect(rawParam(href, 'comment_id')).toBe('Y29t%3D%3D');
    expect(rawParam(href, 'reply_comment_id')).toBe('98765');
    expect(rawParam('/p/posts/1', 'comment_id')).toBeUndefined();
    expect(withoutTracking(href, 'https://www.facebook.com/')).toBe(
      'https://www.facebook.com/p/posts/1?comment_id=Y29t%3D%3D&reply_comment_id=98765',
    );
  });

  it('splits day separators into the day and the clock exactly as shown', () => {
    expect(splitSeparator('Today at 09:12')).toEqual({ dayLabel: 'Today', timeLabel: '09:12' });
    expect(splitSeparator('Heute 08:55')).toEqual({ dayLabel: 'Heute', timeLabel: '08:55' });
    expect(splitSeparator('Gestern um 17:02')).toEqual({ dayLabel: 'Gestern', timeLabel: '17:02' });
    expect(splitSeparator('Nov 18, 2025, 3:04 PM')).toEqual({ dayLabel: 'Nov 18, 2025', timeLabel: '3:04 PM' });
    expect(splitSeparator('09:40')).toEqual({ timeLabel: '09:40' });
    expect(splitSeparator('Yesterday')).toEqual({ dayLabel: 'Yesterday' });
    expect(splitSeparator('')).toEqual({});
  });

  it('tells separators from thread intros', () => {
    for (const t of ['Today at 09:12', 'Gestern 17:02', 'Yesterday', '18 Nov 2025', 'Samstag']) expect(isSeparatorText(t)).toBe(true);
    for (const t of ["Jonas Becker\nYou're friends on Facebook", "You're friends on Facebook", 'Jonas Becker', ''])
      expect(isSeparatorText(t)).toBe(false);
  });
});

// ---------------------------------------------------------------------------------------------
describe('facebook page post with comments', () => {
  const e = expected[POST];

  it('reads the post, every comment and the nested page reply in order', () => {
    const c = read(load(POST), e.url);
    expect(c.view).toBe('post-comments');
    expect(c.platform).toBe('facebook');
    expect(c.threadId).toBe(e.threadId);
    expect(c.brand).toEqual(onPage(POST, e.brand));
    expect(pickLike(c.post, e.post)).toEqual(want(POST, e.post));
    expectMessages(POST, c.messages, e.messages);
    expect(c.composerFound).toBe(true);
  });

  it('marks only the Page reply as the brand, as a reply to the comment it answers', () => {
    const c = read(load(POST), e.url);
    const brand = c.messages.filter((m) => m.isBrand);
    expect(brand).toHaveLength(1);
    expect(brand[0]).toMatchObject({ depth: 1, inReplyTo: 'Markus Rauscher', replyCommentId: '987650000000001' });
    // The "Author" badge beside the name is not part of the name or the text.
    expect(brand[0]!.author.name).toBe('Nordwind Mobil');
    expect(brand[0]!.text.startsWith('Author')).toBe(false);
  });

  it('leaves out the feed post behind the dialog', () => {
    const c = read(load(POST), e.url);
    const texts = [c.post?.text ?? '', ...c.messages.map((m) => m.text)];
    for (const ignored of e.mustIgnore) for (const t of texts) expect(t).not.toContain(ignored.text);
  });

  it('finds the dialog comment box, a Lexical editor', () => {
    const doc = load(POST);
    const box = facebookAdapter.findComposer(doc);
    expect(box).not.toBeNull();
    expect(box).toBe(doc.querySelector(e.composer.selector));
    expect(box!.getAttribute('data-lexical-editor')).toBe('true');
  });

  it('reads a post dialog opened over the Page, taking the id from the post link', () => {
    const c = read(load(POST, 'https://www.facebook.com/nordwindmobil'), 'https://www.facebook.com/nordwindmobil');
    expect(c.threadId).toBe(e.threadId);
    expect(c.messages).toHaveLength(e.messages.length);
  });

  it('reads a permalink page that shows the post without a dialog', () => {
    const doc = load(POST);
    const dialog = doc.querySelector('div[role="dialog"]')!;
    const main = doc.querySelector('[role="main"]')!;
    main.replaceChildren(...Array.from(dialog.childNodes));
    dialog.remove();
    const c = read(doc, e.url);
    expect(c.threadId).toBe(e.threadId);
    expectMessages(POST, c.messages, e.messages);
    expect(c.post?.text).toBe(e.post.text);
  });

  it('does not mistake the page of a feed without an open post for a conversation', () => {
    const doc = load(POST, 'https://www.facebook.com/');
    doc.querySelector('div[role="dialog"]')!.remove();
    expect(facebookAdapter.extract(doc, new URL('https://www.facebook.com/')).ok).toBe(false);
  });
});

// ---------------------------------------------------------------------------------------------
describe('facebook Messenger thread', () => {
  const e = expected[DM];

  it('reads the five messages with sender, brand flag and language', () => {
    const c = read(load(DM), e.url);
    expect(c.view).toBe('dm');
    expect(c.threadId).toBe(e.threadId);
    expect(c.brand).toEqual(onPage(DM, e.brand));
    expect(c.counterpart).toEqual(e.counterpart);
    expectMessages(DM, c.messages, e.messages);
  });

  it('never turns Chats list rows, the intro or hidden "You sent" headings into messages', () => {
    const c = read(load(DM), e.url);
    const texts = c.messages.map((m) => m.text);
    expect(texts.some((t) => /You sent|You: |Super, vielen Dank|Any update on my order/.test(t))).toBe(false);
    expect(texts.some((t) => t.includes("You're friends"))).toBe(false);
  });

  it('keeps the separator day and clock as shown: the clock on the first message after it', () => {
    const c = read(load(DM), e.url);
    expect(c.messages.map((m) => [m.dayLabel, m.timeLabel])).toEqual([
      ['Today', '09:12'],
      ['Today', undefined],
      ['Today', '09:31'],
      ['Today', undefined],
      ['Today', '09:47'],
    ]);
  });

  it('tells own messages by alignment when the hidden headings are gone', () => {
    const doc = load(DM);
    for (const h of Array.from(doc.querySelectorAll('h5'))) h.remove();
    const c = read(doc, e.url);
    expect(c.messages.map((m) => m.isBrand)).toEqual(e.messages.map((m: any) => m.isBrand));
    // …and without the bubble's role either: the aligned row above the text still tells.
    for (const b of Array.from(doc.querySelectorAll('[role="none"]'))) b.removeAttribute('role');
    const c2 = read(doc, e.url);
    expect(c2.messages.map((m) => m.isBrand)).toEqual(e.messages.map((m: any) => m.isBrand));
    expect(c2.messages.map((m) => m.text)).toEqual(e.messages.map((m: any) => m.text));
  });

  it('still finds the messages when rows lose their bubble markers', () => {
    const doc = load(DM);
    for (const el of Array.from(doc.querySelectorAll('[role="none"], [data-scope]'))) {
      el.removeAttribute('role');
      el.removeAttribute('data-scope');
    }
    const c = read(doc, e.url);
    expect(c.messages.map((m) => m.text)).toEqual(e.messages.map((m: any) => m.text));
    expect(c.messages.map((m) => m.isBrand)).toEqual(e.messages.map((m: any) => m.isBrand));
  });

  it('finds the Message box', () => {
    const doc = load(DM);
    const box = facebookAdapter.findComposer(doc);
    expect(box).toBe(doc.querySelector(e.composer.selector));
  });
});

// ---------------------------------------------------------------------------------------------
describe('facebook Business Suite inbox', () => {
  const e = expected[INBOX];

  /** The second thread, as the page's router renders it after a click on its row. */
  function switchTo(doc: Document, id: string): void {
    const pane = doc.querySelector('[data-fixture-thread-pane]')!;
    const tpl = doc.getElementById(`tpl-thread-${id}`) as HTMLTemplateElement;
    pane.replaceChildren(tpl.content.cloneNode(true));
  }

  it.each([0, 1])('reads thread state %i with its id, type, customer and messages', (i) => {
    const state = e.states[i];
    const doc = load(INBOX, state.url);
    if (i === 1) switchTo(doc, '100077712345678');
    const c = read(doc, state.url);
    expect(c.view).toBe('business-inbox');
    expect(c.threadId).toBe(state.threadId);
    expect(c.threadType).toBe(state.threadType);
    expect(c.brand).toEqual(onPage(INBOX, e.brand));
    expect(c.counterpart).toEqual(state.counterpart);
    expectMessages(INBOX, c.messages, state.messages);
    const box = facebookAdapter.findComposer(doc, c);
    expect(box).toBe(doc.querySelector(state.composer.selector));
    expect(c.composerFound).toBe(true);
  });

  it.each([
    [0, false],
    [1, true],
  ])('reads a thread with a single message (message %i, brand %s)', (keep, isBrand) => {
    const doc = load(INBOX);
    const wrapper = doc.querySelector('[aria-label="Message list container"] > div')!;
    const rows = Array.from(wrapper.children).filter((r) => r.querySelector('[dir="auto"]'));
    wrapper.replaceChildren(rows[keep]!);
    const c = read(doc, e.url);
    expect(c.messages).toHaveLength(1);
    expect(c.messages[0]!.isBrand).toBe(isBrand);
    expect(c.messages[0]!.text).toBe(e.states[0].messages[keep].text);
  });

  it('has no conversation without a selected thread', () => {
    const url = 'https://business.facebook.com/latest/inbox/all/?asset_id=100064512345678';
    expect(facebookAdapter.extract(load(INBOX, url), new URL(url)).ok).toBe(false);
  });

  it('does not read the conversation list previews as messages', () => {
    const c = read(load(INBOX), e.url);
    expect(c.messages.some((m) => m.text.includes('Kastanienallee'))).toBe(false);
  });
});

// ---------------------------------------------------------------------------------------------
describe('facebook pages that reveal less than expected.json', () => {
  it('the brand fields the adapter leaves out are really absent from those pages', () => {
    expect(fixtureHtml(POST)).not.toContain(expected[POST].brand.pageId);
    expect(fixtureHtml(DM)).not.toContain(expected[DM].brand.pageId);
    expect(fixtureHtml(DM)).not.toContain('facebook.com/nordwindmobil');
    expect(fixtureHtml(INBOX)).not.toContain('facebook.com/nordwindmobil');
  });
});

// ---------------------------------------------------------------------------------------------
describe('facebook mutated pages', () => {
  const pages = [
    { name: POST, url: expected[POST].url, unit: '[role="article"]', text: '[role="article"] div[dir="auto"]' },
    { name: DM, url: expected[DM].url, unit: '[aria-label^="Messages in conversation"] [role="row"]', text: '[role="none"] div[dir="auto"]' },
    { name: INBOX, url: expected[INBOX].url, unit: '[aria-label="Message list container"] > div > div', text: '[aria-label="Message list container"] span[dir="auto"]' },
  ];

  /** The last message's text element, alone in its message (other lines of it removed). */
  function lastText(doc: Document, sel: string): Element {
    const all = doc.querySelectorAll(sel);
    const el = all[all.length - 1]!;
    const container = el.closest('[role="article"], [role="row"]');
    if (container) for (const o of Array.from(container.querySelectorAll(sel))) if (o !== el) o.remove();
    return el;
  }

  /** extract must return a result, never throw, and ok results must be schema-valid. */
  function safe(doc: Document, url: string) {
    let r: ReturnType<typeof facebookAdapter.extract> | undefined;
    expect(() => {
      r = facebookAdapter.extract(doc, new URL(url));
    }).not.toThrow();
    expect(r).toBeDefined();
    return r!;
  }

  for (const p of pages) {
    describe(p.name, () => {
      it('survives removing each message container in turn', () => {
        const count = load(p.name).querySelectorAll(p.unit).length;
        expect(count).toBeGreaterThan(2);
        for (let i = 0; i < count; i++) {
          const doc = load(p.name);
          doc.querySelectorAll(p.unit)[i]!.remove();
          const r = safe(doc, p.url);
          if (r.ok) expect(r.conversation.messages.length).toBeLessThanOrEqual(expected[p.name].messages?.length ?? 4);
        }
      });

      it('survives removing each link, text block and image in turn', () => {
        for (const sel of ['a[href]', p.text, 'img', 'h5', 'h1', 'ul']) {
          const n = load(p.name).querySelectorAll(sel).length;
          for (let i = 0; i < Math.min(n, 25); i++) {
            const doc = load(p.name);
            doc.querySelectorAll(sel)[i]!.remove();
            safe(doc, p.url);
          }
        }
      });

      it('survives renamed attributes', () => {
        for (const attr of ['role', 'aria-label', 'href', 'dir', 'data-ad-rendering-role', 'contenteditable', 'lang', 'class']) {
          const doc = load(p.name);
          for (const el of Array.from(doc.querySelectorAll(`[${attr}]`))) {
            el.setAttribute(`data-x-${attr}`, el.getAttribute(attr) ?? '');
            el.removeAttribute(attr);
          }
          const r = safe(doc, p.url);
          if (r.ok) expect(Array.isArray(r.conversation.messages)).toBe(true);
        }
      });

      it('passes hostile message text through as plain text', () => {
        for (const hostile of HOSTILE) {
          const doc = load(p.name);
          lastText(doc, p.text).textContent = hostile;
          const imgs = doc.querySelectorAll('img').length;
          const scripts = doc.querySelectorAll('script').length;
          const r = safe(doc, p.url);
          expect(r.ok).toBe(true);
          if (!r.ok) continue;
          const last = r.conversation.messages[r.conversation.messages.length - 1]!;
          expect(last.text).toBe(hostile);
          expect(doc.querySelectorAll('img').length).toBe(imgs);
          expect(doc.querySelectorAll('script').length).toBe(scripts);
        }
      });

      it('keeps RTL marks and reads a 50 KB message', () => {
        const doc = load(p.name);
        const el = lastText(doc, p.text);
        const rtl = '\u202bمرحبا \u200fNordwind\u202c';
        el.textContent = rtl;
        let r = safe(doc, p.url);
        expect(r.ok && r.conversation.messages.at(-1)!.text).toBe(rtl);
        const big = 'Funkloch '.repeat(5_600);
        el.textContent = big;
        r = safe(doc, p.url);
        expect(r.ok && r.conversation.messages.at(-1)!.text).toBe(big.trim());
      });

      it('gives no conversation for an empty page', () => {
        const doc = load(p.name);
        doc.body.replaceChildren();
        expect(safe(doc, p.url).ok).toBe(false);
      });
    });
  }

  it('post page: a missing piece leaves that field out and keeps the rest', () => {
    const e = expected[POST];
    // Lena's time link gone: no relative time is invented, the comment id still comes from her name link.
    let doc = load(POST);
    const lena = doc.querySelector('[aria-label^="Comment by Lena"]')!;
    lena.querySelector('ul a')!.remove();
    let c = read(doc, e.url);
    expect(c.messages[0]!.relativeTime).toBeUndefined();
    expect(c.messages[0]!.commentId).toBe(e.messages[0].commentId);
    expect(c.messages[0]!.text).toBe(e.messages[0].text);

    // Her profile links gone: the name still comes from the comment's label, no profile is made up.
    doc = load(POST);
    const lena2 = doc.querySelector('[aria-label^="Comment by Lena"]')!;
    for (const a of Array.from(lena2.querySelectorAll('a[href*="lena.hoffmann"]'))) a.remove();
    c = read(doc, e.url);
    expect(c.messages[0]!.author).toEqual({ name: 'Lena Hoffmann' });

    // Markus's comment gone: his Page reply goes with it, the others stay in order.
    doc = load(POST);
    doc.querySelector('[aria-label^="Comment by Markus"]')!.remove();
    c = read(doc, e.url);
    expect(c.messages.map((m) => m.author.name)).toEqual(['Lena Hoffmann', 'James Taylor', 'Sabine Krüger', 'Ayşe Yılmaz', 'Thomas Müller']);
  });

  it('Messenger and Business Suite: the customer is still named without the thread header', () => {
    let doc = load(DM);
    doc.querySelector('[role="main"] a[href*="jonas.becker"]')!.remove();
    let c = read(doc, expected[DM].url);
    expect(c.counterpart).toEqual({ name: 'Jonas Becker' });
    expect(c.messages.map((m) => m.isBrand)).toEqual(expected[DM].messages.map((m: any) => m.isBrand));

    doc = load(INBOX);
    doc.querySelector('[aria-label="Message list container"]')!.previousElementSibling!.remove();
    c = read(doc, expected[INBOX].url);
    expect(c.counterpart).toEqual({ name: 'Jonas Becker' });
  });

  it('does not depend on English labels: without any aria-label the pages still read', () => {
    for (const name of [POST, DM, INBOX]) {
      const doc = load(name);
      for (const el of Array.from(doc.querySelectorAll('[aria-label]'))) el.removeAttribute('aria-label');
      const c = read(doc, expected[name].url);
      const wanted = expected[name].messages ?? expected[name].states[0].messages;
      expect(c.messages.map((m) => [m.text, m.isBrand])).toEqual(wanted.map((m: any) => [m.text, m.isBrand]));
      expect(c.brand?.name).toBe('Nordwind Mobil');
    }
  });

  it('reads a 50 KB post', () => {
    const doc = load(POST);
    const body = doc.querySelector('div[role="dialog"] [data-ad-rendering-role="story_message"]')!;
    const big = 'Neu: Nordwind Flex 50. '.repeat(2_300).trim();
    body.textContent = big;
    const c = read(doc, expected[POST].url);
    expect(c.post?.text).toBe(big);
    expect(c.messages).toHaveLength(expected[POST].messages.length);
  });
});

// ---------------------------------------------------------------------------------------------
describe('facebook composers', () => {
  const installed: string[] = [];
  /** composer.ts reaches for DOM globals (DataTransfer, ClipboardEvent…); lend it the page's. */
  function lendGlobals(doc: Document): void {
    const win = doc.defaultView as any;
    for (const k of ['HTMLTextAreaElement', 'HTMLInputElement', 'DataTransfer', 'ClipboardEvent', 'InputEvent', 'Event', 'document']) {
      if (!(k in globalThis)) installed.push(k);
      (globalThis as any)[k] = k === 'document' ? doc : win[k];
    }
  }
  afterEach(() => {
    for (const k of installed.splice(0)) delete (globalThis as any)[k];
  });

  /**
   * A stand-in for Lexical's input handling: happy-dom has no execCommand, and Lexical commits
   * on a later task. Single lines arrive through execCommand('insertText'), several through paste.
   */
  function fakeLexical(box: HTMLElement): string[] {
    const doc = box.ownerDocument;
    const calls: string[] = [];
    const commit = (text: string) =>
      setTimeout(() => {
        box.replaceChildren(
          ...text.split('\n').map((line) => {
            const p = doc.createElement('p');
            p.textContent = line;
            return p;
          }),
        );
        box.dispatchEvent(new (doc.defaultView as any).Event('input', { bubbles: true }));
      }, 0);
    (doc as any).execCommand = (cmd: string, _ui: boolean, value: string) => {
      calls.push(`execCommand:${cmd}`);
      if (cmd !== 'insertText') return false;
      commit(value);
      return true;
    };
    box.addEventListener('paste', (ev: any) => {
      const text = ev.clipboardData?.getData('text/plain');
      if (typeof text !== 'string') return;
      calls.push('paste');
      ev.preventDefault();
      commit(text);
    });
    return calls;
  }

  const views = [
    { name: POST, url: expected[POST].url },
    { name: DM, url: expected[DM].url },
    { name: INBOX, url: expected[INBOX].url },
  ];

  for (const v of views) {
    it(`${v.name}: an empty box reads as no draft; inserted text appears and reads back`, async () => {
      const doc = load(v.name, v.url);
      lendGlobals(doc);
      const box = facebookAdapter.findComposer(doc)!;
      expect(box).not.toBeNull();
      expect(facebookAdapter.readComposer(box)).toBe('');
      const calls = fakeLexical(box);
      const text = 'Hallo Jonas, danke für deine Geduld! ^Lisa';
      expect(await facebookAdapter.insertText(box, text)).toEqual({ ok: true });
      expect(calls).toEqual(['execCommand:insertText']);
      expect(facebookAdapter.readComposer(box)).toBe(text);
    });
  }

  it('puts several lines in with one paste, not by typing each', async () => {
    const doc = load(DM);
    lendGlobals(doc);
    const box = facebookAdapter.findComposer(doc)!;
    const calls = fakeLexical(box);
    const text = 'Hallo Jonas,\ndie Gutschrift ist unterwegs.\n^Lisa';
    expect(await facebookAdapter.insertText(box, text)).toEqual({ ok: true });
    expect(calls).toEqual(['paste']);
    expect(facebookAdapter.readComposer(box)).toBe(text);
  });

  it('prefers the reply box the agent is typing in under a comment', () => {
    const doc = load(POST);
    const article = doc.querySelector('[aria-label^="Comment by James"]')!;
    const reply = doc.createElement('div');
    reply.setAttribute('contenteditable', 'true');
    reply.setAttribute('role', 'textbox');
    reply.setAttribute('data-lexical-editor', 'true');
    reply.tabIndex = 0;
    article.append(reply);
    expect(facebookAdapter.findComposer(doc)).toBe(doc.querySelector(expected[POST].composer.selector));
    reply.focus();
    expect(facebookAdapter.findComposer(doc)).toBe(reply);
  });

  it('reports an editor that refuses the text instead of throwing', async () => {
    const doc = load(POST);
    lendGlobals(doc);
    const box = facebookAdapter.findComposer(doc)!;
    const r = await facebookAdapter.insertText(box, 'Danke!');
    expect(r.ok).toBe(false);
    expect(facebookAdapter.readComposer(box)).toBe('');
  });

  it('skips a disabled reply box', () => {
    const doc = load(INBOX);
    const box = doc.querySelector('[aria-label="Message list container"] ~ div [role="textbox"]')!;
    box.setAttribute('aria-disabled', 'true');
    expect(facebookAdapter.findComposer(doc)).toBeNull();
    const r = facebookAdapter.extract(doc, new URL(expected[INBOX].url));
    expect(r.ok && r.conversation.composerFound).toBe(false);
  });

  it('fills a plain textarea through its value setter and an input event', async () => {
    const doc = load(DM);
    lendGlobals(doc);
    const ta = doc.createElement('textarea');
    doc.body.append(ta);
    let inputs = 0;
    ta.addEventListener('input', () => (inputs += 1));
    expect(await facebookAdapter.insertText(ta, 'Danke!')).toEqual({ ok: true });
    expect(ta.value).toBe('Danke!');
    expect(inputs).toBeGreaterThan(0);
    expect(facebookAdapter.readComposer(ta)).toBe('Danke!');
  });
});

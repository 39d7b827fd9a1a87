import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { Conversation } from '../model/conversation';
import { PORT_PREFIX, parseToContent, type Badge, type Theme, type ToSidebar } from '../messaging/protocol';
import type { SiteAdapter } from '../sites/types';
import { detectTheme } from './theme';
import { loadLayout, saveLayout, type Layout, COLLAPSED_WIDTH } from './layout';
import { ComposerBadge } from './badge';

/**
 * The content script's whole job on a host page: notice which view is open, read the
 * conversation through the site adapter, show the sidebar iframe beside it, forward the agent's
 * typing in the site's composer, and put text into that composer when the agent asks.
 *
 * Kept deliberately small: one debounced MutationObserver, no framework, no storage of page data
 * (IndexedDB belongs to the extension origin, the sidebar).
 */
export function startSidebarHost(ctx: ContentScriptContext, adapter: SiteAdapter): void {
  const host = new SidebarHost(ctx, adapter);
  host.start();
}

const OBSERVE_DEBOUNCE_MS = 150;
const DRAFT_DEBOUNCE_MS = 250;

class SidebarHost {
  private frameHost: HTMLElement | null = null;
  private iframe: HTMLIFrameElement | null = null;
  private port: Browser.runtime.Port | null = null;
  private token = crypto.randomUUID();
  private lastSent = '';
  private lastTheme: Theme | null = null;
  private conversation: Conversation | null = null;
  private layout: Layout = { collapsed: false, width: 380 };
  private timer: ReturnType<typeof setTimeout> | undefined;
  private draftTimer: ReturnType<typeof setTimeout> | undefined;
  private badge = new ComposerBadge();
  private composer: HTMLElement | null = null;

  constructor(
    private ctx: ContentScriptContext,
    private adapter: SiteAdapter,
  ) {}

  start(): void {
    void loadLayout().then((layout) => {
      this.layout = layout;
      this.applyLayout();
    });
    const observer = new MutationObserver(() => this.schedule());
    observer.observe(document.documentElement, { childList: true, subtree: true, characterData: true });
    // Theme switches change classes or styles on <html>/<body> only: watch just those two. (A
    // second observer: observing the same node again would replace the options above.)
    const themeObserver = new MutationObserver(() => this.schedule());
    themeObserver.observe(document.documentElement, { attributes: true, attributeFilter: ['class', 'style', 'data-theme'] });
    if (document.body) themeObserver.observe(document.body, { attributes: true, attributeFilter: ['class', 'style'] });
    this.ctx.onInvalidated(() => {
      observer.disconnect();
      themeObserver.disconnect();
      this.unmount();
      this.badge.remove();
    });
    // URL changes without DOM changes (rare) are caught by WXT's location watcher; the
    // Navigation API, where present, reports same-document navigations at once.
    this.ctx.addEventListener(window, 'wxt:locationchange', () => this.schedule(0));
    const nav = (window as unknown as { navigation?: EventTarget }).navigation;
    if (nav) this.ctx.addEventListener(nav as unknown as Window, 'navigatesuccess' as never, () => this.schedule(0));
    this.ctx.addEventListener(window, 'popstate', () => this.schedule(0));
    // The agent's typing in the site's own composer is checked by the sidebar (privacy, guidelines).
    this.ctx.addEventListener(document, 'input', (e) => this.onInput(e), { capture: true });
    this.refresh();
  }

  /**
   * Reads the page at most once per OBSERVE_DEBOUNCE_MS. A pending read is not pushed back by
   * further mutations: X and Meta mutate their DOM continuously (counters, videos, presence), and a
   * timer restarted on every mutation would never fire. Navigation (delay 0) reads at once.
   */
  private schedule(delay = OBSERVE_DEBOUNCE_MS): void {
    if (this.timer !== undefined && delay > 0) return;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      if (this.ctx.isValid) this.refresh();
    }, delay);
  }

  /** Reads the page again and tells the sidebar if anything changed. */
  private refresh(): void {
    const url = new URL(location.href);
    const view = this.adapter.viewOf(url);
    if (!view) {
      // Feed, profile, settings, login: stay out of the way.
      this.conversation = null;
      this.unmount();
      this.badge.remove();
      return;
    }
    const result = this.adapter.extract(document, url);
    this.mount();
    if (result.ok) {
      this.conversation = result.conversation;
      this.send({ type: 'conversation', conversation: result.conversation });
    } else {
      this.conversation = null;
      this.send({ type: 'no-conversation', reason: result.reason });
    }
    const theme = detectTheme(document);
    if (theme !== this.lastTheme) {
      this.lastTheme = theme;
      this.send({ type: 'theme', theme }, true);
    }
  }

  private mount(): void {
    if (this.frameHost?.isConnected) return;
    const hostEl = document.createElement('care-sidebar-host');
    // A closed shadow root: the page's scripts and styles cannot reach into the sidebar frame.
    const shadow = hostEl.attachShadow({ mode: 'closed' });
    const iframe = document.createElement('iframe');
    iframe.src = browser.runtime.getURL('/sidebar.html') + '#' + this.token;
    iframe.title = 'Care Sidebar';
    iframe.setAttribute('allow', 'clipboard-write');
    iframe.style.cssText = 'border:0;width:100%;height:100%;display:block;background:transparent;color-scheme:normal';
    shadow.append(iframe);
    this.frameHost = hostEl;
    this.iframe = iframe;
    this.applyLayout();
    iframe.addEventListener('load', () => this.connect());
    document.documentElement.append(hostEl);
  }

  private unmount(): void {
    this.port?.disconnect();
    this.port = null;
    this.frameHost?.remove();
    this.frameHost = null;
    this.iframe = null;
    this.lastSent = '';
    this.lastTheme = null;
  }

  private applyLayout(): void {
    if (!this.frameHost) return;
    const width = this.layout.collapsed ? COLLAPSED_WIDTH : this.layout.width;
    this.frameHost.style.cssText =
      `all:initial;position:fixed;top:0;right:0;height:100vh;width:${width}px;` +
      'z-index:2147483646;display:block;box-shadow:-2px 0 8px rgba(0,0,0,.18)';
  }

  private connect(attempt = 0): void {
    this.port?.disconnect();
    const port = browser.runtime.connect({ name: PORT_PREFIX + this.token });
    this.port = port;
    this.lastSent = '';
    let answered = false;
    port.onMessage.addListener((raw: unknown) => {
      answered = true;
      void this.onSidebarMessage(raw);
    });
    port.onDisconnect.addListener(() => {
      // Reading lastError marks it handled (Chrome logs it otherwise).
      void browser.runtime.lastError;
      if (this.port !== port) return;
      this.port = null;
      // The sidebar page was not listening yet: try again shortly, a few times.
      if (!answered && this.iframe && attempt < 20) {
        this.ctx.setTimeout(() => this.connect(attempt + 1), 100);
      }
    });
  }

  private send(msg: ToSidebar, force = false): void {
    if (msg.type === 'conversation' || msg.type === 'no-conversation') {
      const key = JSON.stringify(msg);
      if (!force && key === this.lastSent) return;
      this.lastSent = key;
    }
    try {
      this.port?.postMessage(msg);
    } catch {
      this.port = null;
    }
  }

  private async onSidebarMessage(raw: unknown): Promise<void> {
    const msg = parseToContent(raw);
    if (!msg) return; // Malformed: ignore; the sidebar is ours, so this is a bug, not an attack.
    switch (msg.type) {
      case 'ready': {
        this.lastSent = '';
        this.refresh();
        if (this.lastTheme) this.send({ type: 'theme', theme: this.lastTheme }, true);
        this.send({ type: 'layout', ...this.layout }, true);
        const composer = this.adapter.findComposer(document, this.conversation ?? undefined);
        if (composer) this.send({ type: 'composer-draft', text: this.adapter.readComposer(composer) });
        return;
      }
      case 'insert': {
        const composer = this.adapter.findComposer(document, this.conversation ?? undefined);
        if (!composer) {
          this.send({ type: 'insert-result', requestId: msg.requestId, ok: false, error: 'no-composer' });
          return;
        }
        const result = await this.adapter.insertText(composer, msg.text);
        this.send({
          type: 'insert-result',
          requestId: msg.requestId,
          ok: result.ok,
          ...(result.ok ? {} : { error: result.error }),
        });
        this.onInput({ target: composer } as unknown as Event);
        return;
      }
      case 'set-layout': {
        this.layout = {
          collapsed: msg.collapsed ?? this.layout.collapsed,
          width: msg.width ?? this.layout.width,
        };
        this.applyLayout();
        void saveLayout(this.layout);
        this.send({ type: 'layout', ...this.layout }, true);
        return;
      }
      case 'composer-badge':
        this.showBadge(msg.badge);
        return;
      case 'open-url':
        // Only links into the same site family; the sidebar asks, the page navigates itself.
        if (new URL(msg.url).protocol === 'https:') location.assign(msg.url);
        return;
    }
  }

  private onInput(e: Event): void {
    const target = e.target as Node | null;
    if (!target || !this.conversation) return;
    // Cheap test first: this listener sees every keystroke on the page, composers are editable.
    const el = target.nodeType === 1 ? (target as HTMLElement) : target.parentElement;
    if (!el || !(el.isContentEditable || el.tagName === 'TEXTAREA' || el.tagName === 'INPUT')) return;
    const composer = this.adapter.findComposer(document, this.conversation);
    if (!composer || !(composer === target || composer.contains(target))) return;
    this.composer = composer;
    clearTimeout(this.draftTimer);
    this.draftTimer = setTimeout(() => {
      this.send({ type: 'composer-draft', text: this.adapter.readComposer(composer) });
    }, DRAFT_DEBOUNCE_MS);
  }

  private showBadge(badge: Badge): void {
    const composer = this.composer ?? this.adapter.findComposer(document, this.conversation ?? undefined);
    if (!composer || badge.level === 'none') {
      this.badge.remove();
      return;
    }
    this.badge.show(composer, badge);
  }
}

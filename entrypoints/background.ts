import { type CareDb, openDb } from '@/lib/db';
import { maybeApplyRetention, serveStore } from '@/lib/sidebar/store';
import { drainPendingFates } from '@/lib/sidebar/fate-recorder';
import { OPEN_OPTIONS_MESSAGE, PORT_PREFIX } from '@/lib/messaging/protocol';

/**
 * The background does little on purpose: the sidebar owns the engines, the content scripts own the
 * page. It holds the customer memory store on the extension origin for the sidebar (an iframe in a
 * third-party page may be refused IndexedDB) and runs retention at most once a day. The toolbar
 * button opens the settings.
 */
export default defineBackground(() => {
  let db: CareDb | null = null;
  const store = () => (db ??= openDb());
  serveStore(store);
  void maybeApplyRetention(store()).catch(() => undefined);
  // Suggestion fates queued while no store answered move into it now.
  void drainPendingFates(store()).catch(() => undefined);
  const action = browser.action ?? (browser as unknown as { browserAction?: typeof browser.action }).browserAction;
  action?.onClicked.addListener(() => {
    void browser.runtime.openOptionsPage();
  });
  if (import.meta.env.FIREFOX) {
    relayContentPortsToSidebars();
    // The sidebar's settings button: a frame inside a web page cannot open the options page itself.
    browser.runtime.onMessage.addListener((msg: unknown, sender: { id?: string; url?: string }) => {
      const own = browser.runtime.getURL('/');
      if ((msg as { type?: unknown } | null)?.type !== OPEN_OPTIONS_MESSAGE) return undefined;
      if (sender.id !== browser.runtime.id || !sender.url?.startsWith(own)) return undefined;
      return browser.runtime.openOptionsPage();
    });
  }
});

/**
 * Firefox only: a moz-extension iframe inside a web page gets content-script-level APIs, so the
 * sidebar never sees the Port a content script opens with runtime.connect (that reaches extension
 * pages: this background). The background answers it and opens the sidebar's end with
 * tabs.connect, which does reach the iframe, then passes messages both ways. Chrome delivers the
 * content script's Port to the sidebar directly; its build leaves this out.
 */
function relayContentPortsToSidebars(): void {
  browser.runtime.onConnect.addListener((content) => {
    const tabId = content.sender?.tab?.id;
    if (!content.name.startsWith(PORT_PREFIX) || tabId === undefined || content.sender?.id !== browser.runtime.id) return;
    const sidebar = browser.tabs.connect(tabId, { name: content.name });
    content.onMessage.addListener((msg: unknown) => sidebar.postMessage(msg));
    sidebar.onMessage.addListener((msg: unknown) => content.postMessage(msg));
    // Either end going away (no sidebar listening yet, page or frame gone) closes the other: the
    // content script connects again when its Port closes unanswered.
    content.onDisconnect.addListener(() => sidebar.disconnect());
    sidebar.onDisconnect.addListener(() => content.disconnect());
  });
}

import { type CareDb, openDb } from '@/lib/db';
import { maybeApplyRetention, serveStore } from '@/lib/sidebar/store';
import { drainPendingFates } from '@/lib/sidebar/fate-recorder';

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
});

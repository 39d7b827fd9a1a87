/**
 * The background does little on purpose: the sidebar (an extension page) owns storage and the
 * engines, the content scripts own the page. The toolbar button opens the settings.
 */
export default defineBackground(() => {
  const action = browser.action ?? (browser as unknown as { browserAction?: typeof browser.action }).browserAction;
  action?.onClicked.addListener(() => {
    void browser.runtime.openOptionsPage();
  });
});

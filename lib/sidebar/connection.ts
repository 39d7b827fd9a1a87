import { PORT_PREFIX, parseToSidebar, type ToContent, type ToSidebar } from '../messaging/protocol';

/**
 * The sidebar's end of the Port the content script opens after the iframe loads. The token in
 * the iframe's URL hash tells this sidebar's Port from other tabs' sidebars.
 */
export class ContentConnection {
  private port: Browser.runtime.Port | null = null;
  private queue: ToContent[] = [];

  constructor(
    private token: string,
    private onMessage: (msg: ToSidebar) => void,
  ) {}

  start(): () => void {
    const listener = (port: Browser.runtime.Port) => {
      if (port.name !== PORT_PREFIX + this.token) return;
      this.port = port;
      port.onMessage.addListener((raw: unknown) => {
        const msg = parseToSidebar(raw);
        if (msg) this.onMessage(msg);
      });
      port.onDisconnect.addListener(() => {
        if (this.port === port) this.port = null;
      });
      port.postMessage({ type: 'ready' } satisfies ToContent);
      for (const m of this.queue.splice(0)) port.postMessage(m);
    };
    browser.runtime.onConnect.addListener(listener);
    return () => browser.runtime.onConnect.removeListener(listener);
  }

  send(msg: ToContent): void {
    if (this.port) this.port.postMessage(msg);
    else this.queue.push(msg);
  }
}

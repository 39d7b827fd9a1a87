import { PORT_PREFIX, parseToSidebar, type ToContent, type ToSidebar } from '../messaging/protocol';

/**
 * The sidebar's end of the Port the content script opens after the iframe loads. The token in
 * the iframe's URL hash tells this sidebar's Port from other tabs' sidebars.
 */
export class ContentConnection {
  private port: Browser.runtime.Port | null = null;
  private queue: ToContent[] = [];

  private inbox: ToSidebar[] = [];
  private onMessage: ((msg: ToSidebar) => void) | null = null;

  constructor(private token: string) {}

  /** Sets the receiver; messages that arrived before it are delivered now. */
  listen(onMessage: (msg: ToSidebar) => void): void {
    this.onMessage = onMessage;
    for (const m of this.inbox.splice(0)) onMessage(m);
  }

  private deliver(msg: ToSidebar): void {
    if (this.onMessage) this.onMessage(msg);
    else this.inbox.push(msg);
  }

  /**
   * Starts listening for the content script's Port. Call it synchronously when the page
   * loads: the content script connects on the iframe's load event.
   */
  start(): () => void {
    const listener = (port: Browser.runtime.Port) => {
      if (port.name !== PORT_PREFIX + this.token) return;
      this.port = port;
      port.onMessage.addListener((raw: unknown) => {
        const msg = parseToSidebar(raw);
        if (msg) this.deliver(msg);
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

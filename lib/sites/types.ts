import type { Conversation, ExtractResult, Platform, View } from '../model/conversation';

/** Outcome of putting text into a site's composer. */
export type InsertResult = { ok: true } | { ok: false; error: string };

/**
 * Everything the extension knows about one site. An adapter reads the page and never writes to
 * it, except `insertText` into the composer when the agent asks.
 */
export interface SiteAdapter {
  platform: Platform;
  /** Hosts this adapter serves (used by tests and the content-script registry). */
  hosts: readonly string[];
  /** Which conversation view a URL is, or null for feed, profile, settings, login… */
  viewOf(url: URL): View | null;
  /**
   * Reads the open conversation. Never throws: a malformed page yields `{ok:false}` or a
   * partial conversation.
   */
  extract(doc: Document, url: URL): ExtractResult;
  /** The composer the agent would type the reply into, if the page shows one. */
  findComposer(doc: Document, conversation?: Conversation): HTMLElement | null;
  /** The agent's current draft in the composer. */
  readComposer(composer: HTMLElement): string;
  /** Puts text into the composer (replacing its content) with the events the site needs. */
  insertText(composer: HTMLElement, text: string): Promise<InsertResult>;
}

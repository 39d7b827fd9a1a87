import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { Author, Conversation, Message } from '@/lib/model/conversation';
import type { ToContent } from '@/lib/messaging/protocol';

/**
 * What every feature panel of the sidebar needs to know about the open conversation. The App
 * owns this state; panels (privacy, suggestions, history, timer…) read it through `useSidebar`
 * and change the draft through `setDraft`.
 */
export interface SidebarState {
  conversation: Conversation;
  /** Index into conversation.messages of the message the agent is answering. */
  selectedIndex: number | undefined;
  selectedMessage: Message | undefined;
  customer: Author | undefined;
  /** The reply draft in the sidebar's reply box. */
  draft: string;
  setDraft: (text: string) => void;
  /** What the agent typed into the site's own composer (debounced). */
  composerDraft: string;
  /** Sends a message to the content script (insert, composer badge…). */
  send: (msg: ToContent) => void;
  /** The last text the composer accepted (set on a successful insert), for suggestion fates. */
  lastInserted?: { text: string; at: number } | null;
  /** Customer memory: stored conversation and customer, settings, refresh (issue 6). */
  memory?: import('@/lib/sidebar/memory').MemoryState;
  /** What this customer wrote in other conversations, newest first (for suggestions). */
  history?: import('@/lib/db/repo').HistoryItem[];
}

export const SidebarContext = createContext<SidebarState | null>(null);

/** The open conversation's state; only valid inside the sidebar's conversation view. */
export function useSidebar(): SidebarState {
  const state = useContext(SidebarContext);
  if (!state) throw new Error('useSidebar outside the SidebarContext provider');
  return state;
}

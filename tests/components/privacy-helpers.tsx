import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import type { Conversation, Message } from '../../lib/model/conversation';
import type { ToContent } from '../../lib/messaging/protocol';
import { SidebarContext } from '../../components/SidebarContext';
import { MessageList } from '../../components/MessageList';
import { MessagePrivacy } from '../../components/MessagePrivacy';

export const brand = { name: 'Nordwind', handle: 'nordwind' };

export function conversationOf(messages: Message[], view: Conversation['view'] = 'post-detail'): Conversation {
  return {
    platform: 'x',
    view,
    url: 'https://x.com/nordwind/status/1',
    threadId: '1',
    brand,
    messages,
    composerFound: true,
  };
}

interface Props {
  conversation: Conversation;
  composerDraft?: string;
  sent?: ToContent[];
  initialDraft?: string;
  /** Observes every draft the sidebar state receives. */
  onDraft?: (text: string) => void;
  children?: (draft: string, setDraft: (t: string) => void) => ComponentChildren;
}

/** The sidebar state as App provides it, with a real draft state, around the real message list. */
export function Harness({ conversation, composerDraft = '', sent = [], initialDraft = '', onDraft, children }: Props) {
  const [draft, setDraftState] = useState(initialDraft);
  const setDraft = (text: string) => {
    onDraft?.(text);
    setDraftState(text);
  };
  return (
    <SidebarContext.Provider
      value={{
        conversation,
        selectedIndex: undefined,
        selectedMessage: undefined,
        customer: undefined,
        draft,
        setDraft,
        composerDraft,
        send: (m) => sent.push(m),
      }}
    >
      <MessageList
        conversation={conversation}
        selectedIndex={undefined}
        onSelect={() => {}}
        renderExtra={(m) => <MessagePrivacy message={m} />}
      />
      <textarea data-testid="reply-draft" id="reply-draft" value={draft} onInput={(e) => setDraft((e.currentTarget as HTMLTextAreaElement).value)} />
      {children?.(draft, setDraft)}
    </SidebarContext.Provider>
  );
}

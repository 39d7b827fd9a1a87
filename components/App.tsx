import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Conversation } from '@/lib/model/conversation';
import type { Theme, ToContent, ToSidebar } from '@/lib/messaging/protocol';
import { customerOf, defaultSelection, messageKey } from '@/lib/conversation/customer';
import { t } from '@/lib/i18n';
import { Header } from './Header';
import { CustomerCard } from './CustomerCard';
import { MessageList } from './MessageList';
import { ReplyBox, type InsertStatus } from './ReplyBox';
import { SidebarContext, type SidebarState } from './SidebarContext';
import { Suggestions } from './Suggestions';
import { useConversationRecorder } from '@/lib/sidebar/memory';
import { ReplyTimer } from './ReplyTimer';
import { CustomerPanel } from './CustomerPanel';
import { WaitingList } from './WaitingList';
import { MessagePrivacy } from './MessagePrivacy';
import { DraftCheck } from './DraftCheck';

export interface Connection {
  start(): () => void;
  send(msg: ToContent): void;
}

interface Props {
  token: string;
  createConnection: (onMessage: (msg: ToSidebar) => void) => Connection;
}

/** The sidebar: customer, conversation as read from the page, and the reply box. */
export function App({ createConnection }: Props) {
  const [conversation, setConversation] = useState<Conversation | null>(null);
  const [reason, setReason] = useState<string | null>(null);
  const [theme, setTheme] = useState<Theme>('light');
  const [layout, setLayout] = useState({ collapsed: false, width: 380 });
  const [selectedKey, setSelectedKey] = useState<string | null>(null);
  const [draft, setDraftState] = useState('');
  // Drafts are kept per thread: switching conversation must not carry a reply to another customer.
  const draftRef = useRef('');
  const draftsByThread = useRef(new Map<string, string>());
  const setDraft = (text: string) => {
    draftRef.current = text;
    setDraftState(text);
  };
  const [composerDraft, setComposerDraft] = useState('');
  const [insertStatus, setInsertStatus] = useState<InsertStatus>({ kind: 'idle' });
  const [lastInserted, setLastInserted] = useState<{ text: string; at: number } | null>(null);
  const insertTexts = useRef(new Map<string, string>());
  const threadRef = useRef<string | null>(null);
  const connRef = useRef<Connection | null>(null);

  useEffect(() => {
    const conn = createConnection((msg) => {
      switch (msg.type) {
        case 'conversation': {
          const c = msg.conversation;
          const threadKey = `${c.platform}:${c.threadId}`;
          if (threadRef.current !== threadKey) {
            // A different conversation: forget the selection and the last insert status, and
            // bring back the draft written for that thread (if any).
            if (threadRef.current) draftsByThread.current.set(threadRef.current, draftRef.current);
            draftRef.current = draftsByThread.current.get(threadKey) ?? '';
            setDraftState(draftRef.current);
            threadRef.current = threadKey;
            setSelectedKey(null);
            setInsertStatus({ kind: 'idle' });
            setComposerDraft('');
          }
          setConversation(c);
          setReason(null);
          return;
        }
        case 'no-conversation':
          setConversation(null);
          setReason(msg.reason);
          if (threadRef.current) draftsByThread.current.set(threadRef.current, draftRef.current);
          threadRef.current = null;
          return;
        case 'theme':
          setTheme(msg.theme);
          return;
        case 'layout':
          setLayout({ collapsed: msg.collapsed, width: msg.width });
          return;
        case 'composer-draft':
          setComposerDraft(msg.text);
          return;
        case 'insert-result':
          if (msg.ok && insertTexts.current.has(msg.requestId)) setLastInserted({ text: insertTexts.current.get(msg.requestId) ?? '', at: Date.now() });
          setInsertStatus(
            msg.ok
              ? { kind: 'ok' }
              : { kind: 'error', message: msg.error === 'no-composer' ? t('noComposer') : t('insertFailed', msg.error ?? '') },
          );
          return;
      }
    });
    connRef.current = conn;
    return conn.start();
  }, [createConnection]);

  const send = (msg: ToContent) => connRef.current?.send(msg);

  const selectedIndex = useMemo(() => {
    if (!conversation) return undefined;
    if (selectedKey !== null) {
      const i = conversation.messages.findIndex((m, idx) => messageKey(m, idx) === selectedKey);
      if (i >= 0) return i;
    }
    return defaultSelection(conversation);
  }, [conversation, selectedKey]);

  const customer = conversation ? customerOf(conversation, selectedIndex) : undefined;
  const memory = useConversationRecorder(conversation, customer, selectedIndex);

  useEffect(() => {
    document.documentElement.dataset.theme = theme;
  }, [theme]);

  if (layout.collapsed) {
    return (
      <div data-testid="sidebar" class="sidebar collapsed" data-theme={theme}>
        <button
          type="button"
          class="expand-tab"
          aria-label={t('expand')}
          title={t('expand')}
          onClick={() => send({ type: 'set-layout', collapsed: false })}
        >
          <span aria-hidden="true">‹</span>
        </button>
      </div>
    );
  }

  const insert = (text: string) => {
    const requestId = crypto.randomUUID();
    setInsertStatus({ kind: 'pending' });
    insertTexts.current.set(requestId, text);
    send({ type: 'insert', requestId, text });
  };

  return (
    <div data-testid="sidebar" class="sidebar" data-theme={theme}>
      <Header
        conversation={conversation}
        width={layout.width}
        onCollapse={() => send({ type: 'set-layout', collapsed: true })}
        onResize={(width) => send({ type: 'set-layout', width })}
      />
      <main class="content">
        {!conversation ? (
          <>
            <p class="empty" role="status">
              {reason ? t('waitingForConversation') : t('waitingForConversation')}
            </p>
            <WaitingList memory={memory} send={send} />
          </>
        ) : (
          <SidebarContext.Provider
            value={{
              conversation,
              selectedIndex,
              selectedMessage: selectedIndex === undefined ? undefined : conversation.messages[selectedIndex],
              customer,
              draft,
              setDraft,
              composerDraft,
              send,
              lastInserted,
              memory,
              history: memory.history,
            } satisfies SidebarState}
          >
            <CustomerCard customer={customer}>
              {/* slot:customer — timer, history, notes, tags (issue 6) */}
              <ReplyTimer />
              <CustomerPanel />
            </CustomerCard>
            <MessageList
              conversation={conversation}
              selectedIndex={selectedIndex}
              onSelect={(i) => {
                const m = conversation.messages[i];
                if (m) setSelectedKey(messageKey(m, i));
              }}
              renderExtra={(_m, _i) => (
                <>
                  {/* slot:message-extra — per-message privacy warning (issue 4) */}
                  <MessagePrivacy message={_m} />
                </>
              )}
            />
            <ReplyBox
              draft={draft}
              onDraft={setDraft}
              onInsert={insert}
              status={insertStatus}
              before={<>{/* slot:reply-before — suggestions (issue 5) */}<Suggestions /></>}
            >
              {/* slot:reply-after — draft checks (issue 4) */}
              <DraftCheck />
            </ReplyBox>
            {/* slot:after-reply — waiting list (issue 6) */}
            <WaitingList />
          </SidebarContext.Provider>
        )}
      </main>
    </div>
  );
}

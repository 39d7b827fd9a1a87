import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { isPublicView } from '@/lib/model/conversation';
import type { Badge } from '@/lib/messaging/protocol';
import { detect, typeLabel, type CompiledRule, type PiiSpan } from '@/lib/privacy';
import { t, uiLang } from '@/lib/i18n';
import { useSidebar } from './SidebarContext';
import { usePrivacyRules } from './usePrivacyRules';
import { typeList, typesOf } from './MessagePrivacy';

/** How long typing must pause before a draft is checked again. */
export const DRAFT_CHECK_DELAY_MS = 250;

/** The value after it stopped changing for `delay` ms; an emptied value passes at once. */
function useSettled(value: string, delay: number): string {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    if (value === settled) return;
    if (value.trim() === '') {
      setSettled(value);
      return;
    }
    const timer = setTimeout(() => setSettled(value), delay);
    return () => clearTimeout(timer);
  }, [value, delay]);
  return settled;
}

function useDetect(text: string, lang: string | undefined, extraRules: readonly CompiledRule[] | undefined): PiiSpan[] {
  return useMemo(
    // the agent's own draft: a name it is signed with is the agent's signature
    () => (text.trim() ? detect(text, { ...(lang ? { lang } : {}), ...(extraRules ? { extraRules } : {}), brandDraft: true }) : []),
    [text, lang, extraRules],
  );
}

/** The draft as text with the found spans in <mark> (text nodes only, never HTML). */
function Highlighted({ text, spans }: { text: string; spans: readonly PiiSpan[] }) {
  const parts: Array<string | { text: string; span: PiiSpan }> = [];
  let pos = 0;
  for (const s of spans) {
    if (s.start < pos || s.end > text.length) continue;
    if (s.start > pos) parts.push(text.slice(pos, s.start));
    parts.push({ text: text.slice(s.start, s.end), span: s });
    pos = s.end;
  }
  if (pos < text.length) parts.push(text.slice(pos));
  const lang = uiLang();
  return (
    <p class="draft-copy" aria-live="off">
      {parts.map((p, i) =>
        typeof p === 'string' ? (
          p
        ) : (
          <mark key={i} title={typeLabel(p.span.type, lang)} data-type={p.span.type}>
            {p.text}
          </mark>
        ),
      )}
    </p>
  );
}

/**
 * Checks the agent's reply while they type (the sidebar's draft and the site's own composer),
 * after a short pause so typing never waits for it. Personal data in a public reply is a warning
 * with the spans highlighted in a copy of the draft; in a private chat a milder note. The site's
 * composer also gets a small badge beside it (mounted by the content script in its own shadow root).
 */
export function DraftCheck() {
  const { conversation, draft, composerDraft, selectedMessage, send } = useSidebar();
  const rules = usePrivacyRules();
  const extraRules = rules.status === 'ok' && rules.rules.length ? rules.rules : undefined;
  const lang = selectedMessage && selectedMessage.lang !== 'und' ? selectedMessage.lang : undefined;

  const checkedDraft = useSettled(draft, DRAFT_CHECK_DELAY_MS);
  const checkedComposer = useSettled(composerDraft, DRAFT_CHECK_DELAY_MS);
  const draftSpans = useDetect(checkedDraft, lang, extraRules);
  const composerSpans = useDetect(checkedComposer, lang, extraRules);
  // The sidebar's copy of the composer's text is worth showing only when it is not the same draft.
  const showComposer = composerSpans.length > 0 && checkedComposer.trim() !== checkedDraft.trim();

  const isPublic = isPublicView(conversation.view);
  const severity = isPublic ? 'warning' : 'info';

  // Badge beside the site's composer: sent when it changes, cleared when the composer is clean.
  const composerTypes = typesOf(composerSpans);
  const badge: Badge =
    composerTypes.length === 0
      ? { level: 'none', label: '' }
      : {
          level: severity,
          label: (isPublic ? t('privacyBadgeWarning', typeList(composerTypes)) : t('privacyBadgeInfo', typeList(composerTypes))).slice(0, 200),
        };
  const sendRef = useRef(send);
  sendRef.current = send;
  const lastLevel = useRef<Badge['level']>('none');
  const badgeKey = JSON.stringify(badge);
  useEffect(() => {
    const next = JSON.parse(badgeKey) as Badge;
    // Clean and already clear: nothing to say. Otherwise (re)send after every pause, so a composer
    // the site re-rendered gets its badge back; one small message per pause in typing.
    if (next.level === 'none' && lastLevel.current === 'none') return;
    lastLevel.current = next.level;
    sendRef.current({ type: 'composer-badge', badge: next });
  }, [badgeKey, checkedComposer]);
  useEffect(
    () => () => {
      if (lastLevel.current !== 'none') sendRef.current({ type: 'composer-badge', badge: { level: 'none', label: '' } });
    },
    [],
  );

  const types = typesOf([...draftSpans, ...(showComposer ? composerSpans : [])]);
  return (
    <>
      {rules.status === 'invalid' && (
        <p class="privacy-rules-note" data-testid="privacy-rules-note" role="status">
          {t('privacyRulesInvalid', rules.errors.slice(0, 3).join('; '))}
        </p>
      )}
      {types.length > 0 && (
        <div
          data-testid="draft-privacy-warning"
          class={`draft-privacy ${severity}`}
          data-severity={severity}
          role="status"
          aria-atomic="false"
        >
          <p class="privacy-title">
            <span aria-hidden="true">{isPublic ? '⚠ ' : 'ⓘ '}</span>
            {isPublic ? t('draftPrivacyWarningTitle', typeList(types)) : t('draftPrivacyInfoTitle', typeList(types))}
          </p>
          {draftSpans.length > 0 && (
            <>
              {showComposer && <p class="draft-source">{t('draftPrivacyInDraft')}</p>}
              <Highlighted text={checkedDraft} spans={draftSpans} />
            </>
          )}
          {showComposer && (
            <>
              <p class="draft-source">{t('draftPrivacyInComposer')}</p>
              <Highlighted text={checkedComposer} spans={composerSpans} />
            </>
          )}
        </div>
      )}
    </>
  );
}

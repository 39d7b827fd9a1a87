import { useMemo, useState } from 'preact/hooks';
import type { Message } from '@/lib/model/conversation';
import { isPublicView } from '@/lib/model/conversation';
import { detect, mask, typeLabel, type PiiSpan, type PiiType } from '@/lib/privacy';
import { isFormalGerman, privacyReply, type ReplyLang } from '@/lib/sidebar/privacy-reply';
import { t, uiLang } from '@/lib/i18n';
import { useSidebar } from './SidebarContext';
import { usePrivacyRules } from './usePrivacyRules';

/** The distinct types of the spans, in the order they appear. */
export function typesOf(spans: readonly PiiSpan[]): PiiType[] {
  return [...new Set(spans.map((s) => s.type))];
}

/** "phone number and IBAN" / "Telefonnummer und IBAN" in the sidebar's language. */
export function typeList(types: readonly PiiType[]): string {
  const lang = uiLang();
  const labels = types.map((ty) => typeLabel(ty, lang));
  try {
    return new Intl.ListFormat(lang, { style: 'long', type: 'conjunction' }).format(labels);
  } catch {
    return labels.join(', ');
  }
}

/** A stable number per message, so two messages do not get the same wording by default. */
function seedOf(text: string): number {
  let h = 5381;
  for (let i = 0; i < text.length; i++) h = (Math.imul(h, 33) ^ text.charCodeAt(i)) >>> 0;
  return h % 997;
}

interface Props {
  message: Message;
}

/**
 * The privacy warning under a customer's message: which kinds of personal data it holds (values
 * masked), and on a public post one action that drafts a reply asking the customer to delete the
 * post and continue privately. In a private chat only a milder note. Brand messages and messages
 * without personal data render nothing.
 */
export function MessagePrivacy({ message }: Props) {
  const { conversation, setDraft } = useSidebar();
  const rules = usePrivacyRules();
  const extraRules = rules.status === 'ok' && rules.rules.length ? rules.rules : undefined;
  const { text, lang, isBrand } = message;
  // Detection runs once per message text (and rule set), not on every render of the list.
  const spans = useMemo(
    () => (isBrand ? [] : detect(text, { lang, ...(extraRules ? { extraRules } : {}) })),
    [text, lang, isBrand, extraRules],
  );
  const [clicks, setClicks] = useState(0);
  if (spans.length === 0) return null;

  const types = typesOf(spans);
  const isPublic = isPublicView(conversation.view);
  const found = [...new Map(spans.map((s) => [`${s.type}:${text.slice(s.start, s.end)}`, s])).values()];

  const draftReply = () => {
    const replyLang: ReplyLang = lang === 'de' || lang === 'en' ? lang : uiLang();
    setDraft(
      privacyReply({
        types,
        lang: replyLang,
        authorName: message.author.name,
        platform: conversation.platform,
        formal: replyLang === 'de' && isFormalGerman(text),
        variant: seedOf(message.id ?? text) + clicks,
      }),
    );
    setClicks((c) => c + 1);
    document.getElementById('reply-draft')?.focus();
  };

  return (
    <div
      data-testid="privacy-warning"
      class={`privacy-warning ${isPublic ? 'warning' : 'info'}`}
      data-severity={isPublic ? 'warning' : 'info'}
      data-types={types.join(' ')}
    >
      <p class="privacy-title">
        <span aria-hidden="true">{isPublic ? '⚠ ' : 'ⓘ '}</span>
        {isPublic ? t('privacyWarningTitle', typeList(types)) : t('privacyInfoTitle', typeList(types))}
      </p>
      <ul class="privacy-found" aria-label={t('privacyFoundList')}>
        {found.map((s) => (
          <li key={`${s.start}`}>
            <span class="privacy-type">{typeLabel(s.type, uiLang())}</span>{' '}
            <code class="privacy-value">{mask(text.slice(s.start, s.end))}</code>
          </li>
        ))}
      </ul>
      <p class="privacy-hint">{isPublic ? t('privacyWarningHint') : t('privacyInfoHint')}</p>
      {isPublic && (
        <div class="actions">
          <button type="button" data-testid="privacy-reply" onClick={draftReply}>
            {clicks === 0 ? t('privacyAskRemove') : t('privacyAskRemoveAgain')}
          </button>
        </div>
      )}
      {isPublic && (
        <p class="privacy-status" role="status" aria-live="polite">
          {clicks > 0 ? t('privacyReplyFilled') : ''}
        </p>
      )}
    </div>
  );
}

import type { ComponentChildren } from 'preact';
import type { Conversation, Message } from '@/lib/model/conversation';
import { t, uiLang } from '@/lib/i18n';

/** The time of a message in the form the page showed it. */
export function timeText(m: Message): string | undefined {
  if (m.timestamp) {
    const d = new Date(m.timestamp);
    if (!Number.isNaN(d.getTime())) {
      return new Intl.DateTimeFormat(uiLang() === 'de' ? 'de-DE' : 'en-GB', {
        dateStyle: 'short',
        timeStyle: 'short',
      }).format(d);
    }
  }
  if (m.timeLabel) return m.dayLabel ? `${m.dayLabel} ${m.timeLabel}` : m.timeLabel;
  return m.relativeTime;
}

/** Display name of an author, never empty. */
export function authorName(m: Message): string {
  return m.author.name ?? (m.author.handle ? '@' + m.author.handle.replace(/^@/, '') : t('unknownAuthor'));
}

interface Props {
  conversation: Conversation;
  selectedIndex: number | undefined;
  onSelect: (index: number) => void;
  /** Per-message extras (privacy warning…), rendered inside the message element. */
  renderExtra?: (message: Message, index: number) => ComponentChildren;
}

/** The conversation as the extension read it, in the page's order. */
export function MessageList({ conversation, selectedIndex, onSelect, renderExtra }: Props) {
  const { post, messages } = conversation;
  return (
    <section class="card conversation" aria-labelledby="conversation-heading">
      <h2 id="conversation-heading" class="section-title">
        {t('conversation')} <span class="muted">({t('messagesCount', messages.length)})</span>
      </h2>
      {post && (
        <article class="post" aria-label={t('post')}>
          <p class="meta">
            <strong>{authorName(post)}</strong>
            {timeText(post) && <span class="time"> · {timeText(post)}</span>}
          </p>
          <p class="text">{post.text}</p>
        </article>
      )}
      <ol class="messages">
        {messages.map((m, i) => {
          const selected = i === selectedIndex;
          const time = timeText(m);
          return (
            <li
              key={`${m.id ?? m.replyCommentId ?? m.commentId ?? ''}#${i}`}
              data-testid="message"
              data-brand={m.isBrand ? 'true' : 'false'}
              data-selected={selected ? 'true' : 'false'}
              class={`message ${m.isBrand ? 'brand' : 'customer'} ${selected ? 'selected' : ''}`}
              style={m.depth ? { marginInlineStart: `${Math.min(m.depth, 4) * 14}px` } : undefined}
            >
              <button
                type="button"
                class="message-main"
                aria-pressed={selected}
                aria-label={m.isBrand ? undefined : undefined}
                title={m.isBrand ? undefined : t('selectMessage')}
                disabled={m.isBrand}
                onClick={() => onSelect(i)}
              >
                <span class="meta">
                  <strong class="author">{authorName(m)}</strong>
                  {m.author.handle && m.author.name && <span class="handle"> @{m.author.handle.replace(/^@/, '')}</span>}
                  {m.isBrand && <span class="badge">{t('brandBadge')}</span>}
                  {time && <span class="time"> · {time}</span>}
                </span>
                {m.inReplyTo && <span class="reply-to">{t('replyTo', m.inReplyTo)}</span>}
                <span class="text" lang={m.lang === 'und' ? undefined : m.lang}>
                  {m.text}
                </span>
                {selected && <span class="sr-only"> ({t('selected')})</span>}
              </button>
              {renderExtra?.(m, i)}
            </li>
          );
        })}
      </ol>
    </section>
  );
}

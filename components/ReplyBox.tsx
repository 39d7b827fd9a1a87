import type { ComponentChildren } from 'preact';
import { t } from '@/lib/i18n';

export type InsertStatus =
  | { kind: 'idle' }
  | { kind: 'pending' }
  | { kind: 'ok' }
  | { kind: 'error'; message: string };

interface Props {
  draft: string;
  onDraft: (text: string) => void;
  onInsert: (text: string) => void;
  status: InsertStatus;
  disabled?: boolean;
  /** Shown between the draft and the button (draft warnings…). */
  children?: ComponentChildren;
  /** Shown above the draft (suggestions…). */
  before?: ComponentChildren;
}

/** The agent writes or edits the reply here; one button puts it into the site's composer. */
export function ReplyBox({ draft, onDraft, onInsert, status, disabled, children, before }: Props) {
  return (
    <section class="card reply" aria-labelledby="reply-heading">
      <h2 id="reply-heading" class="section-title">
        {t('reply')}
      </h2>
      {before}
      <label class="field-label" for="reply-draft">
        {t('replyDraftLabel')}
      </label>
      <textarea
        id="reply-draft"
        data-testid="reply-draft"
        rows={5}
        value={draft}
        placeholder={t('replyDraftPlaceholder')}
        onInput={(e) => onDraft((e.currentTarget as HTMLTextAreaElement).value)}
      />
      {children}
      <div class="actions">
        <button
          type="button"
          class="primary"
          data-testid="insert"
          disabled={disabled || !draft.trim() || status.kind === 'pending'}
          onClick={() => onInsert(draft)}
        >
          {t('insert')}
        </button>
      </div>
      <p class={`status ${status.kind}`} role="status" aria-live="polite">
        {status.kind === 'ok' ? t('inserted') : status.kind === 'error' ? status.message : ''}
      </p>
    </section>
  );
}

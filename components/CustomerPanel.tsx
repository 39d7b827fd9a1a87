import { useEffect, useState } from 'preact/hooks';
import type { NoteRecord } from '@/lib/db/schema';
import { t, uiLang, type MessageKey } from '@/lib/i18n';
import type { Platform } from '@/lib/model/conversation';
import type { CustomerOption } from '@/lib/sidebar/customer-search';
import { formatDateTime } from '@/lib/sidebar/duration';
import { EMPTY_MEMORY } from '@/lib/sidebar/memory';
import { errorMessage } from '@/lib/sidebar/store';
import { useSidebar } from './SidebarContext';
import { safeUrl } from './WaitingList';

const PLATFORM_KEYS: Record<Platform, MessageKey> = {
  x: 'platformX',
  facebook: 'platformFacebook',
  instagram: 'platformInstagram',
};

const HISTORY_TEXT_MAX = 400;

function optionLabel(o: CustomerOption): string {
  return [o.displayName, t(PLATFORM_KEYS[o.platform]), o.handle ? '@' + o.handle : ''].filter(Boolean).join(' · ');
}


/**
 * What the team knows about the customer: earlier messages from other conversations (on every
 * platform the agent linked), notes, tags, and the links between the customer's identities.
 */
export function CustomerPanel() {
  const { memory } = useSidebar();
  const m = memory ?? EMPTY_MEMORY;
  const { store: db, customerId } = m;
  const lang = uiLang();
  const [version, setVersion] = useState(0);
  const [notes, setNotes] = useState<NoteRecord[]>([]);
  const [tags, setTags] = useState<string[]>([]);
  const [linked, setLinked] = useState<CustomerOption[]>([]);
  const [noteDraft, setNoteDraft] = useState('');
  const [editing, setEditing] = useState<{ id: string; text: string } | null>(null);
  const [tagDraft, setTagDraft] = useState('');
  const [query, setQuery] = useState('');
  const [options, setOptions] = useState<CustomerOption[]>([]);
  const [choice, setChoice] = useState('');
  const [status, setStatus] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);

  const changed = (text: string) => {
    setStatus({ kind: 'ok', text });
    setVersion((v) => v + 1);
  };
  const failed = (e: unknown) => setStatus({ kind: 'error', text: errorMessage(e) });

  useEffect(() => {
    setEditing(null);
    setStatus(null);
  }, [customerId]);

  useEffect(() => {
    if (!db || !customerId) {
      setNotes([]);
      setTags([]);
      setLinked([]);
      return;
    }
    let cancelled = false;
    Promise.all([db.listNotes(customerId), db.listTags(customerId), db.linkedOthers(customerId)])
      .then(([n, tg, l]) => {
        if (cancelled) return;
        setNotes(n);
        setTags(tg);
        setLinked(l);
      })
      .catch(failed);
    return () => {
      cancelled = true;
    };
  }, [db, customerId, m.revision, version]);

  // Candidates to link: stored customers matching the search, not already in this link group.
  useEffect(() => {
    if (!db || !customerId) {
      setOptions([]);
      return;
    }
    let cancelled = false;
    const timer = setTimeout(() => {
      db.groupOf(customerId)
        .then((group) => db.searchCustomers(query, { limit: 20, ...(group ? { excludeGroupId: group } : {}) }))
        .then((opts) => {
          if (cancelled) return;
          setOptions(opts);
          setChoice((c) => (opts.some((o) => o.id === c) ? c : (opts[0]?.id ?? '')));
        })
        .catch(() => !cancelled && setOptions([]));
    }, 150);
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
  }, [db, customerId, query, m.revision, version]);

  if (m.error && !db) return <p class="status error">{t('memoryError', m.error)}</p>;
  if (!db || !customerId) {
    return (
      <p class="muted memory-pending" role="status">
        {m.error ? t('memoryError', m.error) : t('memoryNoStoredCustomer')}
      </p>
    );
  }

  const saveNote = async () => {
    try {
      await db.addNote(customerId, noteDraft);
      setNoteDraft('');
      changed(t('memoryNoteSaved'));
    } catch (e) {
      failed(e);
    }
  };
  const saveEdit = async () => {
    if (!editing) return;
    try {
      await db.editNote(editing.id, editing.text);
      setEditing(null);
      changed(t('memoryNoteSaved'));
    } catch (e) {
      failed(e);
    }
  };
  const removeNote = async (id: string) => {
    try {
      await db.deleteNote(id);
      changed(t('memoryNoteDeleted'));
    } catch (e) {
      failed(e);
    }
  };
  const saveTag = async () => {
    try {
      await db.addTag(customerId, tagDraft);
      setTagDraft('');
      changed('');
    } catch (e) {
      failed(e);
    }
  };
  const dropTag = async (tag: string) => {
    try {
      // A tag may sit on any linked identity: take it off each.
      for (const id of [customerId, ...linked.map((l) => l.id)]) await db.removeTag(id, tag);
      changed('');
    } catch (e) {
      failed(e);
    }
  };
  const link = async () => {
    const other = options.find((o) => o.id === choice);
    if (!other) return;
    try {
      await db.linkCustomers(customerId, other.id, m.settings.agentName);
      changed(t('memoryLinked', optionLabel(other)));
      m.refresh();
    } catch (e) {
      failed(e);
    }
  };
  const unlink = async (other: CustomerOption) => {
    try {
      await db.unlinkCustomer(other.id, m.settings.agentName);
      changed(t('memoryUnlinked'));
      m.refresh();
    } catch (e) {
      failed(e);
    }
  };

  return (
    <div class="memory" data-testid="customer-panel">
      <section class="memory-section" aria-labelledby="history-heading">
        <h3 id="history-heading" class="section-title">
          {t('memoryHistoryTitle')} <span class="muted">({m.history.length})</span>
        </h3>
        {m.history.length === 0 ? (
          <p class="muted">{t('memoryHistoryNone')}</p>
        ) : (
          <ol class="history">
            {m.history.map((h) => {
              const u = safeUrl(h.url) ?? safeUrl(h.conversationUrl);
              const text = h.text.length > HISTORY_TEXT_MAX ? h.text.slice(0, HISTORY_TEXT_MAX) + '…' : h.text;
              return (
                <li key={h.messageId} class="history-item" data-testid="history-item">
                  <p class="meta">
                    <time dateTime={new Date(h.sentAt).toISOString()}>{formatDateTime(h.sentAt, lang)}</time>
                    {' · '}
                    {t(PLATFORM_KEYS[h.platform])}
                    {h.authorName || h.authorHandle ? ` · ${h.authorName ?? '@' + h.authorHandle}` : ''}
                  </p>
                  <p class="text">{text}</p>
                  {u && (
                    <a href={u.href} target="_blank" rel="noopener noreferrer">
                      {t('memoryHistoryOpen')}
                    </a>
                  )}
                </li>
              );
            })}
          </ol>
        )}
      </section>

      <section class="memory-section" aria-labelledby="notes-heading">
        <h3 id="notes-heading" class="section-title">
          {t('memoryNotesTitle')}
        </h3>
        {notes.length === 0 && <p class="muted">{t('memoryNotesNone')}</p>}
        <ul class="notes">
          {notes.map((n) => (
            <li key={n.id} class="note" data-testid="note">
              {editing?.id === n.id ? (
                <>
                  <label class="sr-only" for={`note-edit-${n.id}`}>
                    {t('memoryNoteEditLabel')}
                  </label>
                  <textarea
                    id={`note-edit-${n.id}`}
                    data-testid="note-edit-input"
                    rows={3}
                    value={editing.text}
                    onInput={(e) => setEditing({ id: n.id, text: (e.currentTarget as HTMLTextAreaElement).value })}
                  />
                  <div class="actions">
                    <button type="button" class="primary" data-testid="note-update" disabled={!editing.text.trim()} onClick={saveEdit}>
                      {t('memoryNoteUpdate')}
                    </button>
                    <button type="button" class="secondary" onClick={() => setEditing(null)}>
                      {t('memoryNoteCancel')}
                    </button>
                  </div>
                </>
              ) : (
                <>
                  <p class="text" data-testid="note-text">
                    {n.text}
                  </p>
                  <p class="meta" data-testid="note-meta">
                    {t('memoryNoteBy', n.authorName || t('memoryNoteAnonymous'), formatDateTime(n.updatedAt, lang))}
                  </p>
                  <div class="actions">
                    <button type="button" class="secondary" data-testid="note-edit" onClick={() => setEditing({ id: n.id, text: n.text })}>
                      {t('memoryNoteEdit')}
                    </button>
                    <button type="button" class="secondary" data-testid="note-delete" onClick={() => removeNote(n.id)}>
                      {t('memoryNoteDelete')}
                    </button>
                  </div>
                </>
              )}
            </li>
          ))}
        </ul>
        <label class="field-label" for="note-input">
          {t('memoryNoteLabel')}
        </label>
        <textarea
          id="note-input"
          data-testid="note-input"
          rows={2}
          value={noteDraft}
          onInput={(e) => setNoteDraft((e.currentTarget as HTMLTextAreaElement).value)}
        />
        <div class="actions">
          <button type="button" class="primary" data-testid="note-save" disabled={!noteDraft.trim()} onClick={saveNote}>
            {t('memoryNoteSave')}
          </button>
        </div>
      </section>

      <section class="memory-section" aria-labelledby="tags-heading">
        <h3 id="tags-heading" class="section-title">
          {t('memoryTagsTitle')}
        </h3>
        {tags.length === 0 ? (
          <p class="muted">{t('memoryTagsNone')}</p>
        ) : (
          <ul class="chips" aria-label={t('memoryTagsTitle')}>
            {tags.map((tag) => (
              <li key={tag} class="chip" data-testid="tag">
                {tag}
                <button type="button" class="chip-remove" aria-label={t('memoryTagRemove', tag)} title={t('memoryTagRemove', tag)} onClick={() => dropTag(tag)}>
                  <span aria-hidden="true">×</span>
                </button>
              </li>
            ))}
          </ul>
        )}
        <form
          class="inline-form"
          onSubmit={(e) => {
            e.preventDefault();
            if (tagDraft.trim()) void saveTag();
          }}
        >
          <label class="sr-only" for="tag-input">
            {t('memoryTagLabel')}
          </label>
          <input
            id="tag-input"
            data-testid="tag-input"
            maxLength={60}
            placeholder={t('memoryTagLabel')}
            value={tagDraft}
            onInput={(e) => setTagDraft((e.currentTarget as HTMLInputElement).value)}
          />
          <button type="submit" class="secondary" data-testid="tag-add" disabled={!tagDraft.trim()}>
            {t('memoryTagAdd')}
          </button>
        </form>
      </section>

      <section class="memory-section" aria-labelledby="link-heading">
        <h3 id="link-heading" class="section-title">
          {t('memoryLinkTitle')}
        </h3>
        {linked.length > 0 && (
          <ul class="linked" aria-label={t('memoryLinkedWith')}>
            {linked.map((l) => (
              <li key={l.id} data-testid="linked-customer">
                <span>{optionLabel(l)}</span>{' '}
                <button type="button" class="secondary" data-testid="unlink" onClick={() => unlink(l)}>
                  {t('memoryUnlink', l.displayName)}
                </button>
              </li>
            ))}
          </ul>
        )}
        <label class="field-label" for="link-search">
          {t('memoryLinkSearch')}
        </label>
        <input
          id="link-search"
          type="search"
          data-testid="link-search"
          value={query}
          onInput={(e) => setQuery((e.currentTarget as HTMLInputElement).value)}
        />
        {options.length === 0 ? (
          <p class="muted">{t('memoryLinkNone')}</p>
        ) : (
          <>
            <label class="field-label" for="link-choice">
              {t('memoryLinkChoose')}
            </label>
            <select
              id="link-choice"
              data-testid="link-choice"
              value={choice}
              onChange={(e) => setChoice((e.currentTarget as HTMLSelectElement).value)}
            >
              {options.map((o) => (
                <option key={o.id} value={o.id}>
                  {optionLabel(o)}
                </option>
              ))}
            </select>
            <div class="actions">
              <button type="button" class="secondary" data-testid="link-customer" disabled={!choice} onClick={link}>
                {t('memoryLinkButton')}
              </button>
            </div>
          </>
        )}
      </section>
      <p class={`status ${status?.kind ?? ''}`} role="status" aria-live="polite">
        {status?.text ?? ''}
      </p>
    </div>
  );
}

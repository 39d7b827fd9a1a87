import { z } from 'zod';
import { linkedCustomerIds } from './customers';
import { uuidv7 } from './ids';
import type { CareDb } from './index';
import { enqueue, put } from './outbox';
import { type EventRecord, EventSchema, type NoteRecord, type TagRecord } from './schema';
import { getSettings } from './settings';

const NoteText = z.string().trim().min(1, 'A note cannot be empty').max(20_000, 'A note can have at most 20000 characters');
const TagText = z
  .string()
  .trim()
  .min(1, 'A tag cannot be empty')
  .max(60, 'A tag can have at most 60 characters')
  .regex(/^[^\n\r\t]+$/, 'A tag is one line');

/** Adds a note on a customer, signed with the agent's name from the options. */
export async function addNote(db: CareDb, customerId: string, text: string, now: number = Date.now()): Promise<NoteRecord> {
  const body = NoteText.parse(text);
  return db.transaction('rw', [db.customers, db.notes, db.settings, db.outbox], async () => {
    const customer = await db.customers.get(customerId);
    if (!customer) throw new Error(`Cannot add a note: customer ${customerId} does not exist`);
    const { agentName } = await getSettings(db);
    const note: NoteRecord = {
      id: uuidv7(now),
      teamId: customer.teamId,
      createdAt: now,
      updatedAt: now,
      customerId,
      text: body,
      authorName: agentName,
      deletedAt: null,
      revisions: [],
    };
    await db.notes.add(note);
    await enqueue(db, 'addNote', [put('notes', note)], [customerId], now, note.teamId);
    return note;
  });
}

/** Changes a note's text; the editor becomes its author. */
export async function editNote(db: CareDb, noteId: string, text: string, now: number = Date.now()): Promise<NoteRecord> {
  const body = NoteText.parse(text);
  return db.transaction('rw', [db.notes, db.settings, db.outbox], async () => {
    const note = await db.notes.get(noteId);
    if (!note || note.deletedAt !== null) throw new Error(`Cannot edit: note ${noteId} does not exist`);
    const { agentName } = await getSettings(db);
    const next: NoteRecord = { ...note, text: body, authorName: agentName, updatedAt: Math.max(now, note.updatedAt) };
    await db.notes.put(next);
    await enqueue(db, 'editNote', [put('notes', next)], [note.customerId], now, note.teamId);
    return next;
  });
}

/** Deletes a note, leaving a tombstone without its text so the deletion can sync. */
export async function deleteNote(db: CareDb, noteId: string, now: number = Date.now()): Promise<void> {
  await db.transaction('rw', [db.notes, db.outbox], async () => {
    const note = await db.notes.get(noteId);
    if (!note || note.deletedAt !== null) return;
    const tomb: NoteRecord = { ...note, text: '', revisions: [], deletedAt: now, updatedAt: Math.max(now, note.updatedAt) };
    await db.notes.put(tomb);
    await enqueue(db, 'deleteNote', [put('notes', tomb)], [note.customerId], now, note.teamId);
  });
}

/** The notes on a customer and its linked identities, newest first. */
export async function listNotes(db: CareDb, customerId: string): Promise<NoteRecord[]> {
  return db.transaction('r', [db.customers, db.notes], async () => {
    const ids = await linkedCustomerIds(db, customerId);
    const notes = await db.notes.where('customerId').anyOf(ids).toArray();
    return notes.filter((n) => n.deletedAt === null).sort((a, b) => b.createdAt - a.createdAt || (a.id < b.id ? 1 : -1));
  });
}

/** Puts a tag on a customer (adding it twice is the same row). */
export async function addTag(db: CareDb, customerId: string, tag: string, now: number = Date.now()): Promise<TagRecord> {
  const label = TagText.parse(tag);
  const tagKey = label.toLocaleLowerCase('de');
  return db.transaction('rw', [db.customers, db.tags, db.outbox], async () => {
    const customer = await db.customers.get(customerId);
    if (!customer) throw new Error(`Cannot tag: customer ${customerId} does not exist`);
    const prev = await db.tags.where('[customerId+tagKey]').equals([customerId, tagKey]).first();
    if (prev && prev.deletedAt === null) return prev;
    const row: TagRecord = prev
      ? { ...prev, tag: label, deletedAt: null, updatedAt: Math.max(now, prev.updatedAt) }
      : { id: uuidv7(now), teamId: customer.teamId, createdAt: now, updatedAt: now, customerId, tag: label, tagKey, deletedAt: null };
    await db.tags.put(row);
    await enqueue(db, 'addTag', [put('tags', row)], [customerId], now, row.teamId);
    return row;
  });
}

/** Takes a tag off a customer. */
export async function removeTag(db: CareDb, customerId: string, tag: string, now: number = Date.now()): Promise<void> {
  const tagKey = tag.trim().toLocaleLowerCase('de');
  await db.transaction('rw', [db.tags, db.outbox], async () => {
    const prev = await db.tags.where('[customerId+tagKey]').equals([customerId, tagKey]).first();
    if (!prev || prev.deletedAt !== null) return;
    const row: TagRecord = { ...prev, deletedAt: now, updatedAt: Math.max(now, prev.updatedAt) };
    await db.tags.put(row);
    await enqueue(db, 'removeTag', [put('tags', row)], [customerId], now, row.teamId);
  });
}

/** The tags on a customer and its linked identities, each once, alphabetically. */
export async function listTags(db: CareDb, customerId: string): Promise<string[]> {
  return db.transaction('r', [db.customers, db.tags], async () => {
    const ids = await linkedCustomerIds(db, customerId);
    const rows = await db.tags.where('customerId').anyOf(ids).toArray();
    const byKey = new Map<string, string>();
    for (const r of rows) if (r.deletedAt === null && !byKey.has(r.tagKey)) byKey.set(r.tagKey, r.tag);
    return [...byKey.values()].sort((a, b) => a.localeCompare(b, 'de'));
  });
}

export const NewEventSchema = z.object({
  type: EventSchema.shape.type,
  at: EventSchema.shape.at.optional(),
  conversationId: EventSchema.shape.conversationId.optional(),
  customerId: EventSchema.shape.customerId.optional(),
  messageId: EventSchema.shape.messageId.optional(),
  data: EventSchema.shape.data.optional(),
});
export type NewEvent = z.input<typeof NewEventSchema>;

/** Appends a fact (e.g. "suggestion-inserted", "suggestion-dismissed", "reply-sent"); events are never changed. */
export async function recordEvent(db: CareDb, event: NewEvent, now: number = Date.now()): Promise<EventRecord> {
  const e = NewEventSchema.parse(event);
  const row: EventRecord = EventSchema.parse({
    id: uuidv7(now),
    teamId: null,
    createdAt: now,
    updatedAt: now,
    type: e.type,
    at: e.at ?? now,
    conversationId: e.conversationId ?? null,
    customerId: e.customerId ?? null,
    messageId: e.messageId ?? null,
    data: e.data ?? {},
  });
  await db.transaction('rw', [db.events, db.outbox], async () => {
    await db.events.add(row);
    await enqueue(db, 'recordEvent', [put('events', row)], [row.customerId], now);
  });
  return row;
}

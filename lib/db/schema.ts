import { z } from 'zod';
import { LangSchema, PlatformSchema, ViewSchema } from '../model/conversation';
import { isValidTimeZone } from '../timer/zone';

/**
 * The stored records. These are also the sync shapes (see the Sync section of ARCHITECTURE.md):
 * client-made UUIDv7 ids, a team id (null while standalone), creation and change times in epoch ms.
 */

const ms = z.number().int().min(0).max(8.64e15);
const id = z.string().regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/, 'must be a UUID');
const short = z.string().max(2_000);

const Base = z.object({
  id,
  teamId: z.string().max(200).nullable(),
  createdAt: ms,
  updatedAt: ms,
});

export const TimeSourceSchema = z.enum(['exact', 'clock', 'relative', 'seen']);

/** A person the brand talks to. Customers linked by the agent share a `groupId` (else it is their own id). */
export const CustomerSchema = Base.extend({
  displayName: short,
  platform: PlatformSchema,
  groupId: id,
});
export type CustomerRecord = z.infer<typeof CustomerSchema>;

/** How a customer is recognised on one platform. `thread-name`: a name seen in one thread only. */
export const IdentityKindSchema = z.enum(['handle', 'profileId', 'thread-name']);
export type IdentityKind = z.infer<typeof IdentityKindSchema>;

export const IdentitySchema = Base.extend({
  customerId: id,
  platform: PlatformSchema,
  kind: IdentityKindSchema,
  value: short,
  name: short.optional(),
  profileUrl: short.optional(),
});
export type IdentityRecord = z.infer<typeof IdentitySchema>;

export const ConversationRecordSchema = Base.extend({
  /** platform|view|threadType|threadId: one row per thread the extension has seen. */
  threadKey: z.string().max(3_000),
  platform: PlatformSchema,
  view: ViewSchema,
  threadType: short.optional(),
  threadId: short,
  url: z.string().max(4_000),
  /** The customer the thread is with (DM counterpart, else its first customer author). */
  customerId: id.nullable(),
  title: short.optional(),
  firstSeenAt: ms,
  lastSeenAt: ms,
  /**
   * Local index hint: 1 when the latest read ended with an unanswered customer message. The timer
   * itself is always recomputed from messages and events; this only narrows the waiting list's scan.
   */
  needsReply: z.union([z.literal(0), z.literal(1)]),
});
export type ConversationRecord = z.infer<typeof ConversationRecordSchema>;

export const MessageRecordSchema = Base.extend({
  /** platform|id|<platform id>, or platform|h|<hash of thread, author, text, occurrence>. */
  key: z.string().max(3_000),
  conversationId: id,
  /** The author's customer; null for the brand's own messages. */
  customerId: id.nullable(),
  platform: PlatformSchema,
  isBrand: z.boolean(),
  authorName: short.optional(),
  authorHandle: short.optional(),
  text: z.string().max(200_000),
  /** The text was stored with personal data masked. */
  masked: z.boolean(),
  lang: LangSchema,
  platformId: short.optional(),
  permalink: short.optional(),
  timestamp: short.optional(),
  timeLabel: short.optional(),
  dayLabel: short.optional(),
  relativeTime: short.optional(),
  depth: z.number().int().min(0).max(20).optional(),
  inReplyTo: short.optional(),
  /** Position in the page's order at the latest read. */
  position: z.number().int().min(0),
  firstSeenAt: ms,
  lastSeenAt: ms,
  /** Best estimate of when it was written, and how that is known. */
  sentAt: ms,
  timeSource: TimeSourceSchema,
});
export type MessageRecord = z.infer<typeof MessageRecordSchema>;

export const NoteRevisionSchema = z.object({ text: z.string().max(20_000), authorName: short, at: ms });

/** One row per note; a delete leaves a tombstone (empty text, deletedAt) so sync can carry it. */
export const NoteSchema = Base.extend({
  customerId: id,
  text: z.string().max(20_000),
  authorName: short,
  deletedAt: ms.nullable(),
  /** Conflicting edits kept by sync (later); empty while standalone. */
  revisions: z.array(NoteRevisionSchema).max(100),
});
export type NoteRecord = z.infer<typeof NoteSchema>;

/** One row per (customer, tag): adding twice is the same row; removing sets deletedAt. */
export const TagSchema = Base.extend({
  customerId: id,
  tag: z.string().min(1).max(60),
  /** Case-folded tag for the (customer, tag) uniqueness. */
  tagKey: z.string().min(1).max(60),
  deletedAt: ms.nullable(),
});
export type TagRecord = z.infer<typeof TagSchema>;

export const EventTypeSchema = z.string().regex(/^[a-z][a-z0-9-]{1,63}$/, 'must be a lower-case-dashed name');

/** Append-only facts ("message-seen", "brand-reply-seen", "suggestion-inserted"): never updated. */
export const EventSchema = Base.extend({
  type: EventTypeSchema,
  at: ms,
  conversationId: id.nullable(),
  customerId: id.nullable(),
  messageId: id.nullable(),
  data: z.record(z.string(), z.json()),
});
export type EventRecord = z.infer<typeof EventSchema>;

/** That a customer was erased; carries no personal data, so sync can erase it everywhere. */
export const ErasureSchema = Base.extend({
  erasedId: id,
  erasedAt: ms,
});
export type ErasureRecord = z.infer<typeof ErasureSchema>;

export const OutboxTableSchema = z.enum([
  'customers',
  'identities',
  'conversations',
  'messages',
  'notes',
  'tags',
  'events',
  'erasures',
]);
export type OutboxTable = z.infer<typeof OutboxTableSchema>;

export const OutboxChangeSchema = z.object({
  table: OutboxTableSchema,
  op: z.enum(['put', 'delete']),
  key: z.string().max(3_000),
  row: z.record(z.string(), z.unknown()).optional(),
});
export type OutboxChange = z.infer<typeof OutboxChangeSchema>;

/** One user action waiting to be pushed: written in the same transaction as the action itself. */
export const OutboxSchema = z.object({
  id,
  teamId: z.string().max(200).nullable(),
  createdAt: ms,
  mutation: z.string().max(100),
  changes: z.array(OutboxChangeSchema),
  /** Customers whose data the changes carry (for erasure). */
  customerIds: z.array(id),
});
export type OutboxRecord = z.infer<typeof OutboxSchema>;

const MINUTES_IN_WEEK = 7 * 24 * 60;

/** The agent's options. Stored locally only; never synced (it holds the LLM key). */
export const SettingsSchema = z
  .object({
    agentName: z.string().trim().max(100).default(''),
    slaWarningMin: z.number().int().min(1).max(MINUTES_IN_WEEK).default(15),
    slaBreachMin: z.number().int().min(1).max(MINUTES_IN_WEEK).default(60),
    /** Delete seen conversations after this many days; null keeps them. */
    retentionDays: z.number().int().min(1).max(3650).nullable().default(null),
    /** Store message text with personal data masked. */
    storeMaskedOnly: z.boolean().default(false),
    openaiBaseUrl: z.union([z.literal(''), z.url({ protocol: /^https?$/ })]).default(''),
    openaiKey: z.string().max(500).default(''),
    openaiModel: z.string().max(200).default(''),
    useBuiltInAi: z.boolean().default(true),
    uiLang: z.enum(['de', 'en']).optional(),
    /** Zone of the pages' clock labels; the browser's own when absent. */
    timeZone: z.string().refine(isValidTimeZone, 'unknown time zone').optional(),
  })
  .refine((s) => s.slaBreachMin > s.slaWarningMin, {
    message: 'the breach target must be later than the warning target',
    path: ['slaBreachMin'],
  });
export type Settings = z.infer<typeof SettingsSchema>;
export type SettingsInput = z.input<typeof SettingsSchema>;

export const SettingsRowSchema = z.object({ id: z.literal('local'), value: z.record(z.string(), z.unknown()) });
export type SettingsRow = z.infer<typeof SettingsRowSchema>;

/** The synced tables with their record schemas (used by export/import). */
export const RECORD_SCHEMAS = {
  customers: CustomerSchema,
  identities: IdentitySchema,
  conversations: ConversationRecordSchema,
  messages: MessageRecordSchema,
  notes: NoteSchema,
  tags: TagSchema,
  events: EventSchema,
  erasures: ErasureSchema,
} as const;
export type RecordTable = keyof typeof RECORD_SCHEMAS;

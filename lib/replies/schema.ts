import { z } from 'zod';

/** Where a reply will be posted; X limits replies to 280 characters. */
export const ReplyPlatformSchema = z.enum(['x', 'facebook', 'instagram']);
export type ReplyPlatform = z.infer<typeof ReplyPlatformSchema>;

export const ToneSchema = z.enum(['angry', 'frustrated', 'neutral', 'positive', 'ironic', 'troll']);
export type Tone = z.infer<typeof ToneSchema>;

export const MessageTypeSchema = z.enum(['question', 'complaint', 'praise', 'lead', 'technical_problem', 'spam']);
export type MessageType = z.infer<typeof MessageTypeSchema>;

const text = z.string().max(20_000);
const short = z.string().max(500);

/**
 * A team guideline. Kinds the guard enforces:
 * - `avoid-phrase`: `text` must not appear in a suggestion (case and accents ignored);
 * - `require-phrase`: `text` must appear (appended as its own sentence when missing);
 * - `max-length`: `text` is a number of characters, the suggestion is shortened to it;
 * - `canned`: `text` is a team macro; suggestions that read like it are dropped;
 * - `note` (default): free advice shown to the agent, not enforced.
 */
export const GuidelineSchema = z.object({
  id: short,
  text: z.string().min(1).max(2_000),
  kind: z.enum(['avoid-phrase', 'require-phrase', 'max-length', 'canned', 'note']).default('note'),
});
export type Guideline = z.infer<typeof GuidelineSchema>;

export const ReplyInputSchema = z.object({
  text: text.min(1),
  lang: z.enum(['de', 'en']).optional(),
  platform: ReplyPlatformSchema,
  brand: short.optional(),
  sector: short.optional(),
  author: z
    .object({ name: short.nullish(), handle: short.nullish() })
    .default({}),
  thread: z
    .array(z.object({ role: z.enum(['customer', 'agent']), text }))
    .max(200)
    .default([]),
  /** Earlier conversations of this customer (from the customer memory), oldest first. */
  history: z
    .array(z.object({ text, date: short.optional(), platform: ReplyPlatformSchema.optional() }))
    .max(200)
    .default([]),
  guidelines: z.array(GuidelineSchema).max(500).default([]),
  /** Whether the reply is public (a post or comment) or already in a private thread. */
  visibility: z.enum(['public', 'private']).default('public'),
});
export type ReplyInput = z.infer<typeof ReplyInputSchema>;
export type ReplyInputRaw = z.input<typeof ReplyInputSchema>;

export const StrategySchema = z.enum(['next-step', 'follow-up', 'dm', 'humour', 'short', 'warning']);
export type Strategy = z.infer<typeof StrategySchema>;

export const SuggestionSchema = z.object({
  id: short,
  text: z.string().min(1),
  strategy: StrategySchema,
  engine: z.enum(['core', 'chrome-ai', 'openai']),
  /** What the guard changed or noticed (repairs), for the UI. */
  issues: z.array(z.string()).default([]),
});
export type Suggestion = z.infer<typeof SuggestionSchema>;

export const VariantKindSchema = z.enum(['another', 'shorter', 'warmer', 'formal']);
export type VariantKind = z.infer<typeof VariantKindSchema>;

/** Character limit of a public reply per platform. */
export const PLATFORM_LIMIT: Record<ReplyPlatform, number> = { x: 280, facebook: 2_000, instagram: 2_000 };

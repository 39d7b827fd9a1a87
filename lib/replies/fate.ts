import { z } from 'zod';
import { similarity } from './text';

/**
 * What became of a suggestion: put into the composer unchanged ("inserted"), changed by the agent
 * before inserting ("edited"), or never used ("ignored"). Kept as an append-only event so teams
 * can see which engines and strategies help.
 */
export const SuggestionFateSchema = z.enum(['inserted', 'edited', 'ignored']);
export type SuggestionFate = z.infer<typeof SuggestionFateSchema>;

export const SuggestionFateEventSchema = z.object({
  kind: z.literal('suggestion-fate'),
  /** client-made id of the event (UUIDv7 in the store) */
  id: z.string().min(1).max(100),
  suggestionId: z.string().min(1).max(200),
  fate: SuggestionFateSchema,
  engine: z.enum(['core', 'chrome-ai', 'openai']),
  strategy: z.string().max(40).optional(),
  platform: z.enum(['x', 'facebook', 'instagram']).optional(),
  conversationId: z.string().max(500).optional(),
  /** 0..1, how much of the suggestion survived the agent's edit (1 = unchanged); absent when ignored */
  kept: z.number().min(0).max(1).optional(),
  /** ISO time the fate was decided */
  at: z.iso.datetime({ offset: true }),
});
export type SuggestionFateEvent = z.infer<typeof SuggestionFateEventSchema>;

export interface FateInput {
  id: string;
  suggestionId: string;
  engine: SuggestionFateEvent['engine'];
  strategy?: string;
  platform?: SuggestionFateEvent['platform'];
  conversationId?: string;
  /** the suggested text */
  suggested: string;
  /** the text that went into the composer, or null when the suggestion was not used */
  insertedText: string | null;
  at: string;
}

const norm = (s: string) => s.replace(/\s+/g, ' ').trim();

/** Builds the event (pure: id and time come from the caller). Bad input throws a clear zod error. */
export function buildFateEvent(f: FateInput): SuggestionFateEvent {
  let fate: SuggestionFate = 'ignored';
  let kept: number | undefined;
  if (f.insertedText !== null) {
    const same = norm(f.insertedText) === norm(f.suggested);
    fate = same ? 'inserted' : 'edited';
    kept = same ? 1 : Math.round(similarity(f.suggested, f.insertedText) * 100) / 100;
  }
  return SuggestionFateEventSchema.parse({
    kind: 'suggestion-fate',
    id: f.id,
    suggestionId: f.suggestionId,
    fate,
    engine: f.engine,
    ...(f.strategy ? { strategy: f.strategy } : {}),
    ...(f.platform ? { platform: f.platform } : {}),
    ...(f.conversationId ? { conversationId: f.conversationId } : {}),
    ...(kept !== undefined ? { kept } : {}),
    at: f.at,
  });
}

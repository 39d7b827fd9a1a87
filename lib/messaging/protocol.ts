import { z } from 'zod';
import { ConversationSchema } from '../model/conversation';

/**
 * The typed protocol between the content script (on the host page) and the sidebar (an
 * extension page in an iframe the content script mounts). They talk over one runtime Port,
 * named `sidebar:<token>`, that the content script opens after the iframe loads; the page
 * cannot reach a runtime Port, and every message is parsed with these schemas on arrival.
 */

export const PORT_PREFIX = 'sidebar:';
/** A runtime message from the sidebar asking the background to open the options page (Firefox). */
export const OPEN_OPTIONS_MESSAGE = 'care-open-options';

export const ThemeSchema = z.enum(['light', 'dark']);
export type Theme = z.infer<typeof ThemeSchema>;

/** Messages from the content script to the sidebar. */
export const ToSidebarSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('conversation'), conversation: ConversationSchema }),
  z.object({ type: z.literal('no-conversation'), reason: z.string().max(500) }),
  z.object({ type: z.literal('theme'), theme: ThemeSchema }),
  /** The agent typed in the site's own composer: its current text (for the draft checks). */
  z.object({ type: z.literal('composer-draft'), text: z.string().max(100_000) }),
  z.object({
    type: z.literal('insert-result'),
    requestId: z.string().max(100),
    ok: z.boolean(),
    error: z.string().max(500).optional(),
  }),
  z.object({
    type: z.literal('layout'),
    collapsed: z.boolean(),
    width: z.number().int().min(0).max(4_000),
  }),
]);
export type ToSidebar = z.infer<typeof ToSidebarSchema>;

/** How serious the badge beside the site's composer is. */
export const BadgeSchema = z.object({
  level: z.enum(['none', 'info', 'warning']),
  /** Short text shown in the badge (already localised by the sidebar). */
  label: z.string().max(200),
});
export type Badge = z.infer<typeof BadgeSchema>;

/** Messages from the sidebar to the content script. */
export const ToContentSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('ready') }),
  z.object({ type: z.literal('insert'), requestId: z.string().max(100), text: z.string().min(1).max(20_000) }),
  z.object({ type: z.literal('set-layout'), collapsed: z.boolean().optional(), width: z.number().int().min(240).max(900).optional() }),
  z.object({ type: z.literal('composer-badge'), badge: BadgeSchema }),
  z.object({ type: z.literal('open-url'), url: z.string().url().max(4_000) }),
]);
export type ToContent = z.infer<typeof ToContentSchema>;

/** Parses an incoming message; returns null (and never throws) for anything malformed. */
export function parseToSidebar(raw: unknown): ToSidebar | null {
  const r = ToSidebarSchema.safeParse(raw);
  return r.success ? r.data : null;
}

/** Parses an incoming message for the content script; null for anything malformed. */
export function parseToContent(raw: unknown): ToContent | null {
  const r = ToContentSchema.safeParse(raw);
  return r.success ? r.data : null;
}

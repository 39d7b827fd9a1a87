import { z } from 'zod';

// Extension pages and host pages forbid eval: keep zod from probing `new Function` (a strict CSP
// reports even a caught attempt) and from compiling parsers with it.
z.config({ jitless: true });

/** The three sites the extension reads. */
export const PlatformSchema = z.enum(['x', 'facebook', 'instagram']);
export type Platform = z.infer<typeof PlatformSchema>;

/**
 * The kinds of conversation view: a public post with its replies or comments, a private
 * direct-message thread, and Meta Business Suite's inbox (private messages from FB and IG).
 */
export const ViewSchema = z.enum(['post-detail', 'post-comments', 'dm', 'business-inbox']);
export type View = z.infer<typeof ViewSchema>;

/** Views whose replies are public (everyone can read them). */
export function isPublicView(view: View): boolean {
  return view === 'post-detail' || view === 'post-comments';
}

const shortText = z.string().max(2_000);

/** Who wrote a message, as far as the page shows it. Every field is optional: pages differ. */
export const AuthorSchema = z.object({
  name: shortText.optional(),
  handle: shortText.optional(),
  profileUrl: shortText.optional(),
  pageId: shortText.optional(),
});
export type Author = z.infer<typeof AuthorSchema>;

/** Languages the product speaks; `und` when the text gives no clear signal. */
export const LangSchema = z.enum(['de', 'en', 'und']);
export type Lang = z.infer<typeof LangSchema>;

/**
 * One message as the page shows it. Times are kept in the form the page has them: an ISO
 * timestamp (`<time datetime>`), a clock label ("09:12"), a relative label ("3h"), or none.
 * Nothing is invented: a field the page does not show is absent.
 */
export const MessageSchema = z.object({
  /** Platform id of the message (tweet id, XChat message uuid, IG comment id). */
  id: shortText.optional(),
  /** Facebook's comment id (`comment_id`), and for a reply its `reply_comment_id`. */
  commentId: shortText.optional(),
  replyCommentId: shortText.optional(),
  author: AuthorSchema,
  isBrand: z.boolean(),
  /** Plain text; emoji drawn as <img alt> are turned back into characters. */
  text: z.string().max(200_000),
  lang: LangSchema,
  timestamp: z.iso.datetime({ offset: true }).optional(),
  timeLabel: shortText.optional(),
  /** Day separator label above a clock label ("Today", "18 Nov"), where the page has one. */
  dayLabel: shortText.optional(),
  relativeTime: shortText.optional(),
  permalink: shortText.optional(),
  /** 0 for a top-level comment, 1 for a reply to it. */
  depth: z.number().int().min(0).max(20).optional(),
  /** Name or handle of the comment this one replies to. */
  inReplyTo: shortText.optional(),
});
export type Message = z.infer<typeof MessageSchema>;

/** What a site adapter read from the page: one conversation, in document order. */
export const ConversationSchema = z.object({
  platform: PlatformSchema,
  view: ViewSchema,
  url: z.string().max(4_000),
  threadId: shortText,
  /** Business Suite: FB_MESSAGE or IG_MESSAGE. */
  threadType: shortText.optional(),
  /** The brand's own account (the logged-in page or profile), if the page reveals it. */
  brand: AuthorSchema.nullable(),
  /** In a direct-message view: the other party. */
  counterpart: AuthorSchema.optional(),
  /** Facebook and Instagram: the post the comments belong to. */
  post: MessageSchema.optional(),
  messages: z.array(MessageSchema).max(5_000),
  /** Whether the page currently shows a composer the extension can fill. */
  composerFound: z.boolean(),
});
export type Conversation = z.infer<typeof ConversationSchema>;

/** The result of reading a page: a conversation, or why there is none (not an error). */
export type ExtractResult =
  | { ok: true; conversation: Conversation }
  | { ok: false; reason: string };

/**
 * Instagram selectors as data, keyed by meaning. Each entry is a list tried in order: the
 * high-confidence, language-independent selector first, then fallbacks. Class names are generated
 * and change with every deploy, so none are used. Research and sources: PLATFORM-DOM.md §3
 * (keys such as [MB-ig-posts] refer to its §7).
 */
export const SELECTORS = {
  /** Left navigation; the logged-in account's profile link lives here. High [MB-ig-sel]. */
  navigation: ['[role="navigation"]', 'nav'],

  /**
   * The post: a post opened from the grid shows in a dialog, a post page in `article`.
   * Medium [MB-ig-posts], [DELCOM] `modalContainer`.
   */
  postContainer: [
    'div[role="dialog"] article',
    'main article[role="presentation"]',
    'main article',
    '[role="main"] article',
    'article',
    'div[role="dialog"]',
    // Low (inference): a reel page may show its comments beside the video without an article.
    'main',
    '[role="main"]',
  ],

  /** A comment (and the caption, which is shaped like one) is an `li`. Medium [DELCOM]. */
  commentItem: ['li'],

  /** The comment's time: `time[datetime]` (ISO), inside the permalink. High *(unattributed)*. */
  time: ['time[datetime]'],

  /** Comment/caption text: spans with `dir="auto"`; the caption is an `h1`. Medium [DELCOM]. */
  text: ['[dir="auto"]'],

  /** Links (profile links are told apart by their path, see url.ts `handleFromPath`). */
  link: ['a[href]'],

  /**
   * Comment composer: a `<textarea>` in a `form`. The aria-label is localised (Medium), so the
   * structural selectors follow it. High for the textarea [PLATFORM-DOM §3.3].
   */
  commentComposer: [
    'textarea[aria-label="Add a comment…"]',
    'form textarea',
    'textarea',
  ],

  /**
   * Direct thread region, "Conversation with <name>" (localised). High (2026-04) [IDMU].
   * Falls back to the part of the page that holds the message rows (see direct.ts).
   */
  dmConversation: [
    '[role="region"][aria-label^="Conversation with"]',
    '[aria-label^="Conversation with"]',
  ],

  /** Message rows (Medium: `role="grid"` was removed 2026-04, rows may follow) [IGCB], [IDMU]. */
  dmRow: ['[role="row"]'],

  /** Message text bubble inside a row. Medium [IGCB], [IDMU] `getFirstVisibleMessage`. */
  dmBubbleText: ['[role="none"] [dir="auto"]', '[role="presentation"] [dir="auto"]', '[role="group"] [dir="auto"]'],

  /** Per-message menu; its label names the sender ("…message from you"). Medium [IDMU]. */
  dmOptionsButton: ['[aria-label^="See more options for message"]', '[aria-label*="message from"]'],

  /** DM composer: Lexical contenteditable textbox. High (role) / Low (Lexical) [A17]. */
  dmComposer: [
    '[contenteditable="true"][role="textbox"][data-lexical-editor="true"]',
    '[contenteditable="true"][role="textbox"]',
    '[contenteditable="true"]',
  ],
} as const satisfies Record<string, readonly string[]>;

export type SelectorKey = keyof typeof SELECTORS;

/**
 * Localised labels used only as one signal among several (never alone when a structural signal
 * exists). English and German are first-class; the German forms are unverified guesses.
 */
export const LABELS = {
  /** The visually hidden sender label above an own DM ("You sent"). */
  ownSender: [/^you sent\b/i, /^you replied\b/i, /^you\b/i, /^du hast\b/i, /^gesendet\b/i, /^von dir\b/i],
  /** The end of the per-message menu label for an own message ("… message from you"). */
  fromYou: [/\bfrom you$/i, /\bvon dir$/i, /\bvon ihnen$/i],
  /** "Conversation with <name>": the name after the preposition. */
  conversationWith: [/^conversation with\s+(.+)$/i, /^(?:unterhaltung|konversation) mit\s+(.+)$/i],
  /** Page title "<name> on Instagram: …" (the post author's display name). */
  titleAuthor: /^(.{1,200}?)\s+(?:on|auf|sur|en|su|op|na|em|в)\s+Instagram\s*[:•|]/u,
} as const;

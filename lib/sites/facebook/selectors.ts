/**
 * Facebook selectors as data, keyed by meaning. Sources and confidence: PLATFORM-DOM.md §2
 * (keys in brackets resolve in its §7). Meta's atomic class names (`x1n2onr6 …`) change with every
 * deploy, so everything here matches on role, aria-*, dir, contenteditable, data-* and href
 * patterns. Label texts are localised: where one is used, a structural fallback follows it.
 */
export const SEL = {
  // ---- shared chrome ----
  /** Top bar navigation holding the logged-in account's button (High: role). */
  accountNav: '[role="banner"] [role="navigation"]',
  /** The account button; its visually hidden span names the logged-in profile or Page (Medium: en/de label). */
  accountButton: '[aria-label="Your profile"], [aria-label="Dein Profil"], [aria-label="Ihr Profil"]',
  /** Structural fallback: the nav button that draws an avatar (`svg image`) (Medium). */
  accountButtonByAvatar: '[role="button"]',
  /** Main column (High: role). */
  main: '[role="main"]',

  // ---- post with comments (§2.2, §2.3) ----
  /** A post opened from the feed shows in a dialog; label "<Page>'s Post" is not relied on (Medium). */
  dialog: 'div[role="dialog"]',
  /** Post body (High) [RH-sel], [LAZY]; older attributes as fallbacks. */
  postBody: '[data-ad-rendering-role="story_message"], [data-ad-comet-preview="message"], [data-ad-preview="message"]',
  /** Post author block; name in `h2/h3 … a > strong > span` (High) [RH-sel], [LAZY]. */
  postAuthor: '[data-ad-rendering-role="profile_name"]',
  /** Post permalink inside the post header (High: href pattern). */
  postPermalink:
    'a[href*="/posts/"]:not([href*="comment_id="]), a[href*="story_fbid="]:not([href*="comment_id="]), a[href*="/permalink/"]:not([href*="comment_id="])',
  /**
   * Comments and replies: `div[role="article"]` ("Comment by …", "Reply by …"); replies are nested
   * inside their parent's article (High en / Medium nesting) [FBLOT], [FBCE]. The label is not
   * needed: an article counts as a comment when it carries a `comment_id` link.
   */
  article: '[role="article"]',
  /** Links carrying the comment id; replies add `reply_comment_id` (High) [FBCE]. */
  commentLink: 'a[href*="comment_id="]',
  /** Comment text blocks (High) [FBCE], [NAYA]. */
  commentText: 'div[dir="auto"]',
  /** Any link (author candidates are filtered by their href). */
  link: 'a[href]',

  // ---- Messenger thread (§2.5) ----
  /** Message list (Low label on facebook.com, from IG) [IGCB]; falls back to the main pane's grid. */
  messengerList: '[aria-label^="Messages in conversation with"], [aria-label^="Nachrichten in der Unterhaltung mit"]',
  messengerGrid: '[role="main"] [role="grid"]',
  /** Rows: the Chats list on the left uses rows too, hence the scoping above (High) [FBCM]. */
  row: '[role="row"]',
  /** A row is a message when it holds a bubble (`role=none|presentation`) or a message gridcell (Medium) [IDMU]. */
  messageBubble: '[role="none"], [role="presentation"], [data-scope="messages_table"]',
  /** Visually hidden sender heading: "You sent" or the sender's name (Medium) [FBCM]. */
  senderHeading: 'h5, h6',
  /** Message text (High) [FBCM] `messageContent`. */
  messageText: '[dir="auto"]',
  /** Conversation header link to the counterpart's profile. */
  headerLink: 'a[href][role="link"], a[href]',
  /** The open conversation in the Chats list (fallback for the counterpart's name). */
  currentChat: '[role="grid"] a[aria-current="page"]',

  // ---- Business Suite inbox (§2.6) ----
  /** Message list (Low) *(unattributed)*; second form is the role fallback. */
  businessList:
    'div[aria-label*="Message list container"], div[role="region"][aria-label*="message" i], div[role="region"][aria-label*="nachricht" i]',
  /** Structural fallback for the message list: a region in the main column (Low). */
  businessRegion: '[role="main"] [role="region"]',
  /** Heading of the inbox; the Page name sits beside it (Low). */
  businessHeading: '[role="main"] h1',

  // ---- composers (§2.4, §2.5, §2.6, §4) ----
  /** Lexical contenteditable (High: role + contenteditable + data-lexical-editor). */
  composer: 'div[contenteditable="true"][role="textbox"]',
  lexicalComposer: 'div[contenteditable="true"][role="textbox"][data-lexical-editor="true"]',
  /** Comment box lives in a form [EBODY]. */
  formComposer: 'form div[contenteditable="true"][role="textbox"]',
  /** Messenger box label "Message" (High en) [FBCM]. */
  messengerComposer: 'div[contenteditable="true"][role="textbox"][aria-label="Message"], div[contenteditable="true"][role="textbox"][aria-label="Nachricht"]',
} as const;

/** Hidden sender headings meaning "sent by the logged-in account" (Medium: localised) [FBCM]. */
export const YOU_SENT = /^(you sent|you replied|du hast gesendet|du hast geantwortet|sie haben gesendet|gesendet von dir)\b/i;

/** First path segments that are Facebook features, never a profile or Page vanity. */
export const RESERVED_PATHS = new Set([
  'messages',
  'groups',
  'events',
  'watch',
  'marketplace',
  'gaming',
  'hashtag',
  'photo',
  'photo.php',
  'photos',
  'permalink.php',
  'story.php',
  'stories',
  'reel',
  'reels',
  'videos',
  'notifications',
  'settings',
  'search',
  'login',
  'login.php',
  'bookmarks',
  'friends',
  'pages',
  'help',
  'privacy',
  'policies',
  'ads',
  'business',
  'latest',
  'l.php',
  'sharer',
  'sharer.php',
  'home.php',
  'me',
  'saved',
  'memories',
  'feeds',
  'live',
  'fundraisers',
  'profile',
]);

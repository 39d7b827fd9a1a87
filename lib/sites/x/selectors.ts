/**
 * X (x.com / twitter.com) selectors, keyed by meaning. Research, sources and confidence:
 * ../shared/design/PLATFORM-DOM.md §1. Class names (`css-175oi2r r-…`) are generated and are
 * never used; `data-testid`, roles, aria attributes and href patterns are.
 * XChat is the exception: it ships Tailwind-like utility classes, and its alignment classes
 * (`justify-end`/`justify-start`) are the documented own/received signal (§1.6, Medium).
 */
export const X_SELECTORS = {
  // ── Account (§1.4, High) ────────────────────────────────────────────────────────────
  /** Desktop account switcher; holds `UserAvatar-Container-<handle>`, the name and `@handle`. */
  accountSwitcher: '[data-testid="SideNav_AccountSwitcher_Button"]',
  /** Profile tab of the side nav: `href="/<handle>"`. */
  profileTab: 'a[data-testid="AppTabBar_Profile_Link"]',
  /** Avatar container whose test id ends with the handle. */
  avatarContainer: '[data-testid^="UserAvatar-Container-"]',
  avatarContainerPrefix: 'UserAvatar-Container-',

  // ── Post detail (§1.2, §1.3) ────────────────────────────────────────────────────────
  primaryColumn: '[data-testid="primaryColumn"]',
  /** The conversation timeline: a region section whose list div carries an aria-label (High). */
  timeline: [
    '[data-testid="primaryColumn"] section[role="region"] > h1 + div[aria-label]',
    '[data-testid="primaryColumn"] section[role="region"]',
    '[data-testid="primaryColumn"]',
    'main[role="main"]',
  ],
  /** Virtualised cell (High). */
  cell: '[data-testid="cellInnerDiv"]',
  /** A post (High). The focused one has tabindex="-1" (High). */
  post: 'article[data-testid="tweet"]',
  focusedPost: 'article[data-testid="tweet"][tabindex="-1"]',
  /** Heading that starts a non-conversation section ("Discover more") inside a cell (Medium). */
  sectionHeading: 'h2, [role="heading"]',
  /** Promoted post wrapper (High). */
  promoted: '[data-testid="placementTracking"]',
  /** A quoted post or link card inside a post: a non-anchor element with role=link. */
  embeddedCard: 'div[role="link"]',
  postText: '[data-testid="tweetText"]',
  userName: '[data-testid="User-Name"]',
  /** Inside User-Name: the handle link has tabindex=-1 and the text `@handle` (High). */
  authorHandleLink: 'a[tabindex="-1"]',
  authorNameLink: 'a[href]',
  /** Time: `a[href*="/status/<id>"] > time[datetime]` in replies and in the focused post. */
  time: 'time[datetime], time',
  /** Post composer: the Draft.js editor element itself (High). */
  composer: '[data-testid="tweetTextarea_0"]',
  /** Inline reply wrapper of the conversation screen (Medium). */
  inlineReply: '[data-testid="inline_reply_offscreen"]',
  /** Mobile web editor (Medium). */
  composerMobile: 'div[data-testid^="tweetTextarea"] textarea',

  // ── XChat (§1.6) ────────────────────────────────────────────────────────────────────
  chatRoot: '[data-testid="dm-container"]',
  chatPanel: '[data-testid="dm-conversation-panel"]',
  chatHeader: '[data-testid="dm-conversation-header"]',
  chatItemPrefix: 'dm-conversation-item-',
  chatList: '[data-testid="dm-message-list"]',
  chatRow: '[data-testid="dm-message-list"] li',
  /** `message-<UUID>`, but not the text, reaction and overflow children (High). */
  chatMessage:
    '[data-testid^="message-"]:not([data-testid^="message-text-"]):not([data-testid^="message-reaction-"]):not([data-testid^="message-overflow-"])',
  chatMessageText: '[data-testid^="message-text-"]',
  chatMessageTextBody: 'span[dir="auto"]',
  chatContent: '[style*="grid-area: content"]',
  chatAvatarSlot: '[style*="grid-area: avatar"]',
  chatComposer: 'textarea[data-testid="dm-composer-textarea"]',

  // ── Legacy DMs (/messages/…, §1.6 last row; no saved page, best effort) ─────────────
  legacyScroller: '[data-testid="DmScrollerContainer"]',
  legacyMessage: '[data-testid="messageEntry"]',
  legacyComposer: '[data-testid="dmComposerTextInput"]',
} as const;

/** XChat alignment classes: own messages are pushed to the end of the row (§1.6, Medium). */
export const CHAT_OWN_CLASS = /(^|\s)(justify-end|items-end|rounded-br-md)(\s|$)/;
export const CHAT_OTHER_CLASS = /(^|\s)(justify-start|items-start|rounded-bl-md)(\s|$)/;

import type { Badge } from '../messaging/protocol';

/**
 * A small badge beside the site's composer for privacy and guideline warnings. It lives in a
 * closed shadow root the extension owns; the site's editor itself is never changed.
 */
export class ComposerBadge {
  private hostEl: HTMLElement | null = null;
  private label: HTMLElement | null = null;

  show(composer: HTMLElement, badge: Badge): void {
    if (!this.hostEl || !this.hostEl.isConnected) {
      const hostEl = document.createElement('care-sidebar-badge');
      const shadow = hostEl.attachShadow({ mode: 'closed' });
      const label = document.createElement('div');
      label.setAttribute('role', 'status');
      shadow.append(label);
      document.documentElement.append(hostEl);
      this.hostEl = hostEl;
      this.label = label;
    }
    const rect = composer.getBoundingClientRect();
    const warn = badge.level === 'warning';
    this.hostEl.style.cssText =
      `all:initial;position:fixed;z-index:2147483645;top:${Math.max(0, rect.top - 26)}px;` +
      `left:${Math.max(0, rect.left)}px;pointer-events:none`;
    this.label!.style.cssText =
      'font:600 12px/1.4 system-ui,sans-serif;padding:2px 8px;border-radius:10px;' +
      (warn ? 'background:#b3261e;color:#fff' : 'background:#e8f0fe;color:#174ea6');
    this.label!.textContent = badge.label;
  }

  remove(): void {
    this.hostEl?.remove();
    this.hostEl = null;
    this.label = null;
  }
}

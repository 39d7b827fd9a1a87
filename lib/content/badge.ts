import type { Badge } from '../messaging/protocol';

/**
 * A small badge beside the site's composer for privacy and guideline warnings. It lives in a
 * closed shadow root the extension owns; the site's editor itself is never changed. It follows the
 * composer when the page scrolls or resizes (one read per animation frame, only while shown) and
 * lets clicks through to the page.
 */
export class ComposerBadge {
  private hostEl: HTMLElement | null = null;
  private label: HTMLElement | null = null;
  private composer: HTMLElement | null = null;
  private frame = 0;
  private readonly onMove = () => {
    if (this.frame) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      this.place();
    });
  };

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
      window.addEventListener('scroll', this.onMove, { capture: true, passive: true });
      window.addEventListener('resize', this.onMove, { passive: true });
    }
    this.composer = composer;
    const warn = badge.level === 'warning';
    this.hostEl.dataset.level = badge.level;
    this.label!.style.cssText =
      'font:600 12px/1.4 system-ui,sans-serif;padding:2px 8px;border-radius:10px;white-space:nowrap;' +
      'overflow:hidden;text-overflow:ellipsis;max-width:min(420px,80vw);box-shadow:0 1px 3px rgba(0,0,0,.25);' +
      (warn ? 'background:#b3261e;color:#fff' : 'background:#e8f0fe;color:#174ea6');
    // Text only: the label comes from the sidebar's own strings, but never as HTML.
    this.label!.textContent = `${warn ? '⚠' : 'ⓘ'} ${badge.label}`;
    this.label!.title = badge.label;
    this.place();
  }

  /** Puts the badge just above the composer's top-left corner (below it when there is no room). */
  private place(): void {
    if (!this.hostEl || !this.composer) return;
    if (!this.composer.isConnected) {
      this.remove();
      return;
    }
    const rect = this.composer.getBoundingClientRect();
    const top = rect.top >= 26 ? rect.top - 26 : rect.bottom + 4;
    this.hostEl.style.cssText =
      `all:initial;position:fixed;z-index:2147483645;top:${Math.max(0, Math.round(top))}px;` +
      `left:${Math.max(0, Math.round(rect.left))}px;pointer-events:none;display:block`;
  }

  remove(): void {
    window.removeEventListener('scroll', this.onMove, { capture: true });
    window.removeEventListener('resize', this.onMove);
    if (this.frame) cancelAnimationFrame(this.frame);
    this.frame = 0;
    this.hostEl?.remove();
    this.hostEl = null;
    this.label = null;
    this.composer = null;
  }
}

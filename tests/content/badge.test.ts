// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { ComposerBadge } from '../../lib/content/badge';

afterEach(() => {
  document.body.replaceChildren();
  document.querySelectorAll('care-sidebar-badge').forEach((el) => el.remove());
});

describe('composer badge', () => {
  it('mounts one element of its own beside the composer, leaves the editor untouched, and goes away', () => {
    const composer = document.createElement('div');
    composer.contentEditable = 'true';
    composer.textContent = 'Wir rufen dich an';
    document.body.append(composer);
    const badge = new ComposerBadge();
    badge.show(composer, { level: 'warning', label: 'Personal data in a public reply: phone number' });
    badge.show(composer, { level: 'info', label: 'Personal data in the reply (private chat): phone number' });
    const hosts = document.querySelectorAll('care-sidebar-badge');
    expect(hosts).toHaveLength(1);
    expect((hosts[0] as HTMLElement).dataset.level).toBe('info');
    // Closed shadow root: the page cannot reach the badge's content.
    expect(hosts[0]!.shadowRoot).toBeNull();
    expect(composer.textContent).toBe('Wir rufen dich an');
    expect(composer.children).toHaveLength(0);
    badge.remove();
    expect(document.querySelector('care-sidebar-badge')).toBeNull();
  });

  it('removes itself when the composer left the page', () => {
    const composer = document.createElement('textarea');
    document.body.append(composer);
    const badge = new ComposerBadge();
    badge.show(composer, { level: 'warning', label: 'x' });
    composer.remove();
    window.dispatchEvent(new Event('resize'));
    return new Promise<void>((resolve) =>
      requestAnimationFrame(() => {
        expect(document.querySelector('care-sidebar-badge')).toBeNull();
        resolve();
      }),
    );
  });
});

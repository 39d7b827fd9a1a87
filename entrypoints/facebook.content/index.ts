import { startSidebarHost } from '@/lib/content/host';
import { facebookAdapter } from '@/lib/sites/facebook';

export default defineContentScript({
  matches: ['https://www.facebook.com/*', 'https://web.facebook.com/*', 'https://business.facebook.com/*'],
  runAt: 'document_idle',
  main(ctx) {
    startSidebarHost(ctx, facebookAdapter);
  },
});

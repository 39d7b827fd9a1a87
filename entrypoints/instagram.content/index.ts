import { startSidebarHost } from '@/lib/content/host';
import { instagramAdapter } from '@/lib/sites/instagram';

export default defineContentScript({
  matches: ['https://www.instagram.com/*'],
  runAt: 'document_idle',
  main(ctx) {
    startSidebarHost(ctx, instagramAdapter);
  },
});

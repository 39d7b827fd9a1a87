import { startSidebarHost } from '@/lib/content/host';
import { xAdapter } from '@/lib/sites/x';

export default defineContentScript({
  matches: ['https://x.com/*', 'https://twitter.com/*'],
  runAt: 'document_idle',
  main(ctx) {
    startSidebarHost(ctx, xAdapter);
  },
});

import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// See https://wxt.dev/api/config.html
export default defineConfig({
  srcDir: '.',
  // Parallel builds (e.g. several test runs) can each use their own output folder.
  outDir: process.env.WXT_OUT_DIR || '.output',
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({
    plugins: [preact()],
  }),
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['storage'],
    action: { default_title: '__MSG_extName__' },
    // The optional team model (OpenAI-compatible endpoint) is asked for when the agent saves its URL.
    ...(browser === 'firefox'
      ? { optional_permissions: ['https://*/*', 'http://localhost/*', 'http://127.0.0.1/*'] }
      : { optional_host_permissions: ['https://*/*', 'http://localhost/*', 'http://127.0.0.1/*'] }),
    // The sidebar is an extension page shown in an iframe on the supported sites.
    web_accessible_resources: [
      {
        resources: ['sidebar.html'],
        matches: [
          'https://x.com/*',
          'https://twitter.com/*',
          'https://www.facebook.com/*',
          'https://web.facebook.com/*',
          'https://business.facebook.com/*',
          'https://www.instagram.com/*',
        ],
      },
    ],
    ...(browser === 'firefox' && {
      browser_specific_settings: {
        gecko: {
          id: 'care-sidebar@example.org',
          strict_min_version: '115.0',
          // Nothing is collected by us; an optional team LLM endpoint is configured by the user.
          data_collection_permissions: { required: ['none'] },
        },
      },
    }),
  }),
});

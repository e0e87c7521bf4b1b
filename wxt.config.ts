import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// WXT has no Preact module: the Vite plugin is added directly.
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({
    plugins: [preact()],
  }),
  manifest: {
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'zh_CN',
    // The fewest permissions that work: the content script's match pattern is all it needs now;
    // activeTab/scripting (on-demand runs) and storage (collection) come with issues #4 and #5.
    permissions: [],
    action: { default_title: '__MSG_extName__' },
  },
});

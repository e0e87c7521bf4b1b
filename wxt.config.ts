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
    permissions: ['activeTab', 'scripting', 'storage'],
  },
});

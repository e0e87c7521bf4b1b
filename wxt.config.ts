import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { fileURLToPath } from 'node:url';
import { compileHint } from './components/build/compile-hint.ts';
import { lensMessages } from './components/build/lens-messages.ts';

const CONTENT_STUB = fileURLToPath(new URL('./components/build/wait-element-stub.ts', import.meta.url));
const LAZY_CONTEXT = fileURLToPath(new URL('./components/build/lazy-context.ts', import.meta.url));

// WXT has no Preact module: the Vite plugin is added directly.
export default defineConfig({
  // NIANBAO_OUT lets parallel builds (and their e2e runs) use separate folders; default .output.
  outDir: process.env.NIANBAO_OUT ?? '.output',
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({
    plugins: [preact()],
  }),
  hooks: {
    // The content script runs on every *.gov.cn page and must stay small (≤ 40 KB gzipped):
    // - it talks to the browser in the forms Chrome (MV3, promises) and Firefox (`browser`) both
    //   take natively, so it skips webextension-polyfill (3 KB gzipped); background and popup keep it;
    // - WXT's shadow-root UI imports @1natsu/wait-element for autoMount(), which the lens never
    //   calls: a stub stands in for it (1.3 KB gzipped).
    'vite:build:extendConfig'(entrypoints, config) {
      // the content script (the loader) and the lens it loads (content-lens) are one script's two halves
      // (and content-files, the file reader the lens loads when asked: components/files-module.ts;
      // content-prose, the narrative stage it loads while its panel shows the tables: components/prose-module.ts;
      // content-lens-en, its English texts, loaded for a reader who reads English: entrypoints/content/lens-translate.ts)
      if (!entrypoints.every((e) => e.type === 'content-script' || ['content-lens', 'content-lens-en', 'content-files', 'content-prose'].includes(e.name))) return;
      const replace: Record<string, string> = {
        'wxt/browser': '@wxt-dev/browser',
        '@1natsu/wait-element': CONTENT_STUB,
        '@1natsu/wait-element/detectors': CONTENT_STUB,
      };
      // the loader creates WXT's context only when it needs one (components/build/lazy-context.ts)
      if (entrypoints.every((e) => e.type === 'content-script')) replace['wxt/utils/content-script-context'] = LAZY_CONTEXT;
      config.resolve ??= {};
      const alias = config.resolve.alias ?? {};
      const list = Array.isArray(alias)
        ? (alias as { find: string | RegExp; replacement: string }[])
        : Object.entries(alias).map(([find, replacement]) => ({ find, replacement: String(replacement) }));
      const kept = list.filter((a) => typeof a.find !== 'string' || !(a.find in replace));
      config.resolve.alias = [...Object.entries(replace).map(([find, replacement]) => ({ find: new RegExp(`^${find}$`), replacement })), ...kept];
      // the lens and the file readers run cold once a page: compile every function up front
      // (components/build/compile-hint.ts); not the loader, which nearly every page turns away
      // the lens carries both locale files (entrypoints/content/lens-translate.ts) in its own form: only the keys it
      // may ask for, each a text (components/build/lens-messages.ts); as JSON.parse of one string each, which V8
      // compiles and caches as a string, not as ~1,000 object literals
      config.plugins = [...(config.plugins ?? []), compileHint(), lensMessages()];
      config.json = { ...config.json, stringify: true, namedExports: false };
    },
  },
  manifest: ({ manifestVersion }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'zh_CN',
    // The fewest permissions that work (README, "Permissions"): the content script's *.gov.cn
    // match, activeTab to check another site's page on the user's click, storage for settings,
    // contextMenus for the page's "check this page" item; Chrome injects with `scripting`,
    // Firefox's MV2 build with tabs.executeScript, which needs nothing more.
    // unlimitedStorage: the collection keeps every checked report (~7 KB each) beyond the 10 MB quota
    // Firefox's '*://*.gov.cn/*': the background fetches a report's file kept on another *.gov.cn
    // host than its page (components/file-relay.ts); the content script's match already asks for
    // these hosts, and Chrome grants the fetch with it
    permissions:
      manifestVersion === 3
        ? ['activeTab', 'scripting', 'storage', 'unlimitedStorage', 'contextMenus']
        : ['activeTab', 'storage', 'unlimitedStorage', 'contextMenus', '*://*.gov.cn/*'],
    action: { default_title: '__MSG_extName__' },
    // the keyboard's way to the panel, which stands after the page in the Tab order (a page's own links come first):
    // shows it (the page checked first when it has none) and moves the focus into it (background.ts, ux62). Alt+Shift+L
    // is none of Chrome's or Firefox's own shortcuts on Windows, Linux or macOS (Option+Shift+L there); the reader may
    // change it (chrome://extensions/shortcuts, about:addons), and the popup says which one is set
    commands: { 'focus-panel': { suggested_key: { default: 'Alt+Shift+L' }, description: '__MSG_commandFocusPanel__' } },
    // Firefox: a fixed add-on ID, so that storage.sync works (an add-on without one gets local
    // storage only: the settings then share the collection's area, components/settings.ts) and the
    // collection stays the same add-on's across reinstalls. Chrome ignores the key.
    ...(manifestVersion === 2 ? { browser_specific_settings: { gecko: { id: 'nianbao-lens@nianbao-lens' } } } : {}),
    // the lens the content script loads on a page that may be a report (entrypoints/content/index.ts) and its English
    // texts, loaded for a reader who reads English (entrypoints/content/lens-translate.ts),
    // the narrative stage the lens loads beside its panel (components/prose-module.ts), and the file readers (Word/Excel, PDF) the lens loads when the reader asks for a report's file
    // (components/files-module.ts).
    // Not use_dynamic_url: Chrome then redirects the import, which cost 20–40 ms before the panel
    // (measured, scripts/browser-bench.mjs); the static URL lets a *.gov.cn page see the extension.
    web_accessible_resources:
      manifestVersion === 3
        ? [{ resources: ['content-lens.js', 'content-lens-en.js', 'content-prose.js', 'content-files.js', 'content-pdf.js'], matches: ['*://*.gov.cn/*'] }]
        : ['content-lens.js', 'content-lens-en.js', 'content-prose.js', 'content-files.js', 'content-pdf.js'],
  }),
});

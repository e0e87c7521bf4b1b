//# allFunctionsCalledOnLoad
/**
 * The browser benchmark's floor (scripts/browser-bench.mjs): a stand-in for content-lens.js that
 * analyses nothing and mounts a one-line panel the way the lens mounts its own (a <nianbao-lens>
 * host, an open shadow root, the panel's font stack, fixed at the top right), with the lens's
 * User Timing entries. Loaded by the real loader, after the same settings read and the same import,
 * it measures what any lens pays on this machine before its own work: the import's round trip to
 * the browser process, the settings read beside it, one small panel's style, layout and paint.
 * Never part of the extension: the bench copies the built extension and puts this file in its place.
 */
(function () {
  'use strict';
  const afterNextPaint = (fn) =>
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = fn;
      channel.port2.postMessage(null);
    });
  const lens = {
    async auto(since, stored) {
      await stored;
      const t0 = performance.now();
      performance.measure('nianbao-lens:analyze', { start: t0, end: t0 });
      const host = document.createElement('nianbao-lens');
      const root = host.attachShadow({ mode: 'open' });
      const style = document.createElement('style');
      style.textContent =
        ':host{all:initial}.panel{font:13px/1.55 "PingFang SC","Microsoft YaHei","Noto Sans CJK SC","Source Han Sans SC",system-ui,sans-serif;' +
        'position:fixed;top:16px;right:16px;width:340px;padding:10px 12px;background:#fff;color:#1f2328;border:1px solid #d0d7de;border-radius:10px;z-index:2147483647}';
      const panel = document.createElement('div');
      panel.className = 'panel';
      panel.textContent = '年报透镜 · 发现 2 处不一致：自然人一列（七）总计为49，办理结果各项之和为50';
      root.append(style, panel);
      document.documentElement.append(host);
      performance.measure('nianbao-lens:mount', { start: t0, end: performance.now() });
      performance.measure('nianbao-lens:idle-to-panel', { start: since, end: performance.now() });
      afterNextPaint(() => performance.measure('nianbao-lens:idle-to-paint', { start: since, end: performance.now() }));
    },
    async handle() {
      return null;
    },
  };
  globalThis.__nianbaoLens = { attach: () => lens };
})();

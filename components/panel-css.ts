/**
 * The panel's stylesheet, inside its shadow root: page CSS cannot reach it, and it cannot reach
 * the page. The host is taken out of the page's flow (fixed, 0×0), so mounting moves nothing.
 * Sizes are in px so that a page forcing font sizes on every element changes nothing here.
 * Fonts: a Chinese face first (macOS, Windows, Linux), whose Latin letters and digits serve too;
 * with system-ui first, every run of Chinese text went through the platform's fallback search
 * on the panel's first frame (measured in Chromium on Linux: ~1.3 ms more of style, layout and
 * paint before the panel is shown, scripts/browser-bench.mjs).
 * Not printed: readers print reports, and the panel (fixed at the top) would lie over the report's
 * first page (test/e2e/odd-pages.e2e.ts).
 */
export const PANEL_CSS = `
:host{position:fixed!important;top:0!important;left:0!important;width:0!important;height:0!important;display:block!important;overflow:visible!important;z-index:2147483647!important;visibility:visible!important;opacity:1!important;transform:none!important;filter:none!important}
*{box-sizing:border-box}
.lens,.badge,.tip{--bg:#fff;--fg:#1f2328;--mu:#59636e;--ln:#d1d9e0;--so:#f6f8fa;--ac:#0b57d0;--bad:#c62828;--bbg:#fdecea;--ok:#1b5e20;--obg:#e8f5e9;--wa:#8a4b00;--wbg:#fff4e5;--sh:0 8px 28px #0004;
font:13px/1.55 "PingFang SC","Microsoft YaHei","Noto Sans CJK SC","Source Han Sans SC",system-ui,sans-serif;color:var(--fg);text-align:left;position:fixed;background:var(--bg);border:1px solid var(--ln);box-shadow:var(--sh)}
@media (prefers-color-scheme:dark){.lens,.badge,.tip{--bg:#1e2227;--fg:#e6e8eb;--mu:#a3acb6;--ln:#3a414a;--so:#272c33;--ac:#8ab4f8;--bad:#ff8a80;--bbg:#3b1f1f;--ok:#81c995;--obg:#1d3324;--wa:#ffb74d;--wbg:#3a2c17;--sh:0 8px 28px #000a}}
.lens{top:16px;width:360px;max-width:calc(100% - 24px);max-height:calc(100vh - 32px);display:flex;flex-direction:column;border-radius:10px;overflow:hidden}
[data-dock=right]{right:12px}[data-dock=left]{left:12px}
.lens[data-strip]{top:auto;bottom:12px;left:12px;right:12px;width:auto;max-width:none;max-height:40vh}
.lens[data-strip=top]{top:12px;bottom:auto}
.lens[data-low] .content:not(:has(:focus-visible)){height:0;padding-top:0;padding-bottom:0;overflow:hidden}
.bar{display:flex;align-items:center;gap:6px;padding:6px 6px 6px 12px;background:var(--so);border-bottom:1px solid var(--ln);cursor:grab;touch-action:none}
.name{font-weight:600;flex:1;min-width:0;white-space:nowrap;overflow:hidden;text-overflow:ellipsis}
button{font:inherit;color:inherit;background:none;border:0;margin:0;padding:0;cursor:pointer}
button:focus-visible{outline:2px solid var(--ac);outline-offset:2px}
.tool{width:26px;height:26px;border-radius:6px;font-size:15px;color:var(--mu)}
.tool:hover{background:var(--ln);color:var(--fg)}
.copy.done{color:var(--ok)}.copy.failed{color:var(--bad)}
.sr{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
.content{overflow:auto;padding:10px 12px 12px}
p{margin:0}
.who{font-size:14px;font-weight:600}
.meta,.checked,.sub,.unread li{font-size:12px;color:var(--mu)}
.verdict{margin:10px 0 4px;padding:8px 10px;border-radius:8px;font-size:15px;font-weight:600;background:var(--so);color:var(--mu)}
.verdict.ok{background:var(--obg);color:var(--ok)}
.verdict.bad{background:var(--bbg);color:var(--bad)}
h2{font-size:12px;color:var(--mu);margin:12px 0 6px}
h3{font-size:12px;margin:8px 0 4px}
dl{display:grid;grid-template-columns:1fr 1fr;gap:6px;margin:0}
.fig{background:var(--so);border-radius:8px;padding:6px 8px}
.figs-unread{margin:0 0 6px;padding:6px 8px;border-radius:8px;background:var(--so);font-size:12px;color:var(--mu)}
dt{font-size:11px;color:var(--mu)}
dd{margin:0;font-size:16px;font-weight:600}
.share{font-size:11px;font-weight:400;color:var(--mu);margin-left:4px}
ul{list-style:none;margin:0;padding:0}
.finding{display:block;width:100%;text-align:left;padding:7px 9px;margin:0 0 6px;border:1px solid var(--ln);border-left:3px solid var(--bad);border-radius:6px}
.finding:hover{background:var(--so)}
.sub{display:block;margin-top:3px}
.fix{color:var(--bad);font-weight:600}
.sev{font-size:11px;padding:0 5px;border-radius:4px;margin-right:5px;background:var(--bbg);color:var(--bad)}
.rule{font-size:12px;font-weight:600}.rule+span{display:block;margin-top:2px}
.warning{border-left-color:var(--wa)}.warning .sev{background:var(--wbg);color:var(--wa)}
.unread li::before{content:"· "}
.unread li.claims::before,.unread .skips li::before{content:none}
summary{cursor:pointer}summary:focus-visible{outline:2px solid var(--ac);outline-offset:2px}
.skips{list-style:none;margin:4px 0 0;padding:0}
.skip{display:block;width:100%;text-align:left;padding:5px 8px;margin:0 0 4px;border:1px solid var(--ln);border-left:3px solid var(--ln);border-radius:6px;color:var(--fg)}
.skip:hover{background:var(--so)}.skip[aria-disabled]{cursor:default}
.lens[lang=en] .why{margin-left:4px}
.file-note{font-size:12px;color:var(--mu);margin:6px 0}.file-note.failed{color:var(--bad)}
.read-file{display:block;width:100%;margin:6px 0;padding:7px 9px;border:1px solid var(--ac);border-radius:6px;color:var(--ac);font-weight:600;text-align:left}
.read-file:hover{background:var(--so)}
.badge{top:16px;min-width:40px;height:40px;padding:0 10px;border-radius:20px;font-weight:700;font-size:15px;display:flex;align-items:center;gap:6px}
.dot{width:10px;height:10px;border-radius:5px;background:var(--ok)}
.bad .dot{background:var(--bad)}
.tip{max-width:340px;padding:8px 10px;border-radius:8px;pointer-events:none;font-size:12px}
.tip p{margin:0 0 4px}
.head{font-weight:600}
@media print{:host{display:none!important}}
`;

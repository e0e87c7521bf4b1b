// Writes the odd portal pages of test/e2e/odd-pages.e2e.ts (red team 17): one report, the
// fixture wrong-total-cell-2019 (东湖市青峰县人民政府 2019, one wrong cell: table 三's （七）总计 of the
// 总计 column reads 48 where 47 makes its row, its column's results and the balance hold: three
// findings, one suspect), dressed as *.gov.cn portals really serve it. Run: node test/e2e/pages/gen-odd.mjs
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const HERE = import.meta.dirname;
const source = readFileSync(join(HERE, '../../fixtures/pages/wrong-total-cell-2019.html'), 'utf8');
const TITLE = '东湖市青峰县人民政府2019年政府信息公开工作年度报告';
const head = source.slice(source.indexOf('<head>') + 6, source.indexOf('</head>'));
const body = source.slice(source.indexOf('<body>') + 6, source.indexOf('</body>'));
/** the article alone: its title, its information line and its text with the tables */
const article = body.slice(body.indexOf('<div class="detail">'), body.indexOf('<div id="footer">'));
const footer = body.slice(body.indexOf('<div id="footer">'));
const write = (name, text) => writeFileSync(join(HERE, name), text);
const banner = (why) => `<!-- Written by gen-odd.mjs (red team 17): ${why} -->\n`;

// 1. A hardened portal (after a 等保 security audit) sends a strict Content-Security-Policy header
// (harness.ts ?headers=csp-style / csp-script): no inline style, no inline script; its look comes
// from its own stylesheet, so the report's style attributes became classes.
const STYLE_CLASSES = [
  ['border-collapse:collapse;font-size:14px;', 'tb'],
  ['border:1px solid #000000;text-align:center;', 'c'],
  ['text-align:right;', 'r'],
  ['text-indent:2em;', 'i'],
];
let csp = source;
for (const [style, cls] of STYLE_CLASSES) csp = csp.split(`style="${style}"`).join(`class="${cls}"`);
if (csp.includes('style=')) throw new Error('an inline style is left in the CSP page');
write('odd-csp.html', csp
  .replace('<!DOCTYPE html>\n', `<!DOCTYPE html>\n${banner('served with a strict CSP header; no inline style or script')}`)
  .replace('<link rel="stylesheet" href="/qf/css/main.css">', '<link rel="stylesheet" href="/e2e/odd-portal.css">'));
write('odd-portal.css', `/* the hardened portal's own stylesheet (gen-odd.mjs) */
body { margin: 0; font: 14px/1.7 "Microsoft YaHei", sans-serif; color: #222 }
#top, #nav { background: #1d4f91; color: #fff; padding: 6px 24px } #top a, #nav a { color: #fff; margin-right: 16px }
.wrap { width: 1000px; margin: 0 auto } .detail h1 { font-size: 22px; text-align: center; color: #1d4f91 }
.tb { border-collapse: collapse; font-size: 14px } .c { border: 1px solid #000; text-align: center }
.r { text-align: right } .i { text-indent: 2em } #footer { padding: 24px; background: #eee; text-align: center }
`);

// 2. An old TRS 信息公开 platform: a frameset page (no <body>), the portal's head in one frame and
// the article in the other, same origin.
write('odd-frameset.html', `<!DOCTYPE html PUBLIC "-//W3C//DTD HTML 4.01 Frameset//EN" "http://www.w3.org/TR/html4/frameset.dtd">
${banner('a TRS frameset: no <body>, the report in a frame of the same site')}<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>青峰县人民政府信息公开平台</title>
</head>
<frameset rows="100,*" frameborder="0" border="0" framespacing="0">
<frame src="odd-frame-head.html" name="topFrame" scrolling="no" noresize>
<frame src="odd-frame-report.html" name="mainFrame">
<noframes><body>您的浏览器不支持框架。</body></noframes>
</frameset>
</html>
`);
write('odd-frame-head.html', `<!DOCTYPE html>
${banner("the frameset's top frame: the platform's name and menu")}<html>
<head><meta charset="utf-8"><title>青峰县人民政府信息公开平台</title>
<style>body{margin:0;background:#1d4f91;color:#fff;font:14px "Microsoft YaHei",sans-serif}h1{margin:0;padding:18px 24px 6px;font-size:24px}a{color:#fff;margin:0 12px}</style></head>
<body><h1>青峰县人民政府信息公开平台</h1><div><a href="/">首页</a><a href="/xxgk/zn/">信息公开指南</a><a href="/xxgk/ml/">信息公开目录</a><a href="/xxgk/nb/" target="mainFrame">信息公开年报</a></div></body>
</html>
`);
write('odd-frame-report.html', `<!DOCTYPE html>
${banner("the frameset's main frame: the article")}<html>
<head>${head}</head>
<body>
${article}
</body>
</html>
`);

// 3. The 适老化/无障碍 assistant most portals load (a toolbar a page script inserts at the top of
// <body> after load): 放大 zooms the page (body.style.zoom), 页面放大 the root element's zoom, 缩放 scales <body> with a transform, 指读
// re-renders the article's markup with every text run in a <span> (to read each aloud on hover).
const TOOLBAR = `<script>
// A simplified 无障碍浏览 assistant, as portals load it from a vendor: inserted after load, it
// rewrites the page when its buttons are pressed.
window.addEventListener('load', function () {
  var bar = document.createElement('div');
  bar.id = 'wza-toolbar';
  bar.setAttribute('style', 'position:relative;height:56px;background:#fffbe6;border-bottom:2px solid #f0b400;font:16px sans-serif;padding:12px 24px;box-sizing:border-box');
  bar.innerHTML = '<b>无障碍工具条</b> <button id="wza-zoom">放大</button> <button id="wza-scale">缩放</button> <button id="wza-page">页面放大</button> <button id="wza-read">指读</button> <button id="wza-reset">重置</button>';
  document.body.insertBefore(bar, document.body.firstChild);
  document.getElementById('wza-zoom').onclick = function () {
    document.body.style.zoom = String((parseFloat(document.body.style.zoom) || 1) + 0.5);
  };
  document.getElementById('wza-scale').onclick = function () {
    document.body.style.transformOrigin = '0 0';
    document.body.style.transform = 'scale(1.5)';
  };
  document.getElementById('wza-page').onclick = function () {
    // the other way vendors zoom: the root element, so that fixed toolbars grow too
    document.documentElement.style.zoom = '1.5';
  };
  document.getElementById('wza-read').onclick = function () {
    // 指读: the vendor's script re-renders the article's markup with each text run in a span of
    // its own (to read it aloud on hover): every element of the article is replaced by a copy
    var article = document.querySelector('.detail');
    article.innerHTML = article.innerHTML.replace(/>([^<>]+)</g, function (all, text) {
      return text.trim() ? '><span class="wza-read">' + text + '</span><' : all;
    });
  };
  document.getElementById('wza-reset').onclick = function () {
    document.body.style.zoom = '';
    document.body.style.transform = '';
  };
});
</script>
`;
write('odd-toolbar.html', source
  .replace('<!DOCTYPE html>\n', `<!DOCTYPE html>\n${banner('a portal with its 适老化/无障碍 assistant toolbar')}`)
  .replace('</body>', `${TOOLBAR}</body>`));

// 4. A mobile-first template: a fixed header 120 px tall, and each table in a horizontally
// scrolling box 600 px wide (the tables are wider than it).
write('odd-scroll-fixed.html', source
  .replace('<!DOCTYPE html>\n', `<!DOCTYPE html>\n${banner('a fixed 120 px header and tables in 600 px wide scrolling boxes')}`)
  .replace('</head>', `<style>
body{margin:0;padding-top:120px}
#top{position:fixed;top:0;left:0;right:0;height:120px;background:#1d4f91;color:#fff;z-index:100;padding:20px;box-sizing:border-box}
#top a{color:#fff}
.table-wrap{overflow-x:auto;width:600px}
.table-wrap table{min-width:1500px}
</style>
</head>`)
  .replace(/<table width="100%" border="1"[\s\S]*?<\/table>/g, (t) => `<div class="table-wrap" style="overflow-x:auto;width:600px">${t}</div>`));

// 5. Quirks mode: no doctype, the text in <font>, table 三 inside a <p> (quirks mode leaves it in
// the <p>), tags in capitals, as FrontPage and early CMS editors wrote.
let tableNo = 0;
write('odd-quirks.html', `${banner('quirks mode: no doctype, <font>, a table inside a <p>')}${source.replace('<!DOCTYPE html>\n', '')
  .replace(/<p style="text-indent:2em;">([^<]*)<\/p>/g, '<P style="text-indent:2em;"><FONT face="仿宋_GB2312" size="4">$1</FONT></P>')
  .replace(/<table width="100%" border="1"[\s\S]*?<\/table>/g, (t) => (++tableNo === 2 ? `<P align="center"><FONT size="2">${t}</FONT></P>` : t))}`);

// 6. XHTML served as application/xhtml+xml (harness.ts serves .xhtml so): well-formed, void
// elements closed, the XHTML namespace.
const xhtmlHead = head.replace(/<(meta|link)([^>]*?)>/g, '<$1$2 />');
const xhtmlBody = body.replace(/<(img|br|hr|input)([^>]*?)>/g, '<$1$2 />');
write('odd-xhtml.xhtml', `<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
${banner('XHTML served as application/xhtml+xml')}<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="zh-CN" lang="zh-CN">
<head>${xhtmlHead}</head>
<body>${xhtmlBody}</body>
</html>
`);
// 7. A page script that renders a widget with a <table> (a 日历 calendar, a 浏览排行 list) above
// the article while the lens is between reading the page and marking it: every table after it
// moves one place down. Here it is triggered by the panel's arrival (a deterministic moment in
// that window); on real portals a timer or a late script does it.
const CALENDAR = `<script>
new MutationObserver(function (changes, observer) {
  if (!document.querySelector('nianbao-lens')) return;
  observer.disconnect();
  var box = document.createElement('div');
  box.className = 'calendar';
  var rows = '<tr><th>日</th><th>一</th><th>二</th><th>三</th><th>四</th><th>五</th><th>六</th></tr>';
  for (var w = 0; w < 5; w++) {
    rows += '<tr>';
    for (var d = 1; d <= 7; d++) rows += '<td>' + (w * 7 + d <= 31 ? w * 7 + d : '') + '</td>';
    rows += '</tr>';
  }
  box.innerHTML = '<table class="cal">' + rows + '</table>';
  document.body.insertBefore(box, document.body.firstChild);
}).observe(document.documentElement, { childList: true, subtree: true });
</script>
`;
write('odd-late-widget.html', source
  .replace('<!DOCTYPE html>\n', `<!DOCTYPE html>\n${banner('a calendar table rendered above the article while the lens marks the page')}`)
  .replace('</body>', `${CALENDAR}</body>`));
// 8. 禁止复制: a portal's script that forbids copying (right click, selection) and, where a copy
// happens anyway, writes the selection with its source line instead (very common on 政府网站).
const NO_COPY = `<script>
document.oncontextmenu = function () { return false; };
document.onselectstart = function () { return false; };
document.oncopy = function () { return false; };
document.addEventListener('copy', function (e) {
  e.clipboardData.setData('text/plain', String(window.getSelection()) + '\\n本文来源：青峰县人民政府');
  e.preventDefault();
}, true);
</script>
`;
write('odd-nocopy.html', source
  .replace('<!DOCTYPE html>\n', `<!DOCTYPE html>\n${banner('a 禁止复制 script: no right click, no selection, a source line on every copy')}`)
  .replace('</head>', '<style>body{-webkit-user-select:none;user-select:none}</style>\n</head>')
  .replace('</body>', `${NO_COPY}</body>`));
// 9. An article swapped in place (pjax: the CMS's 下一篇 link fetches the next article and writes
// it over this one, with pushState): the page shows another document without loading one.
const PJAX = `<script>
document.getElementById('next').addEventListener('click', function (e) {
  e.preventDefault();
  fetch(this.getAttribute('href')).then(function (r) { return r.text(); }).then(function (html) {
    var doc = new DOMParser().parseFromString(html, 'text/html');
    document.title = doc.title;
    // the article's box (the page's frame around it stays)
    document.querySelector('.detail').parentNode.innerHTML = doc.body.innerHTML;
    history.pushState(null, '', '?next=1');
  });
});
</script>
`;
write('odd-pjax.html', source
  .replace('<!DOCTYPE html>\n', `<!DOCTYPE html>\n${banner('pjax: the 下一篇 link writes the next article over this one')}`)
  .replace('<div id="footer">', '<p class="pager"><a id="next" href="/fixtures/word-2021-consistent.html">下一篇：东湖市云岭区卫生健康局2022年政府信息公开工作年度报告</a></p>\n<div id="footer">')
  .replace('</body>', `${PJAX}</body>`));
console.log(`wrote the odd pages (title ${TITLE})`);

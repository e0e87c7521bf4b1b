/**
 * The panel on whole fixture pages, as the lens renders it: the template line of a report whose
 * tables are pictures, and the heading a finding of a one-sheet Excel page stands under.
 */
import { render } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import { Panel } from '../../components/panel.tsx';
import { TooltipBox } from '../../components/panel-parts.tsx';
import { findingWords } from '../../components/finding-words.tsx';
import { reportView } from '../../components/findings-view.ts';
import { keyFigures } from '../../components/key-figures.ts';
import type { ReportAnalysis } from '../../lib/report/schema.ts';

import { analysed, analysedIn, en, zh } from './panel-helpers.ts';

const mounted: HTMLElement[] = [];
afterEach(() => {
  for (const el of mounted.splice(0)) {
    render(null, el);
    el.remove();
  }
});

function panel(report: ReportAnalysis, t = zh, lang = t === en ? 'en' : 'zh-CN'): HTMLElement {
  const el = document.createElement('div');
  document.body.append(el);
  mounted.push(el);
  render(
    <Panel t={t} lang={lang} report={report} view={reportView(report)} figures={keyFigures(report)} collect={null}
      dock="right" tooltip={null} located={() => true} onFinding={() => {}} onDock={() => {}} onClose={() => {}} />,
    el,
  );
  return el;
}

describe('panel: the template line', () => {
  it('says the tables are pictures, not "format not identified", on a report whose tables are pictures', () => {
    const report = analysed('picture-tables-2022.html');
    expect(report.template).toBe('unknown');
    expect(panel(report).querySelector('.meta')!.textContent).toBe('2022 年度 · 表格是图片，无法读取，格式无从判断');
    expect(panel(report, en).querySelector('.meta')!.textContent).toContain('tables are pictures, not readable: format cannot be told');
  });

  it('still says 格式未识别 on a report whose tables it reads but whose template it cannot tell', () => {
    const report = analysed('luzhou-2019.html');
    expect(report.template).toBe('unknown');
    const meta = panel(report).querySelector('.meta')!.textContent!;
    expect(meta).toContain('格式未识别');
    expect(meta).not.toContain('图片');
  });
});

describe('panel: findings of a one-sheet Excel page (tables 三, 四 and 二 in one <table>)', () => {
  it('shows the blank 行政诉讼 total under table 四, where its cells are', () => {
    const el = panel(analysed('excel-onesheet-order-blank-2020.html'));
    const groups = [...el.querySelectorAll('[data-group]')].map((g) => [g.getAttribute('data-group'), g.querySelector('h3')!.textContent]);
    expect(groups).toEqual([['t4', '表四 行政复议与诉讼']]);
    expect(el.querySelector('[data-group="t4"] [data-rule="table.blank-total"]')!.textContent).toContain('行政诉讼（未经复议直接起诉）「总计」为空');
  });

  it('shows the wrong 予以公开 cell of table 三 under table 三 (the rule says which table)', () => {
    const el = panel(analysed('excel-onesheet-wrong-2020.html'));
    expect([...el.querySelectorAll('[data-group]')].map((g) => g.getAttribute('data-group'))).toEqual(['t3']);
  });
});

describe('panel: a finding in the English panel', () => {
  const report = analysed('wrong-total-cell-2019.html');

  it('is led by its rule in English, its sentence in English (worded from its code) and no lang of its own', () => {
    const el = panel(report, en);
    expect(el.querySelector('.lens')!.getAttribute('lang')).toBe('en');
    const items = [...el.querySelectorAll('button.finding')];
    expect(items.length).toBeGreaterThan(0);
    for (const b of items) {
      const rule = b.querySelector('.rule');
      expect(rule, b.textContent!).not.toBeNull();
      // the rule's English name, never its id echoed back
      expect(rule!.textContent).toMatch(/^(Table [234]|Text)/);
      const msg = b.querySelector('.msg > span:last-child')!;
      expect(msg.hasAttribute('lang')).toBe(false);
      // the page's labels are quoted as the page wrote them; the rest is English
      expect(msg.textContent!.replace(/[“"「][^”"」]*[”"」]/g, '')).not.toMatch(/[\u4e00-\u9fff]/);
      expect(msg.textContent).toMatch(/[A-Za-z]{3}/);
    }
    expect(items.map((b) => b.querySelector('.rule')!.textContent)).toContain('Table 3 row total');
    // the body's name is the page's Chinese too
    expect(el.querySelector('.who')!.getAttribute('lang')).toBe('zh-CN');
  });

  it('is not in the Chinese panel, where the sentence says it all', () => {
    const el = panel(report);
    expect(el.querySelectorAll('button.finding').length).toBeGreaterThan(0);
    expect(el.querySelector('button.finding .rule')).toBeNull();
    const msg = el.querySelector('button.finding .msg > span:last-child')!;
    // the core's sentence, its suspect said once on the line under it (ux66)
    const [sentence, suspect] = report.findings.find((f) => f.severity !== 'info')!.message.split('；最可能出错的是');
    expect(suspect).toBe('「（七）总计」（现为48），改为47即可同时满足3项校验');
    expect(msg.textContent).toBe(sentence);
    expect(el.querySelector('button.finding .fix')!.textContent).toBe('最可能出错的单元格现为 48，应为 47（「（七）总计」；改后 3 项校验同时成立）');
  });

  it('names the grand total once, in either language (ux67: 「（七）总计」总计, row "(7) Total", column "Total")', () => {
    const f = report.findings.find((x) => x.severity !== 'info' && x.suspect !== null)!;
    expect(f.message).not.toContain('总计」总计');
    const fixes = (t: typeof zh) => [...panel(report, t).querySelectorAll('button.finding .fix')].map((s) => s.textContent);
    expect(fixes(zh)).toContain('最可能出错的单元格现为 48，应为 47（「（七）总计」；改后 3 项校验同时成立）');
    expect(fixes(en)).toContain('Likely wrong cell: 48, should be 47 (grand total "(7) Total"; 3 checks hold once fixed)');
    // the sentence that names it (the suspect kept in it where the card has no line of its own: the copied text's wording)
    expect(findingWords(en, { ...f, rule: f.rule }).text).toContain('most likely wrong: table 3, grand total "(7) Total" (now 48)');
  });
});

describe('panel: what could not be read, in the UI\'s language', () => {
  it('says in English that table 3 is a picture (it said "表三在页面上是图片…"), and in Chinese as before', () => {
    const report = analysed('image-table3-2021.html');
    const items = (el: HTMLElement) => [...el.querySelectorAll('.unread li')].map((li) => li.textContent);
    const english = items(panel(report, en));
    expect(english).toContain('The page shows table 3 as a picture: its figures cannot be read');
    expect(english.filter((s) => /[\u4e00-\u9fff]/.test(s!))).toEqual([]);
    expect(items(panel(report))).toEqual(expect.arrayContaining(['表三在页面上是图片，无法读取其中的数字']));
    // said once: the picture is on the page, so not also "not found on the page" (ux60)
    expect(english).not.toContain('Not found on the page: table 3');
    expect(items(panel(report))).not.toContain('页面上未找到表三');
  });
});

describe('panel: the key figures of a table not read (ux58)', () => {
  it('says once why table 3 gave none, in either language, and keeps table 4\'s figures', () => {
    const report = analysed('image-table3-2021.html');
    for (const [t, line] of [
      [zh, '表三在页面上是图片，其中的主要数字无法读取'],
      [en, 'Key figures of table 3 not shown: the page shows it as a picture, which cannot be read'],
    ] as const) {
      const el = panel(report, t);
      // four bare "—" read as zeros or blanks on the page
      expect([...el.querySelectorAll('.figs-unread')].map((p) => p.textContent)).toEqual([line]);
      expect([...el.querySelectorAll('[data-figure]')].map((d) => d.getAttribute('data-figure'))).toEqual(['review', 'suit']);
      expect([...el.querySelectorAll('.figures dd')].map((d) => d.textContent)).not.toContain('—');
    }
  });

  it('says so once for both tables when the report\'s tables are all pictures', () => {
    const el = panel(analysed('picture-tables-2022.html'), en);
    expect([...el.querySelectorAll('.figs-unread')].map((p) => p.textContent)).toEqual([
      'Key figures of table 3 and table 4 not shown. The report\'s tables are pictures: their figures cannot be read',
    ]);
    expect([...panel(analysed('picture-tables-2022.html')).querySelectorAll('.figs-unread')].map((p) => p.textContent)).toEqual([
      '表三、表四未读取（报告的表格是图片，无法读取其中的数字），其中的主要数字无从列出',
    ]);
    expect(el.querySelectorAll('[data-figure]')).toHaveLength(0);
  });

  it('says why when table 3 was found but its columns could not be told (ux60: four bare "—")', () => {
    const report = analysedIn('redteam29', 'c05-sc-ya-2024-total-column-unknown-label.html');
    for (const [t, line] of [
      [zh, '表三未能读取（见下），其中的主要数字无从列出'],
      [en, 'Key figures of table 3 not shown: it was found but could not be read (below)'],
    ] as const) {
      const el = panel(report, t);
      expect([...el.querySelectorAll('.figs-unread')].map((p) => p.textContent)).toEqual([line]);
      expect([...el.querySelectorAll('[data-figure]')].map((d) => d.getAttribute('data-figure'))).toEqual(['review', 'suit']);
    }
  });

  it('says what each share is of, in its title: 予以公开 of 办结, 纠正 of the cases (ux86: "予以公开 26 51.0%" said no whole)', () => {
    const report = analysed('word-2021-consistent.html');
    const share = (el: HTMLElement, key: string) => el.querySelector(`[data-figure="${key}"] .share`) as HTMLElement | null;
    const granted = keyFigures(report).find((k) => k.key === 'granted')!.share!;
    const zhEl = panel(report);
    expect(share(zhEl, 'granted')!.title).toBe(`予以公开占办结总数的比例：${granted.part} ÷ ${granted.whole}`);
    expect(share(zhEl, 'review')!.title).toMatch(/^结果纠正占总数的比例：\d+ ÷ \d+$/);
    expect(share(panel(report, en), 'granted')!.title).toBe(`Granted as a share of all requests completed: ${granted.part} of ${granted.whole}`);
    expect(share(zhEl, 'new')).toBeNull();
  });

  it('keeps the six figures, a blank as "—", on a report whose tables were read', () => {
    const el = panel(analysed('word-2021-consistent.html'));
    expect(el.querySelector('.figs-unread')).toBeNull();
    expect(el.querySelectorAll('[data-figure]')).toHaveLength(6);
  });
});

describe('panel: a 统计表\'s page, the report\'s tables and no text (det63)', () => {
  it('says the page holds only the tables, in either language; a report with its text says nothing of it', () => {
    const report = analysedIn('det63', 'b01-excel-rendering.html');
    expect(report.tablesOnly).toBe(true);
    expect(panel(report).querySelector('[data-tables-only]')!.textContent).toBe('本页只有年度报告的统计表，没有正文可核对');
    expect(panel(report, en).querySelector('[data-tables-only]')!.textContent).toBe("This page holds only the report's tables: there is no text to check");
    expect(panel(analysed('word-2021-consistent.html')).querySelector('[data-tables-only]')).toBeNull();
  });
});

describe('panel: a finding names its suspect once (ux66)', () => {
  const report = analysed('wrong-cell-2021.html');
  const count = (s: string, part: string) => s.split(part).length - 1;

  it('the sentence says the sum that fails, the line under it the suspect: its figures, its cell and why (it said both twice)', () => {
    for (const [t, sentence, fix] of [
      [zh, '自然人一列：（七）总计为49，办理结果各项之和为50', '最可能出错的单元格现为 31，应为 30（「（一）予以公开」自然人；改后 2 项校验同时成立）'],
      [en, 'Table 3, column "Natural persons": (7) total 49, but the results add up to 50',
        // as short as the Chinese line (ux67: it ran three lines, 'it is table 3, row "…", column "…", and this one change…')
        'Likely wrong cell: 31, should be 30 ("(1) Granted", "Natural persons"; 2 checks hold once fixed)'],
    ] as const) {
      const card = panel(report, t).querySelector('button.finding')!;
      expect(card.querySelector('.msg > span:last-child')!.textContent).toBe(sentence);
      expect([...card.querySelectorAll('.fix')].map((s) => s.textContent)).toEqual([fix]);
      // the suspect's figure and its fix, each said once in the card
      expect(count(card.textContent!, '31')).toBe(1);
      expect(count(card.textContent!, '30')).toBe(1);
    }
  });

  it('the tooltip of the suspect cell says it once too, under both sentences', () => {
    const el = document.createElement('div');
    document.body.append(el);
    mounted.push(el);
    const findings = report.findings.filter((f) => f.suspect !== null);
    expect(findings).toHaveLength(2);
    render(<TooltipBox t={zh} tip={{ x: 0, y: 0, above: false, suspect: true, findings }} />, el);
    const text = el.textContent!;
    expect(text).not.toContain('最可能出错的是');
    expect(count(text, '最可能出错的单元格现为 31，应为 30')).toBe(1);
  });
});

describe('panel: a report before 2019, with no standard tables (ux66)', () => {
  it('says once why it has no key figures, and that only its text was checked (it said six "—" and "所有表格均已读取并核对")', () => {
    for (const name of ['luzhou-2014.html', 'xinhua-2017-narrative.html']) {
      const report = analysed(name);
      expect(report.template).toBe('pre2019');
      for (const t of [zh, en]) {
        const el = panel(report, t);
        expect([...el.querySelectorAll('.figs-unread')].map((p) => p.textContent)).toEqual([t('figsPre2019')]);
        expect(el.querySelectorAll('[data-figure]')).toHaveLength(0);
        expect([...el.querySelectorAll('.unread li')].map((li) => li.textContent)).toEqual([t('nothingUnreadPre2019')]);
      }
    }
    expect(zh('nothingUnreadPre2019')).toBe('2019 年以前的格式没有统一的统计表：只核对了正文中的数字');
  });

  it('says no table check was made, not "0 项表格校验通过" (read as every table check failed), nor "表格与正文一致"', () => {
    const report = analysed('luzhou-2014.html');
    expect(report.checks.passed + report.checks.failed).toBe(0);
    expect(panel(report).querySelector('.checked')!.textContent).toBe(`未做表格校验，正文 ${report.narrative.checked} 处数字陈述已核对`);
    expect(panel(report, en).querySelector('.checked')!.textContent).toBe(`No table checks made · figures in the text checked: ${report.narrative.checked}`);
    // nor that its tables and text agree: its text does
    expect(panel(report).querySelector('[data-verdict]')!.textContent).toBe('正文中的数字一致');
    expect(panel(report, en).querySelector('[data-verdict]')!.textContent).toBe('The figures in the text agree');
    const read = analysed('word-2021-consistent.html');
    expect(panel(read).querySelector('[data-verdict]')!.textContent).toBe('表格与正文一致');
    expect(panel(read).querySelector('.checked')!.textContent).toBe(`${read.checks.passed} 项表格校验通过，正文 ${read.narrative.checked} 处数字陈述已核对`);
  });

  it('still says every table was read on a consistent report of the 2021 format', () => {
    const el = panel(analysed('word-2021-consistent.html'));
    expect([...el.querySelectorAll('.unread li')].map((li) => li.textContent)).toEqual(['所有表格均已读取并核对']);
    expect(el.querySelectorAll('[data-figure]')).toHaveLength(6);
  });
});

describe('panel: the key figures of tables in an attached file (ux66)', () => {
  it('say "in the attachment" once, not the file\'s long name a third time, nor 未读取 twice in one line', () => {
    const report = analysed('attachment-tables-2023.html');
    for (const [t, line] of [
      [zh, '表三、表四在附件中，未读取，其中的主要数字无从列出'],
      [en, 'Key figures of table 3 and table 4 not shown: the tables are in the attached file, not read'],
    ] as const) {
      const el = panel(report, t);
      expect([...el.querySelectorAll('.figs-unread')].map((p) => p.textContent)).toEqual([line]);
      // the file is named where the reader can act on it: under 未能读取或核对 (and the button to read it, when offered)
      expect(el.querySelector('.unread')!.textContent).toContain('.xlsx');
    }
  });
});

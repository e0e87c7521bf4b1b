// The toolbar badge (components/badge.ts) and the message that carries it: a green ✓ only when
// every table of the template was read and held; partial and unchecked reports are grey.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { badgeLook, BADGE_COLORS } from '../../components/badge.ts';
import { translator, type MessageTable } from '../../components/i18n.ts';
import { isAnalysisMessage } from '../../components/messages.ts';

const table = (lang: string): MessageTable => JSON.parse(readFileSync(`public/_locales/${lang}/messages.json`, 'utf8')) as MessageTable;
const zh = translator(table('zh_CN'));
const en = translator(table('en'));

describe('badgeLook', () => {
  it('counts inconsistencies in red, with the verdict as the tooltip', () => {
    expect(badgeLook('problems', 3, zh)).toEqual({ text: '3', color: BADGE_COLORS.bad, title: '年报透镜：发现 3 处不一致' });
    expect(badgeLook('problems', 1, en).title).toBe('Nianbao Lens — Inconsistencies found: 1');
  });

  it('shows the green ✓ only for a report whose tables were all read and held', () => {
    expect(badgeLook('ok', 0, zh)).toEqual({ text: '✓', color: BADGE_COLORS.ok, title: '年报透镜：表格与正文一致' });
  });

  it('greys the ✓ of a report with a table not found, and says so', () => {
    const look = badgeLook('partial', 0, zh);
    expect(look.text).toBe('✓');
    expect(look.color).toBe(BADGE_COLORS.grey);
    expect(look.color).not.toBe(BADGE_COLORS.ok);
    expect(look.title).toBe('年报透镜：已核对的内容一致，但有表格未找到或未能读取');
    expect(badgeLook('partial', 0, en).title).toBe('Nianbao Lens — What could be checked agrees, but a table was not found or could not be read');
  });

  it('shows a grey dash, not a ✓, when nothing could be checked', () => {
    expect(badgeLook('unchecked', 0, zh)).toEqual({ text: '–', color: BADGE_COLORS.grey, title: '年报透镜：未能核对：没有读到可核对的表格' });
  });

  it('never hides a count behind a calmer verdict', () => {
    expect(badgeLook('ok', 2, zh).text).toBe('2');
    expect(badgeLook('partial', 1, zh).color).toBe(BADGE_COLORS.bad);
  });
});

describe('isAnalysisMessage', () => {
  it('takes a report with its verdict, or a page that is not one', () => {
    expect(isAnalysisMessage({ type: 'nianbao-lens/analysis', problems: 2, verdict: 'problems' })).toBe(true);
    expect(isAnalysisMessage({ type: 'nianbao-lens/analysis', problems: 0, verdict: 'partial' })).toBe(true);
    expect(isAnalysisMessage({ type: 'nianbao-lens/analysis', problems: null, verdict: null })).toBe(true);
  });

  it('refuses a malformed one', () => {
    expect(isAnalysisMessage({ type: 'nianbao-lens/analysis', problems: 0 })).toBe(false);
    expect(isAnalysisMessage({ type: 'nianbao-lens/analysis', problems: 0, verdict: 'fine' })).toBe(false);
    expect(isAnalysisMessage({ type: 'nianbao-lens/analysis', problems: '2', verdict: 'problems' })).toBe(false);
    expect(isAnalysisMessage({ type: 'nianbao-lens/state' })).toBe(false);
    expect(isAnalysisMessage(null)).toBe(false);
  });
});

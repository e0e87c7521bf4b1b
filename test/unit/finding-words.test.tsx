/**
 * components/finding-words.tsx: a finding is shown in the UI's language where its code is worded, else as the core
 * wrote it, marked lang="zh-CN". Here with the map's notes (the one family coded so far): the English words for a
 * known code, the core's Chinese for a finding with no code or a code this build does not know, and the Chinese
 * locale saying exactly the core's words.
 */
import { render } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import { FindingText, findingWords } from '../../components/finding-words.tsx';
import { mapNote } from '../../lib/map/note-words.ts';
import { en, zh } from './panel-helpers.ts';

const HAN = /\p{Script=Han}/u;
const n = mapNote('t3RowUnknown', '其他情况');
const coded = { message: n.message, note: { code: n.code, args: n.args } };

describe('findingWords', () => {
  it('words a known code in English, the page label kept', () => {
    const w = findingWords(en, coded);
    expect(w.lang).toBeUndefined();
    expect(w.text).toContain('其他情况');
    expect(w.text.replace('其他情况', '')).not.toMatch(HAN);
  });
  it('says the core words in Chinese', () => {
    expect(findingWords(zh, coded)).toEqual({ text: n.message, lang: undefined });
  });
  it('shows the core sentence, marked Chinese, without a code or with one it does not know', () => {
    expect(findingWords(en, { message: '表三：总计为5，各类申请人之和为6' })).toEqual({ text: '表三：总计为5，各类申请人之和为6', lang: 'zh-CN' });
    expect(findingWords(en, { message: '某句', note: { code: 'fromANewerBuild', args: [1] } })).toEqual({ text: '某句', lang: 'zh-CN' });
  });
});

describe('FindingText', () => {
  const host = document.createElement('div');
  afterEach(() => render(null, host));
  it('renders text, never markup, with lang only on the core sentence', () => {
    render(<FindingText t={en} f={{ message: '<b>x</b>' }} />, host);
    expect(host.querySelector('b')).toBeNull();
    expect(host.querySelector('span')!.getAttribute('lang')).toBe('zh-CN');
    const other = document.createElement('div');
    render(<FindingText t={en} f={coded} />, other);
    expect(other.querySelector('span')!.hasAttribute('lang')).toBe(false);
    render(null, other);
  });
});

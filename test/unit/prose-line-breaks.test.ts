/**
 * A <br> inside a paragraph (narrative/extract-prose.ts joinWrappedLines): a line wrapped
 * mid-sentence is joined to the next, any other break still ends the paragraph.
 */
import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { extractParagraphs } from '../../lib/narrative/extract-prose.ts';

const paras = (body: string): string[] => {
  const { document } = parseHTML(`<!doctype html><html><body><div>${body}</div></body></html>`);
  return extractParagraphs(document.querySelector('div') as unknown as Element, []).map((p) => p.shown ?? p.text);
};

describe('a line break inside a paragraph', () => {
  it.each([
    ['after a comma', '<p>全年共收到政府信息公开申请86件，<br>其中网上申请50件，信函申请36件。</p>', ['全年共收到政府信息公开申请86件，其中网上申请50件，信函申请36件。']],
    ['after 、', '<p>政策文件、<br>工作动态共120条。</p>', ['政策文件、工作动态共120条。']],
    ['a long line ending in a word (pasted from a PDF)', '<p>2023年，区市场监管局认真贯彻落实《条例》规定，全年共收到政府信<br>息公开申请86件。</p>', ['2023年，区市场监管局认真贯彻落实《条例》规定，全年共收到政府信息公开申请86件。']],
  ])('%s: joined', (_, body, want) => {
    expect(paras(body)).toEqual(want);
  });

  it.each([
    ['after a full stop', '<p>全年共收到申请86件。<br>全年办结88件。</p>', ['全年共收到申请86件。', '全年办结88件。']],
    ['after a long title', '<p>东湖市云岭区人民政府2023年政府信息公开工作年度报告<br>全年共收到政府信息公开申请86件。</p>', ['东湖市云岭区人民政府2023年政府信息公开工作年度报告', '全年共收到政府信息公开申请86件。']],
    ['after a short heading', '<p>一、总体情况<br>2023年，本局坚持以公开为常态。</p>', ['一、总体情况', '2023年，本局坚持以公开为常态。']],
    ['before an item\'s number', '<p>全年主动公开政府信息1234条，<br>（二）依申请公开情况。</p>', ['全年主动公开政府信息1234条，', '（二）依申请公开情况。']],
    ['a blank line between', '<p>全年共收到政府信息公开申请86件，其中网上申请50件，<br><br>信函申请36件。</p>', ['全年共收到政府信息公开申请86件，其中网上申请50件，', '信函申请36件。']],
  ])('%s: a paragraph\'s end, as before', (_, body, want) => {
    expect(paras(body)).toEqual(want);
  });
});

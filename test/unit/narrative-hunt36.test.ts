/**
 * Session hunt36's false-flag hunt on real report prose: the reports of 国务院 departments and their
 * provincial and vertically managed counterparts (自然资源, 生态环境, 药监, 海关, 税务, 气象, 烟草),
 * 开发区/高新区 管委会, and the 2019–2022 reports of the eastern and central provinces' cities and
 * districts (excerpts of published reports; the real text is not kept here), read for their
 * paragraphs with arithmetic of their own. Each sentence below is self-written: the real sentence's
 * shape with another body and other numbers. Text only.
 * - FIXED: shapes where the checker reported a mistake the report does not make, now read right.
 * - TWINS: the same shapes where the report is really wrong, which must still be errors.
 */
import { describe, expect, it } from 'vitest';
import { findingKeys, runProse } from './narrative-tables.ts';

const run = (text: string) => runProse(`<p>${text}</p>`, {}, 2023, '澄江县人民政府');
const keys = (text: string) => findingKeys(run(text));
const partsSum = (text: string) => run(text).checks.filter((k) => k.rule === 'text.parts-sum').map((k) => `${k.outcome} ${k.detail ?? ''}`);

describe('hunt36: 社情民意 listed beside the 提案 a 政协 sent, no 提案 among them', () => {
  // Seen in a 2020 district report: "收到区政协…提案115件，其中：会议期间收到114件（…），闭会期间
  // 收到1件，社情民意5件，分别交由44个部门具体承办" — the two 提案 items add up to 115, the 社情民意
  // are another kind of text the 政协 sends; summed in, the list was an error, 120 against 115
  const text = '（六）建议提案办理情况。2023年，县政府共收到县政协十一届二次会议提案92件，其中：大会期间收到90件（主办件86件，会办件4件），闭会期间收到2件，社情民意信息7件，均已按期办结。';
  it('the 提案 items add up to the whole: a pass, no finding', () => {
    expect(keys(text)).toEqual([]);
    expect(partsSum(text)).toContain('pass 90件+2件 = 92件');
  });
  it('提案 items short of the whole without the 社情民意 and over it with them: a skip, not an error', () => {
    const short = text.replace('闭会期间收到2件', '闭会期间收到1件').replace('社情民意信息7件', '社情民意信息2件');
    expect(keys(short)).toEqual([]);
    expect(partsSum(short)[0]).toMatch(/^skip /);
  });
  it('提案 items over the whole even without the 社情民意: still an error', () => {
    expect(keys(text.replace('大会期间收到90件', '大会期间收到91件')).filter((k) => k.startsWith('text.parts-sum:error'))).toHaveLength(1);
  });
  it('a whole that is no count of 提案 or 建议: the 社情民意 item is summed in, still an error', () => {
    expect(keys('（六）其他事项。2023年，县政府办公室共收到各类来件92件，其中：大会期间收到90件，闭会期间收到2件，社情民意信息7件。')).toEqual(['text.parts-sum:error:99:92']);
  });
  it('an item that is a 提案 of the 社情民意 kind is a 提案: still summed, still an error', () => {
    expect(keys('（六）建议提案办理情况。2023年，县政府共收到县政协提案92件，其中经济类提案80件，社情民意类提案13件。')).toEqual(['text.parts-sum:error:93:92']);
  });
});

describe('hunt36: a ；-clause opening on a verb of publishing after a 其中 whose item opens on none', () => {
  // Seen in a 2020 city commission's report: "…政策文件12条，重要政策文件实现100%解读，其中图解5条；
  // 转载发布…防控信息160条，发布…重点信息481条（单条）" — the 其中 divides the 12 (one item), and what
  // follows the ； is published beside it; the list read past the ； was an error, 646 against 12
  const text = '（一）主动公开情况。全年在县政府门户网站主动公开本局起草的政策文件9条，重要政策文件全部解读，其中图解4条；转载发布防汛防旱信息120条，发布项目审批等各类信息356条。';
  it('a skip that says the list may end at the ；, never an error', () => {
    expect(keys(text)).toEqual([]);
    expect(partsSum(text)[0]).toMatch(/^skip .*以动词另起一事/);
  });
  it('items that open on that verb too run on over the ；: still an error', () => {
    expect(keys('（一）主动公开情况。全年发布信息150条，其中发布工作动态60条；发布通知公告100条。')).toEqual(['text.parts-sum:error:160:150']);
  });
  it('a ；-clause with no verb of its own: still read as the list, still an error', () => {
    expect(keys('（一）主动公开情况。全年解读政策文件9件，其中图解4件；动漫解读6件。')).toEqual(['text.parts-sum:error:10:9']);
  });
  it('the items past the ； adding up with the one before it: a pass, as before', () => {
    expect(partsSum('（一）主动公开情况。全年发布信息120条，其中图解40条；转载发布防汛信息80条。')).toContain('pass 40条+80条 = 120条');
  });
});

describe('hunt36: table 二\'s row "其他对外管理服务事项" named in a list is no closing 其他 item', () => {
  // Seen in a 2020 county bureau's report: "共主动公开政府信息154条。其中涉及到行政许可类处理决定数4条，
  // 行政其他对外管理服务事项处理决定数0条，行政处罚类…0条，行政强制…0条" — the row's 其他 closed the
  // list, and 4 against 154 was an error where the list is only short of its total
  const text = '（一）主动公开情况。2023年，我局共主动公开政府信息96条。其中涉及行政许可类处理决定数7条，其他对外管理服务事项处理决定数2条，行政处罚类处理决定数0条。';
  it('a list short of its total: a skip, never an error', () => {
    expect(keys(text)).toEqual([]);
    expect(partsSum(text)[0]).toMatch(/^skip .*列举可能不完整/);
  });
  it('a list with a closing 其他 item of its own beside the row: still closed, still an error', () => {
    expect(keys('（一）主动公开情况。2023年，我局共主动公开政府信息96条。其中行政许可类信息7条，其他对外管理服务事项信息2条，其他信息80条。')).toEqual(['text.parts-sum:error:89:96']);
  });
  it('a list over its total with the row in it: still an error', () => {
    expect(keys(text.replace('行政处罚类处理决定数0条', '行政处罚类处理决定数90条'))).toEqual(['text.parts-sum:error:99:96']);
  });
});

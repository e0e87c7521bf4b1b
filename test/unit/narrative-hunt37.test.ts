/**
 * Session hunt37's false-flag hunt on real report prose: the reports of 省 and 地级市 governments and
 * their 办公厅/办公室, the 2024–2025 reports of provincial and city departments (教育, 公安, 民政, 人社,
 * 住建, 交通运输, 市场监管, 医保…), 事业单位 publishing under the same template, and the 2019–2021
 * reports of 乡镇/街道 (excerpts of published reports; the real text is not kept here), read for their
 * paragraphs with arithmetic of their own. Each sentence below is self-written: the real sentence's
 * shape with another body and other numbers. Text only.
 * - FIXED: shapes where the checker reported a mistake the report does not make, now read right.
 * - TWINS: the same shapes where the report is really wrong, which must still be errors.
 */
import { describe, expect, it } from 'vitest';
import { findingKeys, runProse } from './narrative-tables.ts';

const run = (text: string) => runProse(`<p>${text}</p>`, {}, 2024, '澄江县人民政府');
const keys = (text: string) => findingKeys(run(text));
const partsSum = (text: string) => run(text).checks.filter((k) => k.rule === 'text.parts-sum').map((k) => `${k.outcome} ${k.detail ?? ''}`);

describe('hunt37: a ，-clause opening on a verb of doing, counted in another counter, ends a 其中 list', () => {
  // Seen in a 2024 city bureau's report: "全年主动公开信息N条，其中，政务动态信息a条、…概况类信息c条，组织在线
  // 访谈24场，征求公众意见2次，发布解读信息2条" — a+b+c is N; the 解读 clause after the 访谈 and 意见 clauses
  // is another thing done, and summed in it was an error, N+2 against N
  const text = '（一）主动公开情况。全年主动公开信息1530条，其中，工作动态信息1302条、信息公开目录信息188条、概况类信息40条，组织在线访谈12场，征求公众意见3次，发布解读信息4条。';
  it('the items before the turn add up: a pass, no finding', () => {
    expect(keys(text)).toEqual([]);
    expect(partsSum(text)).toContain('pass 1302条+188条+40条 = 1530条');
  });
  it('items before the turn that do not add up, nor with the clause after it: still an error', () => {
    expect(keys(text.replace('概况类信息40条', '概况类信息45条')).filter((k) => k.startsWith('text.parts-sum:error'))).toHaveLength(1);
  });
  it('a clause of the whole\'s own counter after the items, with no verb clause of another counter: still summed in', () => {
    expect(keys('（一）主动公开情况。全年主动公开信息1530条，其中，工作动态信息1302条、信息公开目录信息188条、概况类信息40条，发布解读信息4条。')).toEqual(['text.parts-sum:error:1534:1530']);
  });
  it('items that open on a verb of doing themselves: the turn is not read, still an error', () => {
    expect(keys('（一）主动公开情况。全年开展活动30次，其中组织培训20次，召开座谈会10次，组织宣讲2场，举办讲座5次。')).toEqual(['text.parts-sum:error:35:30']);
  });
});

describe('hunt37: items after the 其他 item that closes a list adding up to its whole', () => {
  // Seen in a 2024 county bureau's report: "主动公开信息总数N条，其中政府网站公开政府信息数a条，其他方式公开
  // 政府信息数b条，规范性文件数1条" — a+b is N; the 规范性文件 are counted among them, and summed in the list
  // was an error, N+1 against N
  const text = '（一）主动公开情况。2024年主动公开信息总数430条，其中政府网站公开政府信息数215条，其他方式公开政府信息数215条，规范性文件数2条。';
  it('a skip that says the items up to 其他 make the whole, never an error', () => {
    expect(keys(text)).toEqual([]);
    expect(partsSum(text)[0]).toMatch(/^skip .*至“其他”一项/);
  });
  it('the items up to 其他 do not make the whole: still an error', () => {
    expect(keys(text.replace('其他方式公开政府信息数215条', '其他方式公开政府信息数210条')).filter((k) => k.startsWith('text.parts-sum:error'))).toHaveLength(1);
  });
  it('a results list with 其他处理 before its last item: still an error', () => {
    expect(keys('（二）依申请公开情况。全年办结申请20件，其中予以公开12件，部分公开5件，其他处理3件，不予公开2件。')).toEqual(['text.parts-sum:error:22:20']);
  });
});

describe('hunt37: a count right after 热线 or 电话 is a count, not a phone number', () => {
  // Seen in a 2024 city bureau's report: "全年共办理网民留言N件，其中，办理12345网上群众热线a件，市长信箱b件，…" —
  // "热线1925" was taken for a phone number, the item dropped, and the list a skip, short of its whole
  const text = '（三）政府信息管理。全年共办理网民留言860件，其中，办理12345网上群众热线802件，市长信箱31件，政务信箱27件。';
  it('the 热线 item is read and the list adds up: a pass', () => {
    expect(keys(text)).toEqual([]);
    expect(partsSum(text)).toContain('pass 802件+31件+27件 = 860件');
  });
  it('the same list one over its whole: now an error (it was a skip)', () => {
    expect(keys(text.replace('政务信箱27件', '政务信箱28件'))).toEqual(['text.parts-sum:error:861:860']);
  });
  it('a phone number after 电话 or 热线 is still no figure', () => {
    const phone = '（二）依申请公开情况。如有疑问请拨打服务热线0571-8765432，或联系电话：0571-87654321，全年收到申请12件，其中网上申请8件，信函申请4件。';
    expect(keys(phone)).toEqual([]);
    expect(partsSum(phone)).toEqual(['pass 8件+4件 = 12件']);
  });
});

describe('hunt37: a count with its own share of a named whole is no whole of the next share naming it', () => {
  // Seen in a 2021 街道 report: "…共主动公开政府信息N条，…。…。其中微信公众号共发布信息a条，占全部公开信息的x%，政府网站
  // 公开上传信息b条，占全部公开信息的y%，…" — b's share was read against a (the 共 count before it), an error
  // where it is of the total, as a's share is
  const share = (text: string) => run(text).checks.filter((k) => k.rule === 'text.share').map((k) => `${k.outcome} ${k.detail ?? ''}`);
  // (a sentence with a figure of another counter between, so that no 其中 list names the whole)
  const text = '（一）主动公开情况。2021年，我街道共主动公开政府信息250条，全文电子化率为100%。开展培训3次。其中微信公众号共发布信息150条，占全部公开信息的60%，政府网站公开上传信息100条，占全部公开信息的40%。';
  it('both shares read against the total: no finding', () => {
    expect(keys(text)).toEqual([]);
    expect(share(text)).toContain('pass 100条 ÷ 250条 = 40%，正文 40%');
  });
  it('a second share that fits neither is no longer read against the first count: a skip, not an error', () => {
    const off = text.replace('占全部公开信息的40%', '占全部公开信息的45%');
    expect(keys(off)).toEqual([]);
    expect(share(off).some((d) => d.startsWith('skip 100条 ÷ 250条'))).toBe(true);
  });
  it('with a list that adds up to the total naming it, a share that does not fit it is an error', () => {
    const listed = '（一）主动公开情况。2021年，我街道共主动公开政府信息250条。其中微信公众号共发布信息150条，占全部公开信息的60%，政府网站公开上传信息100条，占全部公开信息的45%。';
    expect(keys(listed)).toEqual(['text.share:error:40:45']);
  });
  it('the total in the same sentence: a share that does not fit it is still an error', () => {
    const same = '（一）主动公开情况。2021年，我街道共主动公开政府信息250条，其中微信公众号共发布信息150条，占全部公开信息的60%，政府网站公开上传信息100条，占全部公开信息的45%。';
    expect(keys(same)).toEqual(['text.share:error:40:45']);
  });
  it('shares naming no whole in words still read the count before as before', () => {
    const bare = '（二）依申请公开情况。全年共办结申请80件，占90%，予以公开40件，占50%。';
    expect(share(bare)).toContain('pass 40件 ÷ 80件 = 50%，正文 50%');
  });
});

describe('hunt37: a bare 其中 reaching past one sentence of words alone to its whole', () => {
  // Seen in a 2021 街道 report: "共主动公开政府信息N条，…。较为全面地反映了…情况。其中微信公众号发布信息a条，…，政府网站
  // 公开上传信息b条，…" — the 其中 gave up at the sentence of words, and the list a+b = N went unchecked
  const share = (text: string) => run(text).checks.filter((k) => k.rule === 'text.share').map((k) => `${k.outcome} ${k.detail ?? ''}`);
  const text = '（一）主动公开情况。2021年，我街道共主动公开政府信息250条。内容涵盖财政收支、农业、安全等方面。其中微信公众号发布信息150条，政府网站公开上传信息100条。';
  it('the list adds up to the count before the sentence of words: a pass', () => {
    expect(keys(text)).toEqual([]);
    expect(partsSum(text)).toContain('pass 150条+100条 = 250条');
  });
  it('a list that does not add up to it: a skip that says why, never an error', () => {
    const off = '（一）主动公开情况。2021年，我街道共主动公开政府信息250条。内容涵盖财政收支、农业、安全等方面。其中工作动态150条，通知公告120条。';
    expect(keys(off)).toEqual([]);
    expect(partsSum(off)[0]).toMatch(/^skip .*前一句没有数字/);
  });
  it('shares of its items that fit no whole stay skips', () => {
    const off = '（一）主动公开情况。2021年，我街道共主动公开政府信息250条。内容涵盖财政收支、农业、安全等方面。其中微信公众号发布信息150条，占70%，政府网站公开上传信息120条，占30%。';
    expect(keys(off)).toEqual([]);
    expect(share(off).every((d) => !d.startsWith('fail'))).toBe(true);
  });
  it('the sentence right before with figures of another counter: still no reading, as before', () => {
    expect(partsSum('（一）主动公开情况。2021年，我街道共主动公开政府信息250条。开展培训3次。其中微信公众号发布信息150条，政府网站公开上传信息120条。')).toEqual([]);
  });
});

describe('hunt37: a case list with 其他结果 before 尚未审结 is no list closed by its 其他 item', () => {
  it('results of 复议 over their whole: still an error (red team 14 m01 shape)', () => {
    expect(keys('（四）行政复议情况。2024年，县政府因政府信息公开工作被申请行政复议4件，其中结果维持1件、结果纠正3件、其他结果0件、尚未审结2件。').filter((k) => k.startsWith('text.parts-sum:error'))).toHaveLength(1);
  });
});

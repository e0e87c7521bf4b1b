// @vitest-environment node
/**
 * det62: the collection's body keys and regions of names holding a unit's character (lib/collect/body.ts
 * adminUnits). A town named with one (新市镇, 旧县镇, 新区街道) was cut after it ("新市" a place, "镇" left
 * over): the key came out the same, but the region was "新市", so two counties' 新市镇 on one portal were
 * one body (both "新市") and the county their pages tell was never used. A unit whose name begins with one
 * (镇海区, 市中区, 镇江市) was not read at all after another ("宁波市镇海区…" keyed "宁波市镇海区", its
 * bare spelling "镇海区"; "济南市市中区" keyed "中区"). Now the town is one unit, its region the county
 * the page tells (detect/town-county.ts), and such a unit is read wherever it stands.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyzeDocument } from '../../lib/analyze.ts';
import { decodeHtml, parsePage } from '../../cli/load-page.ts';
import { normaliseBodyName, regionOf } from '../../lib/collect/body.ts';
import { buildRecord } from '../../lib/collect/build.ts';
import { sameBody } from '../../lib/collect/neighbour.ts';

const page = (name: string) => decodeHtml(readFileSync(new URL(`../fixtures/det62/${name}.html`, import.meta.url))).text;

describe('det62: names holding a unit\'s character', () => {
  it('keys a town named with one as before, and gives it no region of its own name', () => {
    // the key: as on main
    expect(normaliseBodyName('新市镇人民政府')).toBe('新市镇');
    expect(normaliseBodyName('德清县新市镇人民政府')).toBe('新市镇');
    expect(normaliseBodyName('新区街道办事处')).toBe('新区街道');
    expect(normaliseBodyName('旧县镇人民政府')).toBe('旧县镇');
    // the region: on main "新市", "新区", "旧县", "矿市"
    for (const name of ['新市镇人民政府', '新区街道办事处', '旧县镇人民政府', '矿市街道办事处']) expect({ name, region: regionOf(name) }).toEqual({ name, region: null });
    expect(regionOf('德清县新市镇人民政府')).toBe('德清县');
    expect(regionOf('新市镇人民政府', null, '德清县')).toBe('德清县');
  });

  it('reads a unit whose name begins with one wherever it stands: one key for the body however spelled', () => {
    // on main: 宁波市镇海区 / 镇海区, 中区 / 市中区, 镇江市京口区 / 京口区
    for (const [a, b] of [['宁波市镇海区人民政府', '镇海区人民政府'], ['济南市市中区人民政府', '市中区人民政府'], ['镇江市京口区人民政府', '京口区人民政府'], ['历下区市中街道办事处', '市中街道办事处']]) {
      expect({ a, key: normaliseBodyName(a) }).toEqual({ a, key: normaliseBodyName(b) });
    }
    expect(regionOf('宁波市镇海区人民政府')).toBe('宁波市镇海区');
    expect(regionOf('镇江市教育局')).toBe('镇江市');
    // what ends in a unit's character goes on to its unit as before: 广州市, 秦州区, 沙市区, 津市市
    expect(regionOf('广州市云溪区人民政府')).toBe('广州市云溪区');
    expect(regionOf('天水市秦州区人民政府')).toBe('天水市秦州区');
    expect(regionOf('荆州市沙市区人民政府')).toBe('荆州市沙市区');
    expect(regionOf('津市市新洲镇人民政府')).toBe('津市市');
    // departments holding one are no place, as before
    for (const name of ['区市场监督管理局', '市城乡建设局', '县城市管理局', '乡村振兴局', '市公安局东湖区分局']) expect({ name, region: regionOf(name) }).toEqual({ name, region: null });
  });

  it('keeps two counties\' 新市镇 on one portal apart (on main both were "新市", one body)', () => {
    const record = (html: string, url: string) => {
      const report = analyzeDocument(parsePage(html), { url });
      return buildRecord({ url, title: report.title, site: 'www.huzhou.gov.cn', report, at: '2026-01-01T00:00:00.000Z' }, null).record;
    };
    const deqing = record(page('d01-xinshi-zhen-crumb'), 'https://www.huzhou.gov.cn/art/1.html');
    const changxing = record(page('d01-xinshi-zhen-crumb').replace('>德清县</a>', '>长兴县</a>'), 'https://www.huzhou.gov.cn/art/2.html');
    const untold = record(page('d08-other-town-crumb'), 'https://www.huzhou.gov.cn/art/3.html');
    expect([deqing.bodyKey, deqing.region, changxing.region, untold.region]).toEqual(['新市镇@huzhou.gov.cn', '德清县', '长兴县', null]);
    expect(sameBody(deqing, changxing)).toBe(false);
    // a year whose page tells nothing joins either, as det61's towns
    expect(sameBody(deqing, untold) && sameBody(changxing, untold)).toBe(true);
  });
});

import { describe, expect, it } from 'vitest';
import { bodyKeyOf, normaliseBodyName, recordId, regionOf, registrableSite, subsiteOf } from '../../lib/collect/body.ts';

describe('collect: the same body', () => {
  it.each([
    ['广州市云溪区人民政府', '云溪区'],
    // the 区政府办公室's own report (its own 依申请 figures) is another body than the government's
    ['云溪区人民政府办公室', '云溪区政府办公室'],
    ['广州市云溪区人民政府办公室', '云溪区政府办公室'],
    ['云溪区政府', '云溪区'],
    ['云溪区政府办', '云溪区政府办公室'],
    ['云溪区政府办公室', '云溪区政府办公室'],
    ['广州市云溪区人民政府2021年政府信息公开工作年度报告', '云溪区'],
    ['云溪区人民政府 2020 年度政府信息公开工作年度报告', '云溪区'],
    ['广州市云溪区人民政府（本级）', '云溪区'],
    ['广东省人民政府办公厅', '广东省政府办公室'],
    ['云溪区东城街道办事处', '东城街道'],
    ['广东省人民政府', '广东省'],
    ['广州市人民政府', '广州市'],
    ['东湖市云岭区卫生健康局', '云岭区卫生健康局'],
    ['云岭区卫生健康局', '云岭区卫生健康局'],
    ['广州市市场监督管理局', '广州市市场监督管理局'],
    ['云溪区住房和城乡建设局', '云溪区住房和城乡建设局'],
    ['云溪区城市管理和综合执法局', '云溪区城市管理和综合执法局'],
    ['泸县嘉明镇人民政府', '嘉明镇'],
    ['嘉明镇人民政府', '嘉明镇'],
    ['ＸＸ区人民政府', 'XX区'],
  ])('%s → %s', (name, key) => {
    expect(normaliseBodyName(name)).toBe(key);
  });

  it('keeps different bodies apart', () => {
    expect(normaliseBodyName('云溪区卫生健康局')).not.toBe(normaliseBodyName('云溪区人民政府'));
    expect(normaliseBodyName('云溪区教育局')).not.toBe(normaliseBodyName('云溪区卫生健康局'));
    expect(normaliseBodyName(null)).toBeNull();
    expect(normaliseBodyName('  ')).toBeNull();
  });

  it('reads the registrable site of a portal', () => {
    expect(registrableSite('www.gz.gov.cn')).toBe('gz.gov.cn');
    expect(registrableSite('zwgk.yunxi.gov.cn')).toBe('yunxi.gov.cn');
    expect(registrableSite('WWW.Yunxi.GOV.CN.')).toBe('yunxi.gov.cn');
    expect(registrableSite('www.example.com')).toBe('example.com');
    expect(registrableSite('127.0.0.1')).toBe('127.0.0.1');
    expect(registrableSite('localhost')).toBe('localhost');
  });

  it('reads what a host says below its registrable site, without the portal\'s own labels', () => {
    expect(subsiteOf('gangu.tianshui.gov.cn')).toBe('gangu');
    expect(subsiteOf('www.gangu.tianshui.gov.cn')).toBe('gangu');
    expect(subsiteOf('www.yunxi.gov.cn')).toBe('');
    expect(subsiteOf('zwgk.yunxi.gov.cn')).toBe('');
    // a body's report moves between its portal's 信息公开 sections from year to year: no subsite
    expect(subsiteOf('gkml.yunxi.gov.cn')).toBe('');
    expect(subsiteOf('xxgkpt.yunxi.gov.cn')).toBe('');
    expect(subsiteOf('yunxi.gov.cn')).toBe('');
    expect(subsiteOf('jnmsa.jinan.gov.cn')).toBe('jnmsa');
    expect(subsiteOf('127.0.0.1')).toBe('');
    expect(subsiteOf('localhost')).toBe('');
  });

  it('keys a body by name and site: variants on one site match, the same name on another site does not', () => {
    const a = bodyKeyOf('广州市云溪区人民政府', 'www.yunxi.gov.cn');
    expect(a).toBe('云溪区@yunxi.gov.cn');
    expect(bodyKeyOf('云溪区人民政府', 'zwgk.yunxi.gov.cn')).toBe(a);
    expect(bodyKeyOf('云溪区政府', 'www.yunxi.gov.cn')).toBe(a);
    // the office's own report keys apart from its government's, however the office is written
    const office = bodyKeyOf('云溪区人民政府办公室', 'zwgk.yunxi.gov.cn');
    expect(office).toBe('云溪区政府办公室@yunxi.gov.cn');
    expect(bodyKeyOf('广州市云溪区政府办', 'www.yunxi.gov.cn')).toBe(office);
    expect(bodyKeyOf('广州市云溪区人民政府', 'www.other.gov.cn')).not.toBe(a);
    expect(bodyKeyOf(null, 'www.yunxi.gov.cn')).toBeNull();
  });

  it('tells the region as far as the name (else the title) says', () => {
    expect(regionOf('广州市云溪区人民政府')).toBe('广州市云溪区');
    expect(regionOf('广东省广州市云溪区卫生健康局')).toBe('广东省广州市云溪区');
    expect(regionOf('泸县嘉明镇人民政府')).toBe('泸县');
    expect(regionOf('区卫生健康局', '东湖市云岭区卫生健康局2022年政府信息公开工作年度报告')).toBe('东湖市云岭区');
    expect(regionOf('区卫生健康局', null)).toBeNull();
  });

  it('ids a page by its URL without fragment and tracking parameters', () => {
    const base = 'https://www.yunxi.gov.cn/zwgk/ndbg/t1.html';
    expect(recordId(`${base}#section2`)).toBe(base);
    expect(recordId(`${base}?utm_source=wechat&utm_medium=share&spm=a.b.c`)).toBe(base);
    expect(recordId('https://WWW.Yunxi.gov.cn:443/zwgk/ndbg/t1.html')).toBe(base);
    expect(recordId(`${base}?id=42&utm_campaign=x`)).toBe(`${base}?id=42`);
    expect(recordId(`${base}?id=42`)).not.toBe(recordId(`${base}?id=43`));
    expect(recordId('not a url#x')).toBe('not a url');
  });
});

/**
 * A body's name in ASCII quotes keyed a body and a region of its own (dash98's walk: 阳江市"阳东,合山"管理区 beside
 * the same body's report whose name is in Chinese quotes “…”, or bare): the quotes and the list comma's forms are one.
 */
import { describe, expect, it } from 'vitest';
import { bodyKeyOf, normaliseBodyName, regionOf } from '../../lib/collect/body.ts';
import { readRecord } from '../../lib/collect/migrate.ts';
import { makeRecord } from './dashboard-fake.ts';

const SITE = 'www.yangjiang.gov.cn';
const NAMES = ['阳江市"阳东,合山"管理区', '阳江市“阳东,合山”管理区', '阳江市“阳东、合山”管理区', '阳江市阳东、合山管理区', '阳江市“阳东，合山”管理区人民政府'];

describe('a name in quotes keys as the same body (dash98)', () => {
  it('one key and one region whatever the quotes and the list comma', () => {
    expect(new Set(NAMES.map((n) => bodyKeyOf(n, SITE)))).toEqual(new Set(['阳东、合山管理区@yangjiang.gov.cn']));
    expect(new Set(NAMES.map((n) => regionOf(n)))).toEqual(new Set(['阳江市阳东、合山管理区']));
  });

  it('stays apart where the names are other bodies: a quoted word is kept, only its marks go', () => {
    expect(normaliseBodyName('云溪区“放管服”改革办公室')).toBe('云溪区放管服改革办公室');
    expect(normaliseBodyName('云溪区“放管服”改革办公室')).not.toBe(normaliseBodyName('云溪区人民政府'));
    expect(normaliseBodyName('阳江市阳东区')).not.toBe(normaliseBodyName('阳江市"阳东,合山"管理区'));
    expect(normaliseBodyName('广州市云溪区人民政府')).toBe('云溪区');
  });

  it('a record saved with the old key reads with the new one, nothing dropped, so it meets the other year', () => {
    const old = makeRecord({ id: 'http://www.yangjiang.gov.cn/2022.html', body: NAMES[0]!, site: SITE, year: 2022 });
    const stored = { ...old, bodyKey: '"阳东,合山"管理区@yangjiang.gov.cn', region: '阳江市"阳东,合山"管理区' };
    const read = readRecord(JSON.parse(JSON.stringify(stored)));
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.migrated).toBe(true);
    expect(read.record).toEqual({ ...stored, bodyKey: bodyKeyOf(NAMES[1], SITE), region: '阳江市阳东、合山管理区' });
  });
});

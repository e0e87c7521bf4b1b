// The dashboard keeps the keyboard on a control that is still there (ux61): a button that goes away with what it did
// (a delete's confirm, a quarantined entry cleared, the quarantine's "clear all" confirm) left the focus on <body>.
// Chromium's side, with the Tab order and the list's headings: test/e2e/keyboard.e2e.ts.
import { describe, expect, it } from 'vitest';
import { FakeCollection } from './dashboard-fake.ts';
import { $, $$, broken, mount, root, until, y2020, y2021, freshRootEachTest } from './dashboard-dom.tsx';

freshRootEachTest();

const active = () => root.ownerDocument.activeElement as HTMLElement | null;
const press = (el: Element, key: string) => el.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true }));

describe('the dashboard keeps the focus on a control that is still there', () => {
  it('a delete cancelled (取消, Esc): on the row\'s 删除; a row deleted: on the row that took its place', async () => {
    mount(new FakeCollection([y2020(), y2021(), broken()]));
    await until(() => $$('tr.row').length === 3, 'rows');
    const second = () => $$('tr.row')[1]!;
    (second().querySelector('[data-action="delete"]') as HTMLElement).click();
    const cancel = await until(() => second().querySelector<HTMLElement>('[data-action="cancel-delete"]'), 'the confirm');
    await until(() => active() === cancel, 'the focus on 取消');
    cancel.click();
    await until(() => active()?.dataset.action === 'delete', 'the focus back on 删除');
    expect(second().contains(active())).toBe(true);
    (second().querySelector('[data-action="delete"]') as HTMLElement).click();
    // Esc where the keyboard is: on 取消
    await until(() => active()?.dataset.action === 'cancel-delete', 'the focus on 取消 again');
    press(active()!, 'Escape');
    await until(() => !second().querySelector('.confirm'), 'the confirm gone');
    await until(() => active()?.dataset.action === 'delete', 'the focus back on 删除 after Esc');
    expect(second().contains(active())).toBe(true);
    // deleted: the row that took its place, its name's link
    const next = $$('tr.row')[2]!.dataset.id;
    (second().querySelector('[data-action="delete"]') as HTMLElement).click();
    (await until(() => second().querySelector<HTMLElement>('[data-action="confirm-delete"]'), 'the confirm')).click();
    await until(() => $$('tr.row').length === 2, 'the row gone');
    await until(() => active()?.closest('td.body'), 'the focus on a row\'s name');
    expect(active()!.closest('tr')!.dataset.id).toBe(next);
  });

  it('a quarantined entry cleared: on the next entry\'s 清除此条, the last one: on 导入 JSON; 全部清除 and its 取消', async () => {
    const api = new FakeCollection([y2020()]);
    const entry = (key: string) => ({ key, at: '2026-11-22T00:00:00.000Z', reason: '缺少 figures', raw: { v: 2, id: key } });
    api.quarantined = [entry('report:a'), entry('report:b'), entry('report:c')];
    mount(api);
    const box = await until(() => $('details.quarantine'), 'the quarantine');
    const drops = () => [...box.querySelectorAll<HTMLElement>('li button')];
    drops()[0]!.click();
    await until(() => drops().length === 2, 'one cleared');
    await until(() => active() === drops()[0], 'the focus on the next entry\'s button');
    expect(active()!.closest('li')!.dataset.key).toBe('report:b');
    // the confirm: its 取消 has the focus; 取消: back on 全部清除
    box.querySelector<HTMLElement>('[data-action="quarantine-clear-all"]')!.click();
    await until(() => active()?.dataset.action === 'quarantine-cancel', 'the focus on 取消');
    active()!.click();
    await until(() => active()?.dataset.action === 'quarantine-clear-all', 'the focus back on 全部清除');
    drops()[1]!.click();
    await until(() => drops().length === 1, 'two cleared');
    await until(() => active()?.closest('li')?.dataset.key === 'report:b', 'the focus on the entry above');
    drops()[0]!.click();
    await until(() => !$('details.quarantine'), 'the quarantine gone');
    await until(() => active()?.id === 'import-json', 'the focus on 导入 JSON');
  });
});

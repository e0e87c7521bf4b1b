/**
 * The toolbar popup by keyboard alone, in real Chromium, in Chinese and in English (ux62): Tab goes through its
 * controls in the order they stand, each named (Chromium's accessibility tree) and ringed; 检查此页 pressed by Enter
 * keeps the focus on itself while the check runs and after (a disabled button lost it to <body>). 显示面板 and the
 * keyboard's command: test/e2e/keyboard.e2e.ts.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeSession, openPopup, openSession, openReport, setSettings, waitIn, type Session, type TargetDriver } from './harness.ts';

let s: Session;
beforeAll(async () => {
  s = await openSession();
});
afterAll(() => closeSession(s));

const press = async (popup: TargetDriver, key: string, code = key, keyCode = 9): Promise<void> => {
  await popup.send('Input.dispatchKeyEvent', { type: 'rawKeyDown', key, code, windowsVirtualKeyCode: keyCode });
  if (key === 'Enter') await popup.send('Input.dispatchKeyEvent', { type: 'char', key, text: '\r', unmodifiedText: '\r', windowsVirtualKeyCode: keyCode });
  await popup.send('Input.dispatchKeyEvent', { type: 'keyUp', key, code, windowsVirtualKeyCode: keyCode });
};

/** The popup's focused element: its name and role as Chromium's accessibility tree has them, its id, its ring. */
async function focused(popup: TargetDriver): Promise<{ name: string; role: string; id: string; ring: boolean } | null> {
  const { result } = await popup.send<{ result: { objectId?: string } }>('Runtime.evaluate', { expression: 'document.activeElement === document.body ? null : document.activeElement' });
  if (!result.objectId) return null;
  const { nodes } = await popup.send<{ nodes: { name?: { value?: string }; role?: { value?: string } }[] }>('Accessibility.getPartialAXTree', { objectId: result.objectId, fetchRelatives: false });
  const where = await popup.evaluate<{ id: string; ring: boolean }>(`(() => {
    const a = document.activeElement;
    const st = getComputedStyle(a);
    return { id: a.id, ring: a.matches(':focus-visible') && st.outlineStyle !== 'none' && parseFloat(st.outlineWidth) > 0 };
  })()`);
  return { name: nodes[0]?.name?.value ?? '', role: nodes[0]?.role?.value ?? '', ...where };
}

const ORDER = {
  zh_CN: [
    ['check', 'button', '检查此页'],
    ['toggle', 'button', '隐藏面板'],
    ['dashboard', 'button', '打开数据看板'],
    ['auto-run', 'checkbox', '在政府网站（*.gov.cn）上自动检查'],
    ['auto-save', 'checkbox', '自动保存检查过的报告'],
    ['language', 'combobox', '语言'],
  ],
  en: [
    ['check', 'button', 'Check this page'],
    ['toggle', 'button', 'Hide panel'],
    ['dashboard', 'button', 'Open the dashboard'],
    ['auto-run', 'checkbox', 'Check government portals (*.gov.cn) automatically'],
    ['auto-save', 'checkbox', 'Save checked reports automatically'],
    ['language', 'combobox', 'Language'],
  ],
};

describe('the popup by keyboard', () => {
  for (const lang of ['zh_CN', 'en'] as const) {
    it(`Tab goes through its controls in order, each named and ringed; 检查此页 by Enter keeps the focus; ${lang}`, async () => {
      await s.b.context.newPage(); // a blank tab first: the report's tab is then not the window's only one
      await setSettings(s.b, { language: lang });
      const page = await openReport(s.b, `http://www.fengze.gov.cn:${s.port}/fixtures/fengze-2019.html`);
      const popup = await openPopup(s.b, page);
      try {
        await waitIn(popup, 'document.querySelector("[data-status=report]")');
        const seen = [];
        for (let i = 0; i < ORDER[lang].length; i++) {
          await press(popup, 'Tab');
          seen.push(await focused(popup));
        }
        expect(seen.map((f) => [f?.id, f?.role, f?.name])).toEqual(ORDER[lang]);
        expect(seen.filter((f) => !f?.ring).map((f) => f?.id)).toEqual([]);
        // 检查此页, then Enter: the check runs (the button says so, aria-disabled), the focus stays on it
        await popup.evaluate('(document.querySelector("#check").focus(), true)');
        await press(popup, 'Enter', 'Enter', 13);
        await waitIn(popup, 'document.querySelector("#check[aria-disabled=true]") || document.querySelector("[data-status=report]")');
        expect((await focused(popup))?.id).toBe('check');
        await waitIn(popup, '!document.querySelector("#check[aria-disabled]")');
        expect(await focused(popup)).toMatchObject({ id: 'check', ring: true });
      } finally {
        await popup.detach();
      }
      await page.close();
    });
  }
});

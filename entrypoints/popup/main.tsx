/**
 * The toolbar popup: the current tab's verdict, "check this page" (any site: the click on the
 * toolbar grants activeTab), show/hide the panel, the dashboard, and the settings.
 */
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { translator, uiLang, type Translate } from '../../components/i18n.ts';
import { localeTable } from '../../components/locale-tables.ts';
import { loadSettings, saveSettings } from '../../components/settings.ts';
import type { Language, Settings } from '../../components/settings-read.ts';
import { requestTab, tabState } from '../../components/run-on-tab.ts';
import type { TabState } from '../../components/messages.ts';
import { cannotRunKey } from '../../components/pdf-tab.ts';
import { FILE_FAILURE_KEY } from '../../components/file-read.ts';

const DASHBOARD = '/dashboard.html' as const;
/** the manifest's command that shows the panel and moves the focus into it (wxt.config.ts, background.ts) */
const FOCUS_COMMAND = 'focus-panel';

/** The tab the popup acts on: the active tab of the window it was opened from (its address: activeTab). */
async function currentTab(): Promise<{ id: number | null; url: string | null }> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return { id: tab?.id ?? null, url: tab?.url ?? null };
}

function statusLine(t: Translate, s: TabState | null): { text: string; tone: '' | 'ok' | 'bad' } {
  if (!s || s.status === 'idle') return { text: t('popupNotChecked'), tone: '' };
  if (s.status === 'turned-away') return { text: t('popupTurnedAway'), tone: '' };
  if (s.status === 'not-report') return { text: t('notReport'), tone: '' };
  // a PDF in Chromium's viewer: a check reads the file (entrypoints/content/lens.tsx readPdfTab)
  if (s.status === 'pdf') return { text: s.pdfUnread ? t(FILE_FAILURE_KEY[s.pdfUnread]) : t('pdfPageOffer'), tone: '' };
  if (s.verdict === 'problems') return { text: t('verdictProblems', s.problems ?? 0), tone: 'bad' };
  // the tables read, the text not yet: never "一致" before it is
  if (s.textChecking) return { text: t('verdictChecking'), tone: '' };
  if (s.verdict === 'ok') return { text: t('verdictOk'), tone: 'ok' };
  return { text: t(s.verdict === 'partial' ? 'verdictPartial' : 'verdictUnchecked'), tone: '' };
}

function Popup() {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [tabId, setTabId] = useState<number | null>(null);
  const [tabUrl, setTabUrl] = useState<string | null>(null);
  const [state, setState] = useState<TabState | null>(null);
  // the tab's state is asked after the settings: until it answers the popup says nothing of the tab.
  // It said "此页尚未检查" meanwhile (the state it had not yet asked for), on a loaded machine for a
  // visible moment on a checked page, and a click on 检查此页 then fell on a button still disabled
  const [known, setKnown] = useState(false);
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState(false);
  /** the keyboard's command's shortcut as the browser has it ('' when none is set: another extension took it) */
  const [shortcut, setShortcut] = useState<string | null>(null);

  useEffect(() => {
    void (async () => {
      setSettings(await loadSettings());
      const { id, url } = await currentTab();
      setTabId(id);
      setTabUrl(url);
      if (id !== null) setState(await tabState(id).catch(() => null));
      setKnown(true);
    })();
    void browser.commands.getAll().then((all) => setShortcut(all.find((c) => c.name === FOCUS_COMMAND)?.shortcut ?? ''), () => {});
  }, []);

  if (!settings) return null;
  const t = translator(localeTable(settings.language));
  document.documentElement.lang = uiLang(settings.language);
  document.title = t('extName');
  // no script of ours runs in Firefox's PDF viewer, nor on a local file the browser keeps from us:
  // each is said for what it is, not as "a browser page"
  const line = failed ? { text: t(cannotRunKey(tabUrl)), tone: '' as const } : known ? statusLine(t, state) : { text: '', tone: '' as const };

  const act = async (type: 'nianbao-lens/run' | 'nianbao-lens/toggle-panel'): Promise<void> => {
    if (tabId === null || busy) return;
    setBusy(true);
    try {
      const next = await requestTab(tabId, { type });
      // 显示面板: the panel has the focus (lens.tsx); the popup goes, so that the keyboard is in the panel, not here
      if (type === 'nianbao-lens/toggle-panel' && next.panel) return window.close();
      setState(next);
      setFailed(false);
    } catch {
      setFailed(true);
    } finally {
      setBusy(false);
    }
  };
  const update = async (patch: Partial<Omit<Settings, 'version'>>): Promise<void> => setSettings(await saveSettings(patch));

  return (
    <>
      <h1>{t('extName')}</h1>
      <p class={`status ${line.tone}`} role="status" data-status={known ? (state?.status ?? 'idle') : 'asking'} aria-busy={known ? undefined : 'true'}>
        {line.text}
        {state?.status === 'turned-away' && <span class="who">{t('popupTurnedAwayHint')}</span>}
        {state?.agency && (
          <span class="who">
            {state.agency}
            {state.year !== null ? ` · ${t('yearLabel', state.year)}` : ''}
          </span>
        )}
      </p>
      <div class="actions">
        {/* aria-disabled while a request runs, not disabled: a disabled button loses the focus, which fell to <body> (ux62) */}
        <button class="primary" id="check" disabled={tabId === null} aria-disabled={busy ? 'true' : undefined} onClick={() => void act('nianbao-lens/run')}>
          {t('popupCheckPage')}
        </button>
        <button id="toggle" disabled={tabId === null} aria-disabled={busy ? 'true' : undefined} onClick={() => void act('nianbao-lens/toggle-panel')}>
          {state?.panel ? t('popupHidePanel') : t('popupShowPanel')}
        </button>
        <button id="dashboard" onClick={() => void browser.tabs.create({ url: browser.runtime.getURL(DASHBOARD) })}>
          {t('popupDashboard')}
        </button>
      </div>
      {shortcut !== null && (
        <p class="shortcut" id="shortcut">
          {shortcut ? t('popupShortcut', shortcut) : t('popupShortcutNone')}
        </p>
      )}
      <fieldset>
        <legend>{t('popupSettings')}</legend>
        <label>
          <input type="checkbox" id="auto-run" checked={settings.autoRun} onChange={(e) => void update({ autoRun: e.currentTarget.checked })} />
          {t('settingAutoRun')}
        </label>
        <label>
          <input type="checkbox" id="auto-save" checked={settings.autoSave} onChange={(e) => void update({ autoSave: e.currentTarget.checked })} />
          {t('collectSettingAutoSave')}
        </label>
        <label>
          {t('settingLanguage')}
          <select id="language" value={settings.language} onChange={(e) => void update({ language: e.currentTarget.value as Language })}>
            <option value="auto">{t('languageAuto')}</option>
            <option value="zh_CN">中文</option>
            <option value="en">English</option>
          </select>
        </label>
      </fieldset>
    </>
  );
}

render(<Popup />, document.getElementById('app')!);

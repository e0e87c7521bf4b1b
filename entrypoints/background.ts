/**
 * The toolbar badge: the number of inconsistencies the content script found on a tab's report.
 * The popup, context menu and on-demand runs arrive with the overlay issue (#4).
 */
export default defineBackground(() => {
  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    const m = message as { type?: string; problems?: number };
    const tabId = sender.tab?.id;
    if (m?.type !== 'nianbao-lens/analysis' || tabId === undefined || typeof m.problems !== 'number') return;
    void browser.action.setBadgeText({ tabId, text: m.problems > 0 ? String(m.problems) : '✓' });
    void browser.action.setBadgeBackgroundColor({ tabId, color: m.problems > 0 ? '#c62828' : '#2e7d32' });
  });
});

/**
 * Runs the core on government portals at document idle and reports the count of
 * inconsistencies to the background, which shows it on the toolbar badge. The panel, the
 * highlights and on-demand runs arrive with the overlay issue (#4). Never breaks the page: any
 * error stays here.
 */
import { analyzeDocument } from '../lib/analyze.ts';

export default defineContentScript({
  matches: ['*://*.gov.cn/*'],
  runAt: 'document_idle',
  main() {
    try {
      const report = analyzeDocument(document, { url: location.href });
      if (!report.isReport) return;
      const problems = report.findings.filter((f) => f.severity === 'error' || f.severity === 'warning').length;
      void browser.runtime.sendMessage({ type: 'nianbao-lens/analysis', problems }).catch(() => {});
    } catch {
      // the page must never see our exceptions
    }
  },
});

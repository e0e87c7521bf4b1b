/**
 * The content script's side of the collection: it never touches storage itself, it asks the
 * background (the single writer) to save or look up its page. Type-only imports of the records:
 * the schemas (zod) stay out of the content script.
 */
import { browser } from 'wxt/browser';
import type { ReportAnalysis } from '../../lib/report/schema.ts';
import type { SaveInput } from '../../lib/collect/record.ts';
import type { ReportPage } from '../../lib/collect/report-page.ts';
import type { CollectPageState, CollectReply, CollectRequest } from '../messages.ts';

async function ask<T>(request: CollectRequest): Promise<T> {
  const reply = (await browser.runtime.sendMessage(request)) as CollectReply<T> | undefined;
  if (!reply) throw new Error('no answer from the background');
  if (!reply.ok) throw new Error(reply.error);
  return reply.value;
}

/**
 * What the background saves: the report under its own page (lib/collect/report-page.ts: a frame's
 * report under the frame's address), titled as the report names itself, else as its page does.
 */
export function saveInputOf(report: ReportAnalysis, page: ReportPage): SaveInput {
  return { url: page.url, title: report.title ?? page.title, site: page.site, report };
}

/**
 * Save the page and say how it stands: `auto` for auto-save, which leaves a page the user forgot
 * (不再保存) unsaved; without it the panel's 保存, which saves it and takes it off that list.
 */
export function savePage(report: ReportAnalysis, page: ReportPage, auto = false): Promise<CollectPageState> {
  return ask<CollectPageState>({ type: 'nianbao-lens/collect', op: 'page-save', input: saveInputOf(report, page), auto });
}

/** How the page stands in the collection, without saving it (auto-save off). */
export function lookUpPage(page: ReportPage): Promise<CollectPageState> {
  return ask<CollectPageState>({ type: 'nianbao-lens/collect', op: 'page-lookup', url: page.url });
}

/** 不再保存: the page's record is removed, and auto-save does not keep it again until 保存. */
export async function forgetPage(id: string): Promise<void> {
  await ask<void>({ type: 'nianbao-lens/collect', op: 'call', method: 'forget', args: [id] });
}

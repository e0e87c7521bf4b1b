/**
 * The content script's side of the collection: it never touches storage itself, it asks the
 * background (the single writer) to save or look up its page. Type-only imports of the records:
 * the schemas (zod) stay out of the content script.
 */
import { browser } from 'wxt/browser';
import type { ReportAnalysis } from '../../lib/report/schema.ts';
import type { SaveInput } from '../../lib/collect/record.ts';
import type { CollectPageState, CollectReply, CollectRequest } from '../messages.ts';

async function ask<T>(request: CollectRequest): Promise<T> {
  const reply = (await browser.runtime.sendMessage(request)) as CollectReply<T> | undefined;
  if (!reply) throw new Error('no answer from the background');
  if (!reply.ok) throw new Error(reply.error);
  return reply.value;
}

export function saveInputOf(report: ReportAnalysis, url = location.href): SaveInput {
  return { url, title: report.title ?? (document.title || null), site: location.hostname, report };
}

/** Save the page (auto-save on, or the panel's 保存) and say how it stands. */
export function savePage(report: ReportAnalysis): Promise<CollectPageState> {
  return ask<CollectPageState>({ type: 'nianbao-lens/collect', op: 'page-save', input: saveInputOf(report) });
}

/** How the page stands in the collection, without saving it (auto-save off). */
export function lookUpPage(url = location.href): Promise<CollectPageState> {
  return ask<CollectPageState>({ type: 'nianbao-lens/collect', op: 'page-lookup', url });
}

/** 不再保存: the page's record is removed from the collection. */
export async function forgetPage(id: string): Promise<void> {
  await ask<void>({ type: 'nianbao-lens/collect', op: 'call', method: 'remove', args: [id] });
}

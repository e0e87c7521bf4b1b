/**
 * Where the narrative stage's built script (entrypoints/content-prose.ts) leaves it: constants and
 * types only, so that the lens, which imports this, does not pull the narrative's code in.
 */
import type { TablesStage } from '../lib/analyze-tables.ts';
import type { ReportAnalysis } from '../lib/report/schema.ts';

export const PROSE_GLOBAL = '__nianbaoProse';
/** The stage's file in the built extension (an unlisted script, web-accessible on *.gov.cn). */
export const PROSE_FILE = '/content-prose.js';

export interface ProseModule {
  /** lib/analyze.ts completeAnalysis: the narrative stage on the tables' stage */
  completeAnalysis(stage: TablesStage): ReportAnalysis;
}

/**
 * The narrative stage (lib/narrative: the text's own sums and shares, the text against the tables;
 * two thirds of the core's code), apart from the lens: the lens shows the panel with the tables'
 * findings while this file loads, then completes the analysis with it (components/prose-module.ts).
 * It leaves the stage on the isolated world's global object, whether it ran as a module (the lens's
 * import) or as a script (injected with the lens on a manual run: components/run-on-tab.ts).
 */
import { completeAnalysis } from '../lib/analyze.ts';
import { PROSE_GLOBAL, type ProseModule } from '../components/prose-global.ts';

export default defineUnlistedScript(() => {
  const module: ProseModule = { completeAnalysis };
  (globalThis as { [PROSE_GLOBAL]?: ProseModule })[PROSE_GLOBAL] = module;
});

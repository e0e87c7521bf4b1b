/**
 * The share of a whole-fixture property test's cases that a run takes. These files (the property project,
 * vitest.config.ts) cross every fixture page with every variant of it, and the products had grown with the
 * fixtures past what CI's 15 minutes hold: the project took 596 s of CI's 884 s at stop 53, beside the end-to-end
 * tests on a machine of two cores. A run takes a fixed share of each product, chosen so that every page meets an
 * equal share of the variants and every variant an equal share of the pages: case (page i, variant k) when
 * (i + k) % SHARE is 0, the same cases every run (a failure names its page and variant, and reproduces).
 * `NIANBAO_PROPERTY=all` runs every case: run it so when a change touches what these files guard (the parser and
 * its DOM, the grid, the page walk, the suspect), and before a session's last CI (docs/testing.md).
 */
export const ALL_CASES = process.env.NIANBAO_PROPERTY === 'all';

/**
 * One case in SHARE. A half (sessions 53–54) had grown with the fixtures past the end-to-end tests beside it: at
 * session 55 the project ended ~30 s after them on a quiet machine, 178 s after under load (e2e 806 s, property
 * 984 s: page-text 372 s, perturb 273, invariance 185). A third keeps every variant kind, each over a third of the
 * pages (session 55, ci66).
 */
export const SHARE = 3;

/** Whether case (page, variant) is in this run: every case under NIANBAO_PROPERTY=all, else one in `of`. */
export function inShare(page: number, variant: number, of = SHARE): boolean {
  return ALL_CASES || (page + variant) % of === 0;
}

/**
 * The share of a whole-fixture property test's cases that a run takes. These files (the property project,
 * vitest.config.ts) cross every fixture page with every variant of it, and the products had grown with the
 * fixtures past what CI's 15 minutes hold: the project took 596 s of CI's 884 s at stop 53, beside the end-to-end
 * tests on a machine of two cores. A run takes a fixed share of each product, chosen so that every page meets an
 * equal share of the variants and every variant an equal share of the pages: case (page i, variant k) when
 * (i + k) % of is 0, the same cases every run (a failure names its page and variant, and reproduces).
 * `NIANBAO_PROPERTY=all` runs every case: run it so when a change touches what these files guard (the parser and
 * its DOM, the grid, the page walk, the suspect), and before a session's last CI (docs/testing.md).
 */
export const ALL_CASES = process.env.NIANBAO_PROPERTY === 'all';

/** Whether case (page, variant) is in this run: every case under NIANBAO_PROPERTY=all, else one in `of`. */
export function inShare(page: number, variant: number, of: number): boolean {
  return ALL_CASES || (page + variant) % of === 0;
}

/** The mapping stage's info findings: what it could not read is said, never guessed. */
import type { Finding } from '../types.ts';

export function unmapped(table: number, row: number, message: string, col = 0): Finding {
  return { rule: 'map.unmapped', severity: 'info', message, cells: [{ table, row, col }], suspect: null, quote: null };
}

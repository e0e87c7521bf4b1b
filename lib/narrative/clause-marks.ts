/**
 * A ，-clause's marks and the clause a figure stands in (split from figures-in-text.ts, which re-exports them, when txt93's
 * afterTable brought it past 400 lines).
 */
import type { TextFigure } from './figures-in-text.ts';

/**
 * Is the code unit one of ，,；;：:。, the marks a ，-clause ends at? (By code unit: a pattern tested
 * on each character stepped over, as the callers step back one at a time, cost a string and a match a step.)
 */
export function isClauseMark(c: number): boolean {
  switch (c) {
    case 0xff0c: case 0x2c: case 0xff1b: case 0x3b: case 0xff1a: case 0x3a: case 0x3002:
      return true;
    default:
      return false;
  }
}

/** The clause (between ，；： marks) a figure stands in, up to the figure's end. */
export function clauseBefore(text: string, f: TextFigure): string {
  let i = f.start;
  while (i > 0 && !isClauseMark(text.charCodeAt(i - 1))) i--;
  return text.slice(i, f.end);
}

/** What the tables' findings' wording tests share (table-finding-words.test.ts, fixture-wording.test.ts). */
export const HAN = /\p{Script=Han}/u;

/** The English text with every page label (a string argument holding Han) taken out: what is left has no Han. */
export function outsideLabels(text: string, args: readonly (string | number)[]): string {
  let rest = text;
  for (const a of [...args].filter((x): x is string => typeof x === 'string' && HAN.test(x)).sort((x, y) => y.length - x.length)) rest = rest.split(a).join('');
  return rest;
}

/**
 * A stable, readable order for figure names (spec/check-json.md "Figure names"): table 二, 三, 四,
 * then anything else; inside a table, rows in the order of the national template (国办 2019 格式),
 * then columns in template order. Names this list does not know keep a place after the known ones,
 * in code unit order, so that a name the core adds later never makes the order depend on input.
 */

const TABLE_ORDER = ['t2', 't3', 't4'];

// 表三 rows, in the order they stand in the template; items in their group's order.
const T3_ROW_ORDER = ['new', 'carried', 'granted', 'partial', 'denied', 'unable', 'notProcessed', 'other', 'processed', 'carriedForward'];
const T3_ITEM_ORDER = [
  'secret', 'lawForbidden', 'threeSecurity', 'thirdParty', 'internal', 'process', 'enforcement', 'query',
  'noInfo', 'needCreate', 'unclear',
  'petition', 'repeat', 'publication', 'massive', 'confirm',
  'overdueCorrection', 'overdueFee', 'otherOther',
];
const T3_COLUMN_ORDER = ['natural', 'commercial', 'research', 'social', 'legal', 'otherOrg', 'orgSubtotal', 'otherApplicant', 'total'];

const T4_ROW_ORDER = ['review', 'suitDirect', 'suitAfterReview'];
const T4_COLUMN_ORDER = ['upheld', 'corrected', 'other', 'pending', 'total'];

const T2_ROW_ORDER = ['regulations', 'normativeDocs', 'license', 'otherServices', 'penalty', 'enforcement', 'fees', 'procurement'];
const T2_COLUMN_ORDER = [
  'newMade', 'newPublished', 'abolished', 'inForce', 'totalPublic', 'prevYear', 'itemCount', 'change', 'decisions',
  'feeAmount', 'procurementCount', 'procurementAmount',
];

function rank(list: readonly string[], key: string | undefined): number {
  if (key === undefined) return -1; // a group's own row (e.g. t3.denied.total) before its items
  const i = list.indexOf(key);
  return i < 0 ? list.length : i;
}

/** [table, row, item, column] ranks; unknown parts rank after known ones. */
function sortKey(name: string): number[] {
  const parts = name.split('.');
  const table = parts[0] ?? '';
  const col = parts.length >= 3 ? parts[parts.length - 1] : undefined;
  const row = parts[1];
  const item = parts.length >= 4 ? parts[2] : undefined;
  const t = rank(TABLE_ORDER, table);
  if (table === 't3') return [t, rank(T3_ROW_ORDER, row), rank(T3_ITEM_ORDER, item), rank(T3_COLUMN_ORDER, col)];
  if (table === 't4') return [t, rank(T4_ROW_ORDER, row), -1, rank(T4_COLUMN_ORDER, col)];
  if (table === 't2') return [t, rank(T2_ROW_ORDER, row), -1, rank(T2_COLUMN_ORDER, col)];
  return [t];
}

/**
 * Keys of the names seen, so that a sort of a report's ~250 names splits each name once, not at every
 * comparison (the batch checker's output sorted each report's figures at ~5% of its run). The names come
 * from the core's fixed vocabulary; the cap only guards a run that meets endless unknown ones.
 */
const KEYS = new Map<string, number[]>();
const KEYS_CAP = 4096;

function keyOf(name: string): number[] {
  let k = KEYS.get(name);
  if (k === undefined) {
    if (KEYS.size >= KEYS_CAP) KEYS.clear();
    k = sortKey(name);
    KEYS.set(name, k);
  }
  return k;
}

export function compareFigureNames(a: string, b: string): number {
  const ka = keyOf(a);
  const kb = keyOf(b);
  for (let i = 0; i < Math.max(ka.length, kb.length); i++) {
    const d = (ka[i] ?? -1) - (kb[i] ?? -1);
    if (d !== 0) return d;
  }
  return a < b ? -1 : a > b ? 1 : 0;
}

export function sortFigureNames(names: Iterable<string>): string[] {
  return [...names].sort(compareFigureNames);
}

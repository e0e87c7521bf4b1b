/**
 * The collection's storage keys and layout version (store.ts describes each key). Kept apart from
 * the store, without zod, so that the dashboard's first chunk can read the index and watch the
 * collection without loading the schemas.
 */

export const REPORT_PREFIX = 'report:';
export const QUARANTINE_PREFIX = 'quarantine:';
export const SCHEMA_KEY = 'collection:schema';
export const QUARANTINE_LIST_KEY = 'collection:quarantine';
export const FORGOTTEN_KEY = 'collection:forgotten';

/**
 * The collection's layout: 2 since records carry revisions and body keys (v1 → v2 in
 * lib/collect/migrate.ts); 3 since records are stored as JSON text (stored-value.ts), the index as
 * text buckets (summary-index.ts) and the quarantine's keys in a list; 4 since records are v3 (their
 * cells' notes known or said unknown, body keys derived again: a 区政府办公室's own report stored
 * under its government's key keys as the office) and the index says which carry-over rows are not
 * plain counts; 5 since body keys are derived again once more (lib/collect/migrate.ts rekeyed: a body
 * under a unit whose name starts with a unit's character, 济南市市中区, 宁波市镇海区, was keyed apart from
 * its other years' pages); 6 since regions are derived again too (a 市场监督管理局 under its city, "济南市
 * 市场监督管理局", had the region "济南市市", which disagreed with the "济南市" of its pages read after det63).
 * An older layout is migrated by the store when it opens: every record read, the older ones written back,
 * the index rebuilt, once.
 */
export const COLLECTION_SCHEMA = 6;

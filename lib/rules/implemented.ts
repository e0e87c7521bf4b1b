/**
 * Finding ids the core raises today. The fixture runner uses it to tell an expected finding of a
 * rule not built yet (a todo) from a miss (a failure).
 */
import { OTHER_FINDING_IDS, ruleIds } from './registry.ts';

export const IMPLEMENTED_FINDING_IDS: ReadonlySet<string> = new Set<string>([...ruleIds(), ...OTHER_FINDING_IDS]);

/**
 * en63: a hand sample of every text-note code en63 added (lib/narrative/note-words-skips.ts: the reasons of the claims
 * not judged), each built as its reader builds it (skip-words.test.ts; text-finding-words.test.ts counts them among
 * every code's samples).
 */
import { labelPart, part, said } from '../../lib/narrative/note-words.ts';
import type { NotePart } from '../../lib/types.ts';

const label = (s: string) => labelPart(s) as NotePart;
const reading = (l: string, v: number) => part('reading', label(l), v);
const notEqual = (n: string, ...rs: NotePart[]) => part('notEqual', n, part('semis', ...rs));

export const EN63_SAMPLES: NotePart[] = [
  said('noTable', label('表三“本年新收”')).note!,
  said('noTable', label('表四两类行政诉讼“总计”之和')).note!,
  said('partOfApps', notEqual('30', reading('表三“予以公开”', 32))).note!,
  said('otherTable3', '45件', notEqual('45', reading('表三“本年新收”', 42), reading('表三“本年新收”与“上年结转”之和', 46))).note!,
  said('partsShort', '50', '件', '62件').note!,
  said('partsPeers', '12', '条', part('peersBefore'), '20').note!,
  said('partsPeers', '12', '件', part('peersQizhong'), '20').note!,
  said('rateCarriedOn', part('t3DivSum', 88, 62, 4), '133.3', '办结率', '100%').note!,
];

/**
 * A 其他 item that is the rest of the item right before it, not of the whole: "政策解读30条，其他解读材料20条"
 * (rt43 left it: "全年主动公开信息1200条，其中政务动态700条，通知公告400条；政策解读30条，其他解读材料20条" read as
 * a list closed by 其他 and run on over its ；, an error on 1150 against 1200 where a reader sees a short list
 * and beside it the interpretations, in two kinds). Such an item does not close the whole's list
 * (parts-sum.ts closesList reads 其他 alone): the list is as open as it was before it.
 */
import { cmpDec, sumDec } from './decimal.ts';
import { closesList } from './parts-sum.ts';
import type { TextFigure } from './figures-in-text.ts';

/** Words too general to tie a 其他 item to the one before ("其他信息" after "政务信息" closes the list still). */
const GENERAL = /信息|事项|内容|方面|公开|类|其他|其它|情况|工作|数|条目|文件|申请|组织|人员|单位|结果|处理|方式|形式|情形|渠道|途径|等|政府|部门/;

/** The words an item names, list marks and 其他 off. */
function nameOf(label: string): string {
  return label.replace(/^[、，,；;\s]+/, '').replace(/^(?:其中|包括|以及|及|和|另有|还有)[：:，,\s]*/, '').replace(/[\s：:]/g, '');
}

/** Whether the 其他 item `label` names a kind (two characters at least, not a general word) that the item before it names. */
export function otherOfItsKind(label: string, before: string | undefined): boolean {
  if (before === undefined) return false;
  const m = /^其[他它](.+)$/.exec(nameOf(label));
  if (!m) return false;
  // (the word right after 其他, two characters, not a general one: "其他解读材料" → 解读; "其他方式公开…" names none)
  const head = m[1]!.slice(0, 2);
  if (head.length < 2 || GENERAL.test(head)) return false;
  return nameOf(before).includes(head);
}

/** closesList, but not for a 其他 item that is the rest of the item before it in `parts`. */
export function closesListAmong(parts: readonly { f: TextFigure }[]): (label: string) => boolean {
  return (label) => {
    if (!closesList(label)) return false;
    const k = parts.findIndex((p) => p.f.label === label);
    return !(k > 0 && otherOfItsKind(label, parts[k - 1]!.f.label));
  };
}

/**
 * Why a list over its whole is no finding when it ends on a 其他 item that is the rest of the item before it,
 * and the items before that 其他 add up to the whole exactly ("其中…政策解读80条，其他解读材料20条" over 1200
 * by the 20): the interpretations may be counted beside the list. Null otherwise.
 */
export function otherOfKindAtEnd(parts: readonly { f: TextFigure }[], whole: TextFigure): string | null {
  const last = parts[parts.length - 1];
  if (parts.length < 3 || !last || !otherOfItsKind(last.f.label, parts[parts.length - 2]!.f.label)) return null;
  if (cmpDec(sumDec(parts.slice(0, -1).map((p) => p.f.value)), whole.value) !== 0) return null;
  return `所列各项之和大于总数${whole.raw}，但末项“${last.f.label.replace(/^[、，,；;\s]+/, '')}${last.f.raw}”是前一项同类中的其他，此前各项恰为总数，不作判断`;
}

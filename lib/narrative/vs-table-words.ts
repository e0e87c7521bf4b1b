/**
 * The words text-vs-table.ts reads around a figure before it compares it with the tables: the rest of
 * a count ("其余…均已办结"), a result answered after its name, a suit's instance, cases carried into a
 * 复议/诉讼 sentence, a rate, and a result listed beside the closed count. Apart from the comparison so
 * that each reads on its own (and text-vs-table.ts stays one screenful of readings).
 */
import { CARRIED_SOURCE } from './period.ts';

/** The rest of a count, named as such before its figure ("其余50件"), and answered after it ("均已办结"). */
export const REST = /^(?:其余|剩余|余下)(?:的)?$/;
/** The results of table 三 whose answer may be named after them: "予以公开答复32件" (hunt47, a real 2022 区 report). */
export const RESULT_ANSWERED = new Set(['granted', 'partial', 'denied', 'unable', 'notProcessed', 'other']);
/** A suit's instance: what is said of it may be one instance's, not the case's as table 四 counts it. */
export const INSTANCE = /[一二]审|上诉|再审|终审|发回重审|重审/;
export const REST_DONE = /^(?:件)?(?:申请)?(?:均|全部|都)?(?:已经?|已)?(?:依法|按时|按期)?(?:办结|答复完毕|答复|办理完毕)/;
/** …after "除N件…外" setting apart those still open (结转, 正在办理): not the rest of a subset ("予以公开32件，除3件外，其余29件…"). */
export const EXCEPT_OPEN = /除[^，,；;。]*(?:结转|转入|顺延|正在办理|尚在|仍在|未办结|办理中|答复期限内)[^，,；;。]*外[，,]?\s*(?:其余|剩余|余下)(?:的)?$/;

/** Cases carried from last year, in a sentence on 复议 or 诉讼: "上年结转行政复议1件". */
export const CARRIED_CASES = new RegExp(`${CARRIED_SOURCE}|上年度?(?:未审结|未结)`);

/** A rate: "平均每月收到7件", "月均受理7件", "每季度办理20件余". */
export const PER_PERIOD = /平均|[日月周年]均|每(?:个)?(?:月|周|天|日|年|季度?|件|人)/;

/** A result 、-listed right after the closed count, its peer: "办结60件、不予处理3件", "办结60件、另不予处理3件" (rt60). */
export const RESULT_BESIDE = /^[\s]*(?:、|[，,]\s*另(?:有)?)\s*(?:[^，,；;。、\d]{0,6}?)(予以公开|同意公开|部分公开|不予公开|无法提供|不予处理|其他处理|撤回|转办|告知)/u;

/**
 * Where the page's hover tooltip stands (session.tsx listenForHover): beside the marked element, in the top frame's
 * viewport. Out of session.tsx (ux62), which had grown past 400 lines.
 */
import type { Tooltip } from '../../components/panel.tsx';
import { ATTR, type PageMarks } from '../../components/page-marks.ts';
import type { ReportPlace } from '../../components/report-frames.ts';

/** The tooltip beside a marked element, in the top frame's viewport (a frame's content box offsets it). */
export function tooltipFor(el: Element, marks: PageMarks, frame: ReportPlace<unknown>['frame']): Tooltip {
  const r = el.getBoundingClientRect();
  const f = frame?.getBoundingClientRect();
  const dx = f ? f.left + frame!.clientLeft : 0;
  const dy = f ? f.top + frame!.clientTop : 0;
  const above = r.bottom + dy + 160 > window.innerHeight;
  return {
    x: Math.max(8, Math.min(r.left + dx, window.innerWidth - 348)),
    y: above ? r.top + dy - 6 : r.bottom + dy + 6,
    above,
    suspect: el.getAttribute(ATTR) === 'suspect',
    findings: marks.findingsAt(el),
    cell: { top: r.top + dy, bottom: r.bottom + dy },
  };
}

/**
 * The reader's place in the panel when it folds to its badge (ux90; moved from panel.tsx): opened again, its list
 * stands where the reader left it, the focus on the control it had.
 */

/** Where the reader was in the panel when it folded: its content's scroll, and the control with the focus (its index). */
export interface Place {
  scrollTop: number;
  focus: number;
}

/** The content's scroll and the focused control's index among the panel's buttons (-1: none of them). */
export function placeOf(panel: HTMLElement | null): Place | null {
  const content = panel?.querySelector<HTMLElement>('.content');
  if (!panel || !content) return null;
  const active = (panel.getRootNode() as Document | ShadowRoot).activeElement;
  return { scrollTop: content.scrollTop, focus: Array.from(panel.querySelectorAll('button')).indexOf(active as HTMLButtonElement) };
}

/** The list's scroll as it was (`place`); the focus on the control it had (`back`), else on the panel's first control. */
export function placeBack(panel: HTMLElement, place: Place | null, back: boolean): void {
  const content = panel.querySelector<HTMLElement>('.content');
  if (content && place) content.scrollTop = place.scrollTop;
  const buttons = panel.querySelectorAll<HTMLElement>('button');
  const to = (back && place && place.focus >= 0 ? buttons[place.focus] : undefined) ?? buttons[0];
  // not scrolled to: the list stands where it was put back, the page where the jump took it
  to?.focus({ preventScroll: true });
}

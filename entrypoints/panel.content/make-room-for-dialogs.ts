import { isShown } from '../../adapters/insert-text';

type Saved = Record<'margin' | 'maxWidth', [value: string, priority: string]>;

/** The outermost fixed-position box around `element` (itself included): the layer the dialog floats in. */
function fixedLayer(element: Element): HTMLElement | null {
  const win = element.ownerDocument.defaultView!;
  let layer: HTMLElement | null = null;
  for (let el: Element | null = element; el && el !== element.ownerDocument.documentElement; el = el.parentElement) {
    if (el instanceof win.HTMLElement && win.getComputedStyle(el).position === 'fixed') layer = el;
  }
  return layer;
}

/**
 * While the panel is open, a dialog of the page that opens under it (Jira's board issue modal,
 * ServiceNow's GlideModal) is given room: the page's margin (push-page.ts) does not move fixed-position
 * layers, so the layer holding the dialog gets the same margin on the panel's side and a width that leaves
 * the panel free; a centred dialog re-centres in the remaining space. Undone when the dialog closes and
 * when the panel collapses. The layer's inline styles are the only ones touched, and are restored.
 */
export function makeRoomForDialogs(
  doc: Document,
  selectors: readonly string[],
  width: number,
  side: 'left' | 'right',
): () => void {
  const win = doc.defaultView!;
  const margin = `margin-${side}`;
  const adjusted = new Map<HTMLElement, Saved>();
  const save = (el: HTMLElement, property: string): [string, string] => [
    el.style.getPropertyValue(property),
    el.style.getPropertyPriority(property),
  ];
  const restore = (el: HTMLElement, property: string, [value, priority]: [string, string]): void => {
    if (value) el.style.setProperty(property, value, priority);
    else el.style.removeProperty(property);
  };
  const underPanel = (el: HTMLElement): boolean => {
    const box = el.getBoundingClientRect();
    return side === 'right' ? box.right > win.innerWidth - width : box.left < width;
  };
  const update = (): void => {
    const open = new Set<HTMLElement>();
    for (const dialog of doc.querySelectorAll(selectors.join(','))) {
      const layer = isShown(dialog) ? fixedLayer(dialog) : null;
      if (layer && (adjusted.has(layer) || underPanel(layer))) open.add(layer);
    }
    for (const [layer, saved] of adjusted) {
      if (open.has(layer)) continue;
      restore(layer, margin, saved.margin);
      restore(layer, 'max-width', saved.maxWidth);
      adjusted.delete(layer);
    }
    for (const layer of open) {
      if (adjusted.has(layer)) continue;
      adjusted.set(layer, { margin: save(layer, margin), maxWidth: save(layer, 'max-width') });
      layer.style.setProperty(margin, `${width}px`, 'important');
      layer.style.setProperty('max-width', `calc(100% - ${width}px)`, 'important');
    }
  };
  // Dialogs open by insertion or by a class / style / attribute change; one look per frame at most.
  let frame = 0;
  const observer = new win.MutationObserver(() => {
    if (!frame) frame = win.requestAnimationFrame(() => ((frame = 0), update()));
  });
  observer.observe(doc.body ?? doc.documentElement, {
    childList: true,
    subtree: true,
    attributes: true,
    attributeFilter: ['class', 'style', 'hidden', 'open', 'aria-hidden'],
  });
  update();
  return () => {
    observer.disconnect();
    if (frame) win.cancelAnimationFrame(frame);
    for (const [layer, saved] of adjusted) {
      restore(layer, margin, saved.margin);
      restore(layer, 'max-width', saved.maxWidth);
    }
    adjusted.clear();
  };
}

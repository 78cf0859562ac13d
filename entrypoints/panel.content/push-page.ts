/**
 * While the panel is open, the page gets a margin of the panel's width on the panel's side, so the
 * ticket's own fields reflow into the remaining space instead of sitting under the panel (ServiceNow
 * forms and Jira issue views both lay out in normal flow). Collapsed, the page gets its margin back.
 * The only change we make to the host page's styles; undone on unmount.
 */
export function pushPage(doc: Document, width: number | null, side: 'left' | 'right' = 'right'): () => void {
  const html = doc.documentElement;
  const property = `margin-${side}`;
  const previous = html.style.getPropertyValue(property);
  const priority = html.style.getPropertyPriority(property);
  if (width !== null) html.style.setProperty(property, `${width}px`, 'important');
  return () => {
    if (previous) html.style.setProperty(property, previous, priority);
    else html.style.removeProperty(property);
  };
}

/**
 * While the panel is open, the page gets a right margin of the panel's width, so the ticket's own
 * fields reflow into the remaining space instead of sitting under the panel (ServiceNow forms and
 * Jira issue views both lay out in normal flow). Collapsed, the page gets its margin back.
 * The only change we make to the host page's styles; undone on unmount.
 */
export function pushPage(doc: Document, width: number | null): () => void {
  const html = doc.documentElement;
  const previous = html.style.getPropertyValue('margin-right');
  const priority = html.style.getPropertyPriority('margin-right');
  if (width !== null) html.style.setProperty('margin-right', `${width}px`, 'important');
  return () => {
    if (previous) html.style.setProperty('margin-right', previous, priority);
    else html.style.removeProperty('margin-right');
  };
}

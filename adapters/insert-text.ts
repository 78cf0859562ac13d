/**
 * Appends text to a textarea through the browser's editing path, so that the page's own listeners
 * (AngularJS ng-model, React) see an `input` event and undo keeps working. A bare `.value =` would
 * be invisible to them. Like fregante/text-field-edit.
 */
export function appendToTextarea(field: HTMLTextAreaElement, text: string): void {
  const doc = field.ownerDocument;
  const separator = field.value && !field.value.endsWith('\n') ? '\n\n' : field.value ? '\n' : '';
  const insertion = separator + text;
  field.focus();
  field.setSelectionRange(field.value.length, field.value.length);
  const before = field.value;
  // execCommand is deprecated but remains the only way to insert with undo history in Chromium and Firefox;
  // where a document lacks it, the value setter below still reaches the page's listeners.
  const inserted =
    typeof doc.execCommand === 'function' && doc.execCommand('insertText', false, insertion) && field.value !== before;
  if (!inserted) {
    const setter = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(field), 'value')?.set;
    if (setter) setter.call(field, before + insertion);
    else field.value = before + insertion;
    field.dispatchEvent(new Event('input', { bubbles: true }));
  }
  field.dispatchEvent(new Event('change', { bubbles: true }));
}

/** Visible = laid out: the hidden journal containers stay in the DOM with display:none. */
export function isShown(element: Element): boolean {
  return element.getClientRects().length > 0;
}

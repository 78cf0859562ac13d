import type { InsertResult } from '../../lib/tickets/ticket';
import type { WorkNote } from '../../lib/tickets/work-note';
import { noteForServiceNow } from '../../lib/tickets/work-note-markup';
import { composedAncestors, deepQueryAll } from '../deep-query';
import { appendToTextarea, isShown } from '../insert-text';
import { waitFor } from '../wait-for';
import { activeCompose } from './read-workspace';
import { workspaceCompose as compose } from './selectors';
import type { RecordRoute } from './variants';

const refuse = (reason: string): InsertResult => ({ ok: false, reason });

/**
 * Which journal a shown input belongs to: the journal `name`s on its way up to the compose host; none, or
 * both (a Comments wrapper around a Work notes input), is not proved.
 */
function journalOf(input: Element, host: Element): string | null {
  const ancestors = composedAncestors(input);
  const names = new Set(
    [input, ...ancestors.slice(0, ancestors.indexOf(host))]
      .map((e) => e.getAttribute('name'))
      .filter((n) => n === compose.workNotes || n === compose.comments),
  );
  return names.size === 1 ? [...names][0]! : null;
}

const shownInputs = (host: Element): Element[] =>
  host.shadowRoot ? deepQueryAll(host.shadowRoot, compose.input).filter(isShown) : [];

/** The one shown Work notes input of this compose box, or null. */
function workNotesInput(host: Element): Element | null {
  const inputs = shownInputs(host).filter((i) => journalOf(i, host) === compose.workNotes);
  return inputs.length === 1 ? inputs[0]! : null;
}

const tabsOf = (host: Element): HTMLElement[] =>
  host.shadowRoot ? (deepQueryAll(host.shadowRoot, compose.tab).filter(isShown) as HTMLElement[]) : [];

const isSelected = (tab: Element): boolean => tab.matches(compose.selectedTab);

/**
 * Tab layout: the selected tab must show Work notes. Newer builds name it (`data-itemid`); older ones are
 * tried tab by tab (never Email), each checked by the control it renders. Labels are never read.
 */
async function selectWorkNotesTab(host: Element): Promise<Element | null> {
  const tabs = tabsOf(host);
  const named = tabs.filter((t) => t.getAttribute(compose.itemId) === compose.workNotes);
  const candidates = named.length ? named : tabs.filter((t) => !t.hasAttribute(compose.itemId) && !isSelected(t));
  for (const tab of candidates) {
    if (tab.getAttribute(compose.itemId) === compose.email) continue;
    if (!isSelected(tab)) tab.click();
    // The component may re-render its tabs: the check reads the tab selected now, not the one clicked.
    const input = await waitFor(() => selectedTabAgrees(host) && workNotesInput(host), 1000);
    if (input) return input;
  }
  return null;
}

/** The selected tab, if any, must not be known as another journal. */
function selectedTabAgrees(host: Element): boolean {
  const selected = tabsOf(host).filter(isSelected);
  if (!selected.length) return tabsOf(host).length === 0; // stacked layout: no tabs at all
  const id = selected.length === 1 ? selected[0]!.getAttribute(compose.itemId) : compose.comments;
  return id === null || id === compose.workNotes;
}

/**
 * now-textarea keeps its state from the textarea's `input` and blur listeners only: the text goes in
 * through the editing path (a composed `input` event), then the field is blurred so VALUE_SET fires.
 */
function writeThrough(textarea: HTMLTextAreaElement, text: string): void {
  appendToTextarea(textarea, text);
  // Focus may not have landed (the window in the background): the component still needs its blur.
  if (textarea.matches(':focus')) textarea.blur();
  else textarea.dispatchEvent(new FocusEvent('blur'));
}

/**
 * Fills the Work notes input of the compose box of the record in the active workspace tab, switching
 * from Comments first where the box has tabs. Refuses whenever a step cannot be proved. Never posts.
 */
export async function insertWorkspaceNote(doc: Document, route: RecordRoute, note: WorkNote): Promise<InsertResult> {
  const host = activeCompose(doc, route);
  if (!host) return refuse('No single compose box is shown for this record, so nothing was written.');
  const tabbed = tabsOf(host).length > 0;
  const input =
    (!tabbed || selectedTabAgrees(host) ? workNotesInput(host) : null) ??
    (tabbed ? await selectWorkNotesTab(host) : null);
  if (!input || !selectedTabAgrees(host)) {
    return refuse('Could not show the Work notes input of this record, so nothing was written.');
  }
  if (!(input instanceof doc.defaultView!.HTMLTextAreaElement)) {
    return refuse('Work notes use the rich-text editor here, which Runbook Lens does not write into.');
  }
  const text = noteForServiceNow(note);
  writeThrough(input, text);
  if (workNotesInput(host) !== input || !input.value.endsWith(text)) {
    return refuse('The Work notes input changed while writing; check the draft before posting.');
  }
  return { ok: true, target: 'Work notes' };
}

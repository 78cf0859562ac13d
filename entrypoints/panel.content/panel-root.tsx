import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { browser } from 'wxt/browser';
import { Panel, type Library } from '../../components/panel';
import type { InsertNote } from '../../components/note-actions';
import type { InsertReply } from '../../lib/messages';
import type { WorkNote } from '../../lib/work-note';
import { pushPage } from './push-page';
import { useTabTicket } from './use-tab-ticket';

/** Mounts nothing until a frame reports a ticket: no panel on lists, dashboards or boards. */
export function PanelRoot({ library }: { library: Library }) {
  const current = useTabTicket();
  const [shortcut, setShortcut] = useState('');
  useEffect(() => {
    browser.runtime
      .sendMessage({ type: 'get-shortcut' })
      .then((s) => typeof s === 'string' && setShortcut(s))
      .catch(() => {});
  }, []);
  const frameId = current?.frameId;
  const canInsert = current?.ticket.noteTarget != null;
  const insert: InsertNote = useMemo(
    () =>
      frameId === undefined || !canInsert
        ? null
        : (note: WorkNote) =>
            browser.runtime.sendMessage({ type: 'insert-note', frameId, note }) as Promise<InsertReply>,
    [frameId, canInsert],
  );
  const undo = useRef<(() => void) | null>(null);
  const onLayout = useCallback((width: number | null) => {
    undo.current?.();
    undo.current = pushPage(document, width);
  }, []);
  const hasTicket = current !== null;
  useEffect(() => {
    if (!hasTicket) {
      undo.current?.();
      undo.current = null;
    }
  }, [hasTicket]);
  if (!current) return null;
  return <Panel library={library} ticket={current.ticket} insert={insert} shortcut={shortcut} onLayout={onLayout} />;
}

import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { sendMessage } from '../../services/messaging';
import { Panel } from '../../components/panel';
import type { RemoteLibrary } from '../../services/library/remote-library';
import type { InsertNote } from '../../components/note-actions';
import { useEffective, type LoadedEffective } from '../../components/hooks/use-effective';
import type { WorkNote } from '../../lib/tickets/work-note';
import { activeSite, showsPacks, switchesOf } from '../../services/settings/site-of-url';
import { PAGE_DIALOGS } from '../../adapters/dialogs';
import { makeRoomForDialogs } from './make-room-for-dialogs';
import { pushPage } from './push-page';
import { insertWorkspaceNote } from '../../adapters/servicenow/insert-workspace-note';
import { workspaceRecord } from '../../adapters/servicenow/variants';
import type { TabTickets } from './tab-tickets';
import { useTabTicket } from './use-tab-ticket';
import { useRemoteLibrary } from './use-remote-library';
import { useToggleShortcut } from './use-toggle-shortcut';

/**
 * Mounted (by index.tsx) only while a frame reports a ticket: no host on lists, dashboards or boards. Follows the
 * stored packs (library) and settings (side, default state, site switched off) while the page is open.
 */
export function PanelRoot(props: { tickets: TabTickets; library: RemoteLibrary; initialSettings: LoadedEffective }) {
  const library = useRemoteLibrary(props.library);
  const effective = useEffective(props.initialSettings) ?? props.initialSettings;
  const side = effective.settings.panel.side;
  const current = useTabTicket(props.tickets);
  const shortcutPresses = useToggleShortcut();
  // The background picks the library by the page (packs on the organization's sites only): when the
  // settings move this page in or out, what the panel was sent is asked for again.
  const withPacks = showsPacks(new URL(location.href), switchesOf(effective));
  const packsShown = useRef(withPacks);
  const summary = current?.ticket.summary ?? null;
  useEffect(() => {
    if (packsShown.current === withPacks) return;
    packsShown.current = withPacks;
    props.library.reset(summary);
  }, [withPacks, summary, props.library]);
  const [shortcut, setShortcut] = useState('');
  useEffect(() => {
    sendMessage({ type: 'get-shortcut' })
      .then((s) => typeof s === 'string' && setShortcut(s))
      .catch(() => {});
  }, []);
  const frameId = current?.frameId;
  const canInsert = current?.ticket.noteTarget != null;
  const insert: InsertNote = useMemo(
    () =>
      frameId === undefined || !canInsert
        ? null
        : (note: WorkNote) => {
            // A workspace record is in this (top) frame: its compose box is written from here.
            const record = frameId === 0 ? workspaceRecord(new URL(location.href)) : null;
            return record
              ? insertWorkspaceNote(document, record, note)
              : sendMessage({ type: 'insert-note', frameId, note });
          },
    [frameId, canInsert],
  );
  const undo = useRef<(() => void) | null>(null);
  const site = current?.ticket.site;
  const onLayout = useCallback(
    (width: number | null) => {
      undo.current?.();
      const unpush = pushPage(document, width, side);
      const unroom = width !== null && site ? makeRoomForDialogs(document, PAGE_DIALOGS[site], width, side) : null;
      undo.current = () => {
        unpush();
        unroom?.();
      };
    },
    [side, site],
  );
  const enabled = activeSite(new URL(location.href), switchesOf(effective)) !== null;
  const hasTicket = current !== null && enabled;
  // The host is removed when the ticket goes: the page gets its width back then too.
  useEffect(() => () => undo.current?.(), []);
  useEffect(() => {
    if (!hasTicket) {
      undo.current?.();
      undo.current = null;
    }
  }, [hasTicket]);
  if (!current || !enabled) return null;
  return (
    <Panel
      library={library}
      ticket={current.ticket}
      insert={insert}
      shortcut={shortcut}
      focusRequests={shortcutPresses}
      onLayout={onLayout}
      side={side}
      defaultState={effective.settings.panel.defaultState}
      orgValues={effective.settings.orgValues}
      learningSettings={effective.settings.learning}
      origin={location.origin}
    />
  );
}

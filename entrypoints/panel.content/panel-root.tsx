import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { sendMessage } from '../../services/messaging';
import { useLibrary } from '../../components/hooks/use-library';
import { Panel } from '../../components/panel';
import type { Library } from '../../services/library/build-library';
import type { InsertNote } from '../../components/note-actions';
import { useEffective, type LoadedEffective } from '../../components/hooks/use-effective';
import type { WorkNote } from '../../lib/tickets/work-note';
import { activeSite, showsPacks, switchesOf } from '../../services/settings/site-of-url';
import { PAGE_DIALOGS } from '../../adapters/dialogs';
import { makeRoomForDialogs } from './make-room-for-dialogs';
import { pushPage } from './push-page';
import { useTabTicket } from './use-tab-ticket';
import { useToggleShortcut } from './use-toggle-shortcut';

/**
 * Mounts nothing until a frame reports a ticket: no panel on lists, dashboards or boards. Follows the
 * stored packs (library) and settings (side, default state, site switched off) while the page is open.
 */
export function PanelRoot(props: { initialLibrary: Library; initialSettings: LoadedEffective }) {
  const effective = useEffective(props.initialSettings) ?? props.initialSettings;
  const library = useLibrary(props.initialLibrary, showsPacks(new URL(location.href), switchesOf(effective)));
  const side = effective.settings.panel.side;
  const current = useTabTicket();
  const shortcutPresses = useToggleShortcut();
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
        : (note: WorkNote) => sendMessage({ type: 'insert-note', frameId, note }),
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

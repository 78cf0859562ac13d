import { useState } from 'react';
import { sendMessage } from '../../services/messaging';
import { diffPack } from '../../lib/packs/pack-diff';
import type { StoredPack } from '../../lib/packs/pack-schema';
import { applyPending, dismissPending, removePack, setPackEnabled } from '../../lib/packs/pack-store';
import { BUNDLED_IDS } from '../../services/library/bundled-ids';
import { PackPreview } from './pack-preview';

const when = (ms: number | undefined): string => (ms ? new Date(ms).toLocaleString() : 'never');

/** One stored pack: on/off, remove, its origin and refresh state, and a staged update to review. */
export function PackCard({
  pack,
  change,
}: {
  pack: StoredPack;
  change: (fn: (packs: StoredPack[]) => StoredPack[]) => void;
}) {
  const [reviewing, setReviewing] = useState(false);
  const [busy, setBusy] = useState(false);
  const source = pack.source;
  const managed = source.kind === 'url' && source.managed;
  const refresh = async (): Promise<void> => {
    setBusy(true);
    await sendMessage({ type: 'refresh-packs', id: pack.id }).catch(() => {});
    setBusy(false);
  };
  return (
    <li className="pack" data-testid="pack" data-pack-name={pack.name} data-enabled={String(pack.enabled)}>
      <div className="row">
        <label>
          <input
            type="checkbox"
            data-testid="pack-enabled"
            checked={pack.enabled}
            disabled={managed}
            onChange={(e) => {
              const on = e.target.checked;
              change((list) => setPackEnabled(list, pack.id, on));
            }}
          />{' '}
          <strong>{pack.name}</strong>
          {pack.version && <span className="hint"> {pack.version}</span>}
        </label>
        <span className="hint">
          {pack.runbooks.length} runbook(s)
          {pack.queries?.length ? `, related queries for ${pack.queries.length}` : ''}
        </span>
        {managed ? (
          <span className="locked" data-testid="locked">
            🔒 Set by your organization
          </span>
        ) : (
          <button type="button" data-testid="pack-remove" onClick={() => change((list) => removePack(list, pack.id))}>
            Remove
          </button>
        )}
      </div>
      <p className="hint">
        {source.kind === 'file' ? `Imported from ${source.fileName}` : `Subscribed to ${source.url}`} · updated{' '}
        {when(pack.updatedAt)}
        {source.kind === 'url' && ` · checked ${when(source.checkedAt)}`}
      </p>
      {source.kind === 'url' && (
        <div className="row">
          <button type="button" data-testid="pack-refresh" disabled={busy} onClick={() => void refresh()}>
            {busy ? 'Checking…' : 'Check for updates'}
          </button>
          {source.error && (
            <span className="error" data-testid="pack-source-error">
              Last check: {source.error}. The version in use is kept.
            </span>
          )}
        </div>
      )}
      {pack.pending && !reviewing && (
        <p className="notice">
          A new version is ready{pack.pending.version ? ` (${pack.pending.version})` : ''}.{' '}
          <button type="button" data-testid="pack-review" onClick={() => setReviewing(true)}>
            Review update
          </button>
        </p>
      )}
      {pack.pending && reviewing && (
        <PackPreview
          title={`Update: ${pack.pending.name}`}
          diff={diffPack(pack.runbooks, pack.pending.runbooks, BUNDLED_IDS)}
          warnings={[]}
          confirmLabel="Apply update"
          onConfirm={() => {
            change((list) => applyPending(list, pack.id, Date.now()));
            setReviewing(false);
          }}
          onCancel={() => {
            change((list) => dismissPending(list, pack.id));
            setReviewing(false);
          }}
        />
      )}
    </li>
  );
}

import type { DiffEntry, PackDiff } from '../../lib/packs/pack-diff';
import type { AddedQueries } from '../../lib/packs/pack-schema';
import type { PackProblem } from '../../lib/packs/pack-validate';

const GROUPS: readonly (readonly [keyof PackDiff, string])[] = [
  ['added', 'Adds'],
  ['replaced', 'Replaces bundled runbooks'],
  ['updated', 'Updates'],
  ['removed', 'Removes'],
  ['unchanged', 'Unchanged'],
];

function Group({ kind, label, entries }: { kind: keyof PackDiff; label: string; entries: readonly DiffEntry[] }) {
  if (entries.length === 0) return null;
  return (
    <div className={`diff diff-${kind}`}>
      <h4>
        {label} ({entries.length})
      </h4>
      <ul>
        {entries.map((e) => (
          <li key={e.id} data-testid={`preview-${kind}`} data-runbook-id={e.id}>
            {e.title} <code>{e.id}</code>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** What a pack version would change, before it takes effect: confirm or cancel. */
export function PackPreview(props: {
  title: string;
  diff: PackDiff;
  warnings: readonly PackProblem[];
  /** Related queries the pack adds to runbooks (a learned-queries export, say). */
  queries?: readonly AddedQueries[] | undefined;
  confirmLabel: string;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  return (
    <div className="pack-preview" role="region" aria-label="Pack preview" data-testid="pack-preview">
      <h3>{props.title}</h3>
      {GROUPS.map(([kind, label]) => (
        <Group key={kind} kind={kind} label={label} entries={props.diff[kind]} />
      ))}
      {props.queries && props.queries.length > 0 && (
        <div className="diff diff-queries">
          <h4>Adds related queries ({props.queries.reduce((n, q) => n + q.add.length, 0)})</h4>
          <ul>
            {props.queries.map((q) => (
              <li key={q.runbook} data-testid="preview-queries" data-runbook-id={q.runbook}>
                <code>{q.runbook}</code>: {q.add.join(' · ')}
              </li>
            ))}
          </ul>
        </div>
      )}
      {props.warnings.length > 0 && (
        <details>
          <summary>{props.warnings.length} warning(s)</summary>
          <ul>
            {props.warnings.map((w, i) => (
              <li key={i}>
                <code>{w.path}</code>: {w.message}
              </li>
            ))}
          </ul>
        </details>
      )}
      <div className="row">
        <button type="button" className="primary" data-testid="pack-confirm" onClick={props.onConfirm}>
          {props.confirmLabel}
        </button>
        <button type="button" data-testid="pack-cancel" onClick={props.onCancel}>
          Cancel
        </button>
      </div>
    </div>
  );
}

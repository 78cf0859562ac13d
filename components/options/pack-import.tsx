import { useState } from 'react';
import { diffPack, type PackDiff } from '../../lib/pack-diff';
import type { PackSource, StoredPack } from '../../lib/pack-schema';
import { acceptPack, updateTarget } from '../../lib/pack-store';
import { isPackUrl } from '../../lib/policy';
import { validatePackText, type PackProblem, type ValidPack } from '../../lib/pack-validate';
import { isoDay } from '../../lib/review-age';
import { BUNDLED_IDS } from '../library/bundled-ids';
import { fetchPack } from '../packs/fetch-pack';
import { updatePacks } from '../packs/stored-packs';
import { PackErrors } from './pack-errors';
import { PackPreview } from './pack-preview';

type State =
  | { kind: 'idle'; message: string }
  | { kind: 'busy' }
  | { kind: 'invalid'; label: string; errors: PackProblem[] }
  | { kind: 'preview'; pack: ValidPack; source: PackSource; diff: PackDiff; warnings: PackProblem[]; update: boolean };

const tooBig = (file: string): PackProblem[] => [
  { file, path: '(file)', message: 'is larger than the 2 MB a pack may have' },
];

/**
 * Import a pack file or subscribe to a pack URL. Whatever comes in is validated whole; a valid pack is
 * previewed against the version in use and only stored on confirmation. A refused pack changes nothing.
 */
export function PackImport({ packs }: { packs: readonly StoredPack[] }) {
  const [state, setState] = useState<State>({ kind: 'idle', message: '' });
  const [url, setUrl] = useState('');

  const check = (text: string, label: string, source: PackSource): void => {
    const result = validatePackText(text, label, { bundledIds: BUNDLED_IDS, today: isoDay(Date.now()) });
    if (!result.ok) {
      setState({ kind: 'invalid', label, errors: result.errors });
      return;
    }
    const target = updateTarget(packs, result.pack, source);
    const diff = diffPack(target?.runbooks ?? null, result.pack.runbooks, BUNDLED_IDS);
    setState({ kind: 'preview', pack: result.pack, source, diff, warnings: result.warnings, update: target !== null });
  };

  const onFile = async (file: File): Promise<void> => {
    // Checked before reading: a huge file is refused without loading it.
    if (file.size > 8_000_000) return setState({ kind: 'invalid', label: file.name, errors: tooBig(file.name) });
    setState({ kind: 'busy' });
    check(await file.text(), file.name, { kind: 'file', fileName: file.name });
  };

  const onSubscribe = async (): Promise<void> => {
    const address = url.trim();
    if (!isPackUrl(address))
      return setState({
        kind: 'invalid',
        label: address,
        errors: [{ file: address, path: '(url)', message: 'must be an https:// URL' }],
      });
    setState({ kind: 'busy' });
    const outcome = await fetchPack(address, {});
    if (outcome.kind !== 'fetched') {
      const message = outcome.kind === 'failed' ? outcome.message : 'answered 304 without a version';
      return setState({ kind: 'invalid', label: address, errors: [{ file: address, path: '(url)', message }] });
    }
    const { etag, lastModified } = outcome;
    check(outcome.text, address, {
      kind: 'url',
      url: address,
      managed: false,
      ...(etag ? { etag } : {}),
      ...(lastModified ? { lastModified } : {}),
    });
  };

  const confirm = async (pack: ValidPack, source: PackSource): Promise<void> => {
    await updatePacks((list) => acceptPack(list, pack, source, `${source.kind}:${crypto.randomUUID()}`, Date.now()));
    setUrl('');
    setState({ kind: 'idle', message: `“${pack.name}” is in use: ${pack.runbooks.length} runbook(s).` });
  };

  return (
    <div className="pack-import">
      <div className="row">
        <label>
          Import a pack file (JSON or YAML){' '}
          <input
            type="file"
            data-testid="pack-file"
            accept=".json,.yaml,.yml,application/json,application/yaml,text/yaml"
            onChange={(e) => {
              const file = e.target.files?.[0];
              e.target.value = '';
              if (file) void onFile(file);
            }}
          />
        </label>
      </div>
      <form
        className="row"
        onSubmit={(e) => {
          e.preventDefault();
          void onSubscribe();
        }}
      >
        <label>
          Subscribe to a pack URL{' '}
          <input
            type="url"
            data-testid="pack-url"
            value={url}
            placeholder="https://…/pack.json"
            onChange={(e) => setUrl(e.target.value)}
          />
        </label>
        <button type="submit" data-testid="pack-subscribe">
          Check pack
        </button>
      </form>
      {state.kind === 'busy' && <p role="status">Checking the pack…</p>}
      {state.kind === 'idle' && state.message && (
        <p role="status" data-testid="pack-message">
          {state.message}
        </p>
      )}
      {state.kind === 'invalid' && (
        <PackErrors
          title={`Pack refused: ${state.errors.length} problem(s). Nothing was changed.`}
          errors={state.errors}
        />
      )}
      {state.kind === 'preview' && (
        <PackPreview
          title={`${state.update ? 'Update' : 'New pack'}: ${state.pack.name}${state.pack.version ? ` ${state.pack.version}` : ''}`}
          diff={state.diff}
          warnings={state.warnings}
          confirmLabel={state.update ? 'Apply update' : 'Add pack'}
          onConfirm={() => void confirm(state.pack, state.source)}
          onCancel={() => setState({ kind: 'idle', message: 'Cancelled: nothing was changed.' })}
        />
      )}
    </div>
  );
}

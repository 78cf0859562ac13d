import { useState } from 'react';
import { diffPack, type PackDiff } from '../../lib/packs/pack-diff';
import { PACK_MAX_BYTES, PACK_TOO_LARGE, type PackSource, type StoredPack } from '../../lib/packs/pack-schema';
import { acceptPack, isManaged, updateTarget } from '../../lib/packs/pack-store';
import { isPackUrl } from '../../lib/settings/policy';
import { validatePackFiles } from '../../lib/packs/pack-files';
import { validatePackText, type PackProblem, type PackResult, type ValidPack } from '../../lib/packs/pack-validate';
import { isoDay } from '../../lib/runbooks/review-age';
import { BUNDLED_IDS } from '../../services/library/bundled-ids';
import { fetchPack } from '../../services/packs/fetch-pack';
import { filesFromFolder, filesFromZip, folderName, type ReadFiles } from '../../services/packs/read-pack-files';
import { updatePacks } from '../../services/packs/stored-packs';
import { PackErrors } from './pack-errors';
import { PackPreview } from './pack-preview';

type State =
  | { kind: 'idle'; message: string }
  | { kind: 'busy' }
  | { kind: 'invalid'; label: string; errors: PackProblem[] }
  | { kind: 'preview'; pack: ValidPack; source: PackSource; diff: PackDiff; warnings: PackProblem[]; update: boolean };

const checkOptions = () => ({ bundledIds: BUNDLED_IDS, today: isoDay(Date.now()) });

const tooBig = (file: string): PackProblem[] => [{ file, path: '(file)', message: PACK_TOO_LARGE }];

/**
 * Import a pack file or subscribe to a pack URL. Whatever comes in is validated whole; a valid pack is
 * previewed against the version in use and only stored on confirmation. A refused pack changes nothing.
 */
export function PackImport({ packs }: { packs: readonly StoredPack[] }) {
  const [state, setState] = useState<State>({ kind: 'idle', message: '' });
  const [url, setUrl] = useState('');

  const show = (result: PackResult, label: string, source: PackSource): void => {
    if (!result.ok) {
      setState({ kind: 'invalid', label, errors: result.errors });
      return;
    }
    const target = updateTarget(packs, result.pack, source);
    const diff = diffPack(target?.runbooks ?? null, result.pack.runbooks, BUNDLED_IDS);
    setState({ kind: 'preview', pack: result.pack, source, diff, warnings: result.warnings, update: target !== null });
  };
  const check = (text: string, label: string, source: PackSource): void =>
    show(validatePackText(text, label, checkOptions()), label, source);
  const checkFiles = (read: ReadFiles, label: string): void =>
    read.ok
      ? show(validatePackFiles(read.files, label, checkOptions()), label, { kind: 'file', fileName: label })
      : setState({ kind: 'invalid', label, errors: read.errors });

  const onFile = async (file: File): Promise<void> => {
    // Checked before reading: a huge file is refused without loading it.
    if (file.size > PACK_MAX_BYTES) return setState({ kind: 'invalid', label: file.name, errors: tooBig(file.name) });
    setState({ kind: 'busy' });
    if (/\.zip$/i.test(file.name))
      return checkFiles(filesFromZip(new Uint8Array(await file.arrayBuffer()), file.name), file.name);
    check(await file.text(), file.name, { kind: 'file', fileName: file.name });
  };

  const onFolder = async (list: File[]): Promise<void> => {
    setState({ kind: 'busy' });
    checkFiles(await filesFromFolder(list), folderName(list));
  };

  const onSubscribe = async (): Promise<void> => {
    const address = url.trim();
    if (!isPackUrl(address))
      return setState({
        kind: 'invalid',
        label: address,
        errors: [{ file: address, path: '(url)', message: 'must be an https:// URL' }],
      });
    const managed = packs.find((p) => p.source.kind === 'url' && p.source.url === address && isManaged(p));
    if (managed)
      return setState({
        kind: 'idle',
        message: `“${managed.name}” is set by your organization's policy and already in use; it updates itself.`,
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
    const added = pack.queries?.reduce((n, q) => n + q.add.length, 0) ?? 0;
    const queries = added ? `, ${added} added related quer${added === 1 ? 'y' : 'ies'}` : '';
    setState({ kind: 'idle', message: `“${pack.name}” is in use: ${pack.runbooks.length} runbook(s)${queries}.` });
  };

  return (
    <div className="pack-import">
      <div className="row">
        <label>
          Import a pack file (JSON, YAML, or a ZIP of runbook files){' '}
          <input
            type="file"
            data-testid="pack-file"
            accept=".json,.yaml,.yml,.zip,application/json,application/yaml,text/yaml,application/zip"
            onChange={(e) => {
              const file = e.target.files?.[0];
              e.target.value = '';
              if (file) void onFile(file);
            }}
          />
        </label>
        <label>
          or a folder of runbook files{' '}
          <input
            type="file"
            data-testid="pack-folder"
            // React passes unknown lower-case attributes through: the folder picker of Chromium and Firefox.
            {...{ webkitdirectory: '' }}
            onChange={(e) => {
              const list = [...(e.target.files ?? [])];
              e.target.value = '';
              if (list.length) void onFolder(list);
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
          queries={state.pack.queries}
          confirmLabel={state.update ? 'Apply update' : 'Add pack'}
          onConfirm={() => void confirm(state.pack, state.source)}
          onCancel={() => setState({ kind: 'idle', message: 'Cancelled: nothing was changed.' })}
        />
      )}
    </div>
  );
}

import { useState } from 'react';
import { forgetExample } from '../../lib/learning/example-store';
import { exampleKey } from '../../lib/learning/learned-example';
import { learnedPack } from '../../lib/learning/export-pack';
import { retain } from '../../lib/learning/retention';
import { isoDay } from '../../lib/runbooks/review-age';
import type { Effective } from '../../lib/settings/policy';
import { LEARNING_LIMITS, type LearningSettings, type Settings } from '../../lib/settings/settings';
import type { Library } from '../../services/library/build-library';
import { forgetLearning, retentionOf } from '../../services/learning/learning-store';
import { learnedExamples } from '../../services/storage/items';
import { useStored } from '../hooks/use-stored';
import { download } from './download';
import { GapReport } from './gap-report';
import { Locked } from './locked';
import { NumberSetting } from './number-setting';

/** Examples listed at once; the count and the exports cover all of them. */
const LISTED = 200;

/**
 * What the panel learned from this browser's agents: the switch and retention (lockable by policy),
 * the examples (forget one or all), "Export as pack" for a team lead to review and share, and the
 * knowledge-gap report.
 */
export function LearningSection(props: {
  effective: Effective;
  library: Library;
  onChange: (change: (s: Settings) => Settings) => void;
}) {
  const { settings, locks } = props.effective;
  const learning = settings.learning;
  const [stored, setStored] = useStored(learnedExamples);
  const [now] = useState(() => Date.now());
  const [message, setMessage] = useState('');
  const examples = retain(stored, retentionOf(learning), now);
  const titleOf = (id: string): string => props.library.byId.get(id)?.title ?? id;
  const set = (change: Partial<LearningSettings>): void =>
    props.onChange((s) => ({ ...s, learning: { ...s.learning, ...change } }));

  const exportPack = (): void => {
    const pack = learnedPack(examples, new Set(props.library.byId.keys()), {
      name: `Learned queries ${isoDay(now)}`,
      now,
    });
    if (pack.queries.length === 0) return setMessage('Nothing to export: no runbook was picked and used yet.');
    download(`${JSON.stringify(pack, null, 2)}\n`, `runbook-lens-learned-${isoDay(now)}.pack.json`, 'application/json');
    const added = pack.queries.reduce((n, q) => n + q.add.length, 0);
    setMessage(`Exported ${added} related quer${added === 1 ? 'y' : 'ies'} for ${pack.queries.length} runbook(s).`);
  };
  const forgetAll = async (): Promise<void> => {
    await forgetLearning();
    setMessage('Forgot every learned example and knowledge-gap record.');
  };

  return (
    <section aria-labelledby="learning-heading">
      <h2 id="learning-heading">Learning from picks</h2>
      <p className="hint">
        When the match is wrong or missing and an agent picks a runbook and uses it, the panel remembers the ticket’s
        match words (never its text) with that runbook, for this site only, and ranks it higher for similar tickets.
        “Not helpful” on an automatic match lowers it. Kept in this browser only.
      </p>
      <label className="row">
        <input
          type="checkbox"
          data-testid="learning-enabled"
          checked={learning.enabled}
          disabled={locks.learning.enabled}
          onChange={(e) => set({ enabled: e.target.checked })}
        />{' '}
        Learn from picks and keep the knowledge-gap report
        <Locked locked={locks.learning.enabled} />
      </label>
      <NumberSetting
        label="Keep for (days)"
        testId="learning-retention-days"
        value={learning.retentionDays}
        {...LEARNING_LIMITS.retentionDays}
        locked={locks.learning.retentionDays}
        onChange={(retentionDays) => set({ retentionDays })}
      />
      <NumberSetting
        label="Keep at most (examples; the oldest go first)"
        testId="learning-max-examples"
        value={learning.maxExamples}
        {...LEARNING_LIMITS.maxExamples}
        locked={locks.learning.maxExamples}
        onChange={(maxExamples) => set({ maxExamples })}
      />
      <p data-testid="learned-count">
        {examples.length} learned example{examples.length === 1 ? '' : 's'} kept.
      </p>
      {examples.length > 0 && (
        <ul className="learned-examples">
          {examples.slice(0, LISTED).map((e) => (
            <li key={exampleKey(e)} data-testid="learned-example" data-runbook-id={e.runbook}>
              <span>{e.negative ? 'Not helpful: ' : ''}</span>
              <strong>{titleOf(e.runbook)}</strong> ← “{e.terms.join(' ')}” <span className="hint">{e.origin}</span>{' '}
              <span className="hint">{isoDay(e.at)}</span>{' '}
              <button
                type="button"
                data-testid="forget-example"
                onClick={() => setStored((list) => forgetExample(list, exampleKey(e)))}
              >
                Forget
              </button>
            </li>
          ))}
        </ul>
      )}
      <div className="row">
        <button type="button" data-testid="export-learned-pack" onClick={exportPack}>
          Export as pack
        </button>{' '}
        <button type="button" data-testid="forget-learning" onClick={() => void forgetAll()}>
          Forget all
        </button>
      </div>
      <p role="status">{message}</p>
      <GapReport retention={retentionOf(learning)} titleOf={titleOf} now={now} />
    </section>
  );
}

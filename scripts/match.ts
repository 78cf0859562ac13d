// `npm run --silent match -- "<ticket text>"`: the ranked matches, best first, and whether the
// first one is confident. `--json` prints the MatchOutcome instead.
import { createMatcher } from '../lib/matching/match';
import { normaliseTicket } from '../lib/matching/normalise-ticket';
import { loadRunbooks } from './library';

const args = process.argv.slice(2);
const json = args.includes('--json');
const text = args.filter((a) => a !== '--json').join(' ');
if (!text.trim()) {
  console.error('usage: npm run --silent match -- "<ticket text>" [--json]');
  process.exit(2);
}

const runbooks = loadRunbooks();
const matcher = createMatcher(runbooks);
const outcome = matcher.match(text);

if (json) {
  console.log(JSON.stringify(outcome, null, 2));
} else {
  const { terms, codes } = normaliseTicket(text);
  console.log(`ticket: ${JSON.stringify(text)}`);
  console.log(`terms:  ${terms.join(' ') || '(none)'}${codes.length ? `   codes: ${codes.join(' ')}` : ''}`);
  const why = matcher.explain(text, 1).ticket;
  const reason = why.request
    ? ' (the ticket asks for something rather than reporting a problem)'
    : why.termCount === 0
      ? ' (nothing in the ticket to match)'
      : '';
  console.log(
    outcome.confident
      ? `CONFIDENT: ${outcome.confident.id} (score ${outcome.confident.score.toFixed(3)}, strong match)`
      : `ABSTAIN: no runbook matches with confidence${reason}` +
          (outcome.confidence === 'possible' ? ' (the first is a possible match)' : '') +
          (outcome.results.length ? '; closest candidates below' : ''),
  );
  outcome.results.forEach((r, i) => {
    const flag = i === 0 && outcome.confident ? 'confident' : '-';
    console.log(`${i + 1}. ${r.score.toFixed(3)}  ${flag.padEnd(9)}  ${r.id}  "${r.title}"  [${r.terms.join(', ')}]`);
  });
  if (outcome.results.length === 0) console.log('(no runbook shares a word or code with this ticket)');
}

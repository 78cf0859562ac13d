import { sampleRunbook } from '../library/sample-runbook';
import { HOSTILE_STRINGS } from './hostile-strings';

// A runbook pack whose every shown field carries one hostile string (hostile-strings.ts), one runbook
// per string, cut to each field's cap (lib/runbooks/runbook-schema.ts) the way a pack author would have to.

/** Field caps of the runbook schema: ShortText 300, Text 4000, command code 8000. */
const SHORT = 300;
const LONG = 4000;
const CODE = 8000;

/** Words the matcher does not know, one per runbook: searching for it finds that runbook. */
const WORDS = [
  'aardvark',
  'bandicoot',
  'capybara',
  'dugong',
  'echidna',
  'fossa',
  'gerenuk',
  'hoatzin',
  'ibex',
  'jerboa',
  'kinkajou',
  'loris',
  'margay',
  'numbat',
  'okapi',
  'pangolin',
  'quoll',
  'riflebird',
  'saola',
  'tarsier',
  'uakari',
  'vaquita',
  'wombat',
  'xenops',
  'yapok',
  'zorilla',
  'axolotl',
  'binturong',
  'coati',
  'dikdik',
  'eland',
  'fennec',
  'gharial',
  'hyrax',
  'indri',
  'jacana',
];

/**
 * Commands refuse characters that hide what they run (lib/runbooks/hidden-characters.ts; the pack
 * validator's own test covers that): the command field carries the string without them.
 */
const visible = (text: string): string =>
  text.replace(
    // eslint-disable-next-line no-control-regex -- the characters commands refuse
    /[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C\u200B-\u200D\u2060-\u2064\uFEFF\u00AD\u180E\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g,
    '',
  );

/** As the schema stores a capped, trimmed text field. */
const fit = (text: string, cap: number): string => text.slice(0, cap).trim();

export interface HostileRunbook {
  name: string;
  id: string;
  /** The search word that finds it. */
  word: string;
  /** What each field must show, as plain text. */
  expected: {
    title: string;
    overview: string;
    symptom: string;
    stepText: string;
    code: string;
    question: string;
    labels: [string, string];
    group: string;
    resource: string;
  };
  runbook: ReturnType<typeof sampleRunbook>;
}

export function hostileRunbooks(): HostileRunbook[] {
  return HOSTILE_STRINGS.map(({ name, text }, i) => {
    const word = WORDS[i]!;
    const expected: HostileRunbook['expected'] = {
      title: fit(`${word} ${text}`, SHORT),
      overview: fit(`Overview ${text}`, LONG),
      symptom: fit(`Symptom ${text}`, SHORT),
      stepText: fit(`Step ${text}`, LONG),
      code: visible(`# ${text}`).slice(0, CODE),
      question: fit(`Question ${text}`, SHORT),
      labels: [fit(`Yes ${text}`, SHORT), fit(`No ${text}`, SHORT)],
      group: fit(`Group ${text}`, SHORT),
      resource: fit(`Resource ${text}`, SHORT),
    };
    const base = sampleRunbook();
    const q1 = base.tree.nodes.q1!;
    const runbook = sampleRunbook({
      id: `hostile-${i}`,
      title: expected.title,
      overview: expected.overview,
      symptoms: [expected.symptom, 'b', 'c'],
      relatedQueries: [`${word} problem`, `${word} issue`, `${word} broken`],
      steps: base.steps.map((s, n) => (n === 0 ? { ...s, text: expected.stepText } : s)),
      commands: base.commands!.map((c, n) => (n === 0 ? { ...c, code: expected.code } : c)),
      tree: {
        ...base.tree,
        nodes: {
          ...base.tree.nodes,
          q1: {
            ...q1,
            question: expected.question,
            options: [
              { ...q1.options[0]!, label: expected.labels[0] },
              { label: expected.labels[1], outcome: { type: 'escalate', group: expected.group, reason: 'r' } },
            ],
          },
          // No link to a runbook the library lacks (the pack is checked as a whole).
          q3: {
            ...base.tree.nodes.q3!,
            options: [base.tree.nodes.q3!.options[0]!, { label: 'No', outcome: { type: 'resolved', step: 'fix' } }],
          },
        },
      },
      escalation: [{ condition: 'c1', group: expected.group }],
      related: [],
      resources: [{ title: expected.resource, url: `https://kb.example.com/hostile/${i}` }],
    });
    return { name, id: `hostile-${i}`, word, expected, runbook };
  });
}

export const HOSTILE_PACK_NAME = 'Hostile pack';

export const hostilePack = () => ({
  schemaVersion: 1,
  name: HOSTILE_PACK_NAME,
  version: '1',
  runbooks: hostileRunbooks().map((h) => h.runbook),
});

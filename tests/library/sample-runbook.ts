import type { RunbookInput } from '../../lib/runbooks/runbook-schema';

/** A small valid runbook for unit tests; tests override the fields they care about. */
export function sampleRunbook(overrides: Partial<RunbookInput> = {}): RunbookInput {
  return {
    id: 'sample-runbook',
    title: 'Sample runbook',
    area: 'endpoint',
    estimatedMinutes: { min: 5, max: 10 },
    overview: 'A runbook used by unit tests.',
    author: { name: 'Test', role: 'Tester' },
    lastReviewed: '2026-06-01',
    bestUse: ['Tests.', 'More tests.'],
    symptoms: ['a', 'b', 'c'],
    causes: ['a', 'b', 'c'],
    relatedQueries: ['q1', 'q2', 'q3', 'q4', 'q5', 'q6', 'q7', 'q8', 'q9', 'q10'],
    steps: [
      { id: 'scope', title: 'Scope', kind: 'info', adminRequired: false, text: 'Confirm.' },
      { id: 'diagnose', title: 'Diagnose', kind: 'command', adminRequired: false, text: 'Run.' },
      { id: 'careful', title: 'Careful', kind: 'warning', adminRequired: false, text: 'Approval first.' },
      {
        id: 'fix',
        title: 'Fix',
        kind: 'command',
        adminRequired: true,
        text: 'Fix it. If this does not help, escalate to Deskside Support.',
      },
    ],
    commands: [
      {
        id: 'look',
        label: 'Look',
        shell: 'powershell',
        platform: 'windows',
        effect: 'diagnostic',
        code: 'Get-Date',
        step: 'diagnose',
      },
      {
        id: 'change',
        label: 'Change',
        shell: 'powershell',
        platform: 'windows',
        effect: 'change',
        code: 'Restart-Service Spooler',
        step: 'fix',
      },
    ],
    tree: {
      start: 'q1',
      nodes: {
        q1: {
          question: 'One?',
          options: [
            { label: 'Yes', next: 'q2' },
            { label: 'No', outcome: { type: 'escalate', group: 'Deskside Support', reason: 'r' } },
          ],
        },
        q2: {
          question: 'Two?',
          options: [
            { label: 'Yes', next: 'q3' },
            { label: 'No', outcome: { type: 'resolved', step: 'fix' } },
          ],
        },
        q3: {
          question: 'Three?',
          options: [
            { label: 'Yes', outcome: { type: 'resolved', step: 'diagnose' } },
            { label: 'No', outcome: { type: 'runbook', runbook: 'other-runbook' } },
          ],
        },
      },
    },
    escalation: [
      { condition: 'c1', group: 'Deskside Support' },
      { condition: 'c2', group: 'Security Operations' },
    ],
    related: ['other-runbook'],
    ...overrides,
  };
}

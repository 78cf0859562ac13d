import { PLACEHOLDERS, placeholdersIn } from './placeholders';
import type { Command, Outcome, Runbook, TreeOption } from './runbook-schema';
import type { Problem } from './tree-checks';

/**
 * Review rules of the bundled library (issue #17): defects a reviewer found by hand and that a
 * linter can keep out. Wired into the content bar with one call (`reviewProblems`) from
 * runbook-quality.ts; packs are not held to them.
 *
 * 1. Prerequisites: Exchange Online, Microsoft Graph and SharePoint Online cmdlets connect first
 *    (in the same or an earlier command) or the command's step names the connect; Graph writes need
 *    a write scope in that connect; SPO site cmdlets say that site collection admin rights are needed.
 * 2. Two options of one question never lead to the same node or an identical outcome (same step and
 *    note, same group and reason, same runbook).
 * 3. Error codes: a code a question names is one of its options, and every code of the runbook's
 *    `errorCodes` is routed by the question that asks for codes of its kind.
 * 4. No dead end after a fix: a `resolved` outcome whose step changes something (owns a `change`
 *    command) says what to do when the fix does not help — in its note or in the step's text, a
 *    sentence with "if … not help / still / persists / fails …" that escalates or names a next step.
 * 5. Placeholders: commands carry no example values (example.com, contoso, `<Name>`, a fixed usage
 *    location); every `__NAME__` in the code is declared in `placeholders`, every declared one is used,
 *    and every name is one of the vocabulary in placeholders.ts (the panel knows how to ask for it).
 * 6. One owner per problem: an escalation (row or tree outcome) about a problem listed in
 *    PROBLEM_OWNERS goes to that problem's group in every runbook.
 */
export function reviewProblems(runbook: Runbook): Problem[] {
  return [
    ...prerequisiteProblems(runbook),
    ...sameTargetProblems(runbook),
    ...errorCodeProblems(runbook),
    ...deadEndProblems(runbook),
    ...placeholderProblems(runbook),
    ...ownerProblems(runbook),
  ];
}

// --- 1. Prerequisites -------------------------------------------------------------------------

const EXO_CMDLET =
  /\b(?:Get|Set|Add|Remove|New|Enable|Disable|Start|Search|Test)-(?:EXO\w+|Mailbox\w*|Recipient\w*|CASMailbox|MobileDevice\w*|MessageTrace\w*|InboxRule|DistributionGroup\w*|OrganizationConfig|QuarantineMessage|ManagedFolderAssistant|CalendarProcessing|TransportRule|UnifiedGroup\w*|OwaMailboxPolicy)\b/;
const GRAPH_CMDLET = /\b([A-Z][a-z]+)-(Mg(?:Beta)?\w+)\b/g;
const GRAPH_SESSION = new Set(['Connect-MgGraph', 'Disconnect-MgGraph', 'Get-MgContext']);
const SPO_CMDLET = /\b[A-Z][a-z]+-SPO\w+\b/g;
/** Site-level SPO cmdlets: Microsoft Learn asks for SharePoint admin *and* site collection admin. */
const SPO_SITE_CMDLET = /\b(?:Get|Add|Remove)-SPO(?:User|SiteGroup)\b/;
const READ_VERBS = new Set(['Get', 'Test', 'Find', 'Search', 'Connect', 'Disconnect', 'Select']);
/**
 * Delegated scopes that allow the writes the library makes (least privileged first, from each API's
 * Permissions table on learn.microsoft.com/graph/api). Unlisted write cmdlets need a scope that
 * is not read-only.
 */
const WRITE_SCOPES: Record<string, readonly string[]> = {
  'Update-MgUser': ['User.ReadWrite.All', 'Directory.ReadWrite.All'],
  'Set-MgUserLicense': ['LicenseAssignment.ReadWrite.All', 'User.ReadWrite.All', 'Directory.ReadWrite.All'],
  'Revoke-MgUserSignInSession': ['User.RevokeSessions.All', 'User.ReadWrite.All', 'Directory.ReadWrite.All'],
  'New-MgGroupMember': ['GroupMember.ReadWrite.All', 'Group.ReadWrite.All', 'Directory.ReadWrite.All'],
  'New-MgGroupMemberByRef': ['GroupMember.ReadWrite.All', 'Group.ReadWrite.All', 'Directory.ReadWrite.All'],
};
const MANAGED_DEVICE_ACTION = /^(?:Sync|Invoke|Lock|Clear|Restart|Reset)-MgDeviceManagementManagedDevice/;

function scopesOf(code: string): string[] {
  const scopes: string[] = [];
  for (const match of code.matchAll(/Connect-MgGraph\b([^\n]*)/g)) {
    for (const scope of match[1]!.matchAll(/['"]?([A-Za-z]+(?:\.[A-Za-z]+)+)['"]?/g)) scopes.push(scope[1]!);
  }
  return scopes;
}

function writeScopesFor(cmdlet: string): readonly string[] | null {
  const verb = cmdlet.split('-')[0]!;
  if (READ_VERBS.has(verb)) return null;
  if (WRITE_SCOPES[cmdlet]) return WRITE_SCOPES[cmdlet];
  if (MANAGED_DEVICE_ACTION.test(cmdlet)) return ['DeviceManagementManagedDevices.PrivilegedOperations.All'];
  if (/Authentication\w*Method/.test(cmdlet)) return ['UserAuthenticationMethod.ReadWrite.All'];
  return [];
}

function prerequisiteProblems(runbook: Runbook): Problem[] {
  const problems: Problem[] = [];
  const stepText = (command: Command): string => {
    const step = runbook.steps.find((s) => s.id === command.step);
    return step ? [step.text, ...(step.items ?? [])].join('\n') : '';
  };
  let sofar = '';
  runbook.commands.forEach((command, i) => {
    const at = `commands[${i}]`;
    sofar += `\n${command.code}`;
    const text = stepText(command);
    const named = (what: RegExp): boolean => what.test(sofar) || what.test(text);
    if (EXO_CMDLET.test(command.code) && !named(/Connect-ExchangeOnline|Exchange Management Shell/)) {
      problems.push({
        path: at,
        message:
          'uses Exchange Online cmdlets but no command connects first (Connect-ExchangeOnline) and its step does not name it',
      });
    }
    const graph = [...command.code.matchAll(GRAPH_CMDLET)].map((m) => m[0]).filter((c) => !GRAPH_SESSION.has(c));
    if (graph.length > 0) {
      if (!named(/Connect-MgGraph/)) {
        problems.push({
          path: at,
          message:
            'uses Microsoft Graph cmdlets but no command connects first (Connect-MgGraph) and its step does not name it',
        });
      } else {
        const granted = [...scopesOf(sofar), ...scopesOf(text), ...(text.match(/\b[A-Z]\w+(?:\.\w+)+\b/g) ?? [])];
        const unscoped = /Connect-MgGraph(?![^\n]*-Scopes)/.test(sofar);
        for (const cmdlet of new Set(graph)) {
          const needs = writeScopesFor(cmdlet);
          if (!needs || unscoped) continue;
          const ok =
            needs.length > 0
              ? needs.some((s) => granted.includes(s))
              : granted.some((s) => /ReadWrite|PrivilegedOperations|RevokeSessions/.test(s));
          if (!ok)
            problems.push({
              path: at,
              message: `${cmdlet} writes, but Connect-MgGraph asks only for ${granted.join(', ') || 'no scopes'}; it needs ${needs.length ? needs.join(' or ') : 'a write scope'}`,
            });
        }
      }
    }
    const spo = [...command.code.matchAll(SPO_CMDLET)].map((m) => m[0]).filter((c) => c !== 'Connect-SPOService');
    if (spo.length > 0) {
      if (!named(/Connect-SPOService/)) {
        problems.push({
          path: at,
          message:
            'uses SharePoint Online cmdlets but no command connects first (Connect-SPOService) and its step does not name it',
        });
      }
      if (SPO_SITE_CMDLET.test(command.code) && !/site (collection )?admin/i.test(text)) {
        problems.push({
          path: at,
          message: 'uses site-level SPO cmdlets; its step must say that they need site collection admin rights',
        });
      }
    }
  });
  return problems;
}

// --- 2. Two options, one destination -----------------------------------------------------------

function destination(option: TreeOption): string {
  if ('next' in option) return `node "${option.next}"`;
  const o: Outcome = option.outcome;
  if (o.type === 'resolved') return `step "${o.step}"${o.note ? ` (${o.note})` : ''}`;
  if (o.type === 'runbook') return `runbook "${o.runbook}"`;
  return `escalation to ${o.group} (${o.reason})`;
}

function sameTargetProblems(runbook: Runbook): Problem[] {
  const problems: Problem[] = [];
  for (const [id, node] of Object.entries(runbook.tree.nodes)) {
    const seen = new Map<string, number>();
    node.options.forEach((option, i) => {
      const to = destination(option);
      const first = seen.get(to);
      if (first !== undefined) {
        problems.push({
          path: `tree.nodes.${id}.options[${i}]`,
          message: `leads to the same ${to} as option ${first}: the question does not decide anything`,
        });
      } else seen.set(to, i);
    });
  }
  return problems;
}

// --- 3. Error codes ------------------------------------------------------------------------------

const CODE = /\bAADSTS\d{5,7}\b|\b(?:0x)?[0-9A-Fa-f]{8}\b/g;
const normaliseCode = (code: string): string => code.toLowerCase().replace(/^0x/, '');
/** AADSTS codes and 8-digit hex codes (HRESULTs, with or without 0x); others (1603, event 4740) are not sorted. */
const codeKind = (code: string): string | null =>
  /^aadsts\d+$/i.test(code) ? 'AADSTS' : /^(?:0x)?[0-9a-f]{8}$/i.test(code) ? 'hex' : null;
/** A hex-looking word needs a digit to be a code ("deadbeef" in prose is not). */
const codesIn = (text: string): string[] =>
  [...text.matchAll(CODE)].map((m) => m[0]).filter((c) => /^aadsts/i.test(c) || /\d/.test(c));

function errorCodeProblems(runbook: Runbook): Problem[] {
  const problems: Problem[] = [];
  const routed = new Map<string, Set<string>>();
  for (const [id, node] of Object.entries(runbook.tree.nodes)) {
    const labels = new Set(node.options.flatMap((o) => codesIn(o.label).map(normaliseCode)));
    // A yes/no question about the code ("does the error mention 0xC004F074?") routes it by its "Yes".
    const yesNo = node.options.some((o) => /^yes\b/i.test(o.label));
    for (const code of codesIn(`${node.question}\n${node.hint ?? ''}`)) {
      if (!labels.has(normaliseCode(code)) && !(yesNo && node.question.includes(code)))
        problems.push({
          path: `tree.nodes.${id}`,
          message: `names ${code} in its question or hint but no option routes it`,
        });
    }
    for (const code of labels) {
      const kind = codeKind(code);
      if (!kind) continue;
      if (!routed.has(kind)) routed.set(kind, new Set());
      routed.get(kind)!.add(code);
    }
  }
  runbook.errorCodes.forEach((code, i) => {
    const kind = codeKind(code);
    const codes = kind ? routed.get(kind) : undefined;
    if (codes && !codes.has(normaliseCode(code)))
      problems.push({
        path: `errorCodes[${i}]`,
        message: `${code} is a listed code, but the tree question that sorts ${kind} codes has no option for it`,
      });
  });
  return problems;
}

// --- 4. No dead end after a fix ------------------------------------------------------------------

/** "If this does not help, escalate to …", "if it still fails, go to …", "when it persists, hand …". */
export const FALLBACK =
  /\b(?:if|when|should)\b[^.;]*\b(?:not|n't|still|persists?|fails?|returns?|comes back|again)\b[^.;]*\b(?:escalat\w*|hand\w*|pass\w*|go to|continue|follow|runbook|raise|open)\b/i;

function deadEndProblems(runbook: Runbook): Problem[] {
  const problems: Problem[] = [];
  const changeSteps = new Set(runbook.commands.filter((c) => c.effect === 'change').map((c) => c.step));
  for (const [id, node] of Object.entries(runbook.tree.nodes)) {
    node.options.forEach((option, i) => {
      if (!('outcome' in option) || option.outcome.type !== 'resolved') return;
      const { step: stepId, note } = option.outcome;
      if (!changeSteps.has(stepId)) return;
      const step = runbook.steps.find((s) => s.id === stepId);
      const text = [note ?? '', step?.text ?? '', ...(step?.items ?? [])].join('\n');
      if (!FALLBACK.test(text))
        problems.push({
          path: `tree.nodes.${id}.options[${i}].outcome`,
          message: `ends at fix step "${stepId}", which can fail, but neither the note nor the step says where to go if it does not help`,
        });
    });
  }
  return problems;
}

// --- 5. Placeholders -----------------------------------------------------------------------------

const EXAMPLE_VALUES: readonly [RegExp, string][] = [
  [/<[A-Za-z][^<>\n]*>/, 'an angle-bracket placeholder'],
  [/\bexample\.(?:com|org|net)\b|\bexample[-.](?:okta|sharepoint|admin)|\bexample-admin\b/i, 'an example.com value'],
  [/\b(?:contoso|fabrikam)\b/i, 'a contoso/fabrikam value'],
  [/-UsageLocation\s+['"]?[A-Z]{2}\b/, 'a fixed usage location'],
  [/\bj(?:ane\.)?doe\b|\bPC-1234\b|\bLAPTOP-0123\b/i, 'a sample user or computer name'],
  [/\bExample\b|\bCorpWiFi\b|'Corp VPN'|'RuleName'/, 'a sample name'],
];

function placeholderProblems(runbook: Runbook): Problem[] {
  const problems: Problem[] = [];
  runbook.commands.forEach((command, i) => {
    const at = `commands[${i}]`;
    for (const [pattern, what] of EXAMPLE_VALUES) {
      const hit = pattern.exec(command.code);
      if (hit)
        problems.push({ path: `${at}.code`, message: `holds ${what} ("${hit[0]}"): use a __NAME__ placeholder` });
    }
    const used = new Set(placeholdersIn(command.code));
    const declared = new Set(command.placeholders);
    for (const name of declared)
      if (!(name in PLACEHOLDERS))
        problems.push({
          path: `${at}.placeholders`,
          message: `${name} is not in the vocabulary of lib/runbooks/placeholders.ts: use a listed name or add it there`,
        });
    for (const name of used)
      if (!declared.has(name))
        problems.push({ path: `${at}.placeholders`, message: `__${name}__ is used in the code but not declared` });
    for (const name of declared)
      if (!used.has(name))
        problems.push({
          path: `${at}.placeholders`,
          message: `${name} is declared but __${name}__ is not in the code`,
        });
  });
  return problems;
}

// --- 6. One owner per problem ----------------------------------------------------------------------

/**
 * Problems that more than one runbook escalates, with the group that owns them. A broken primary
 * refresh token, Entra registration or hybrid join is a device-state problem: Endpoint Engineering
 * (was Identity and Access Management in outlook-password-prompt-loop and m365-apps-unlicensed).
 */
export const PROBLEM_OWNERS: readonly { problem: RegExp; group: string }[] = [
  {
    problem: /primary refresh token|AzureAdPrt|\bPRT\b|hybrid join|device registration/i,
    group: 'Endpoint Engineering',
  },
];

function ownerProblems(runbook: Runbook): Problem[] {
  const problems: Problem[] = [];
  const check = (path: string, text: string, group: string): void => {
    for (const { problem, group: owner } of PROBLEM_OWNERS)
      if (problem.test(text) && group !== owner)
        problems.push({
          path,
          message: `escalates "${text}" to ${group}, but ${owner} owns this problem in every runbook`,
        });
  };
  runbook.escalation.forEach((e, i) => check(`escalation[${i}].group`, e.condition, e.group));
  for (const [id, node] of Object.entries(runbook.tree.nodes))
    node.options.forEach((option, i) => {
      if ('outcome' in option && option.outcome.type === 'escalate')
        check(`tree.nodes.${id}.options[${i}].outcome.group`, option.outcome.reason, option.outcome.group);
    });
  return problems;
}

import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { sampleRunbook } from '../../tests/library/sample-runbook';
import { Command, Runbook, type RunbookInput } from './runbook-schema';
import { reviewProblems } from './runbook-review-checks';

const problemsOf = (input: RunbookInput): string[] =>
  reviewProblems(Runbook.parse(input)).map((p) => `${p.path}: ${p.message}`);

type CommandInput = z.input<typeof Command>;

const command = (code: string, extra: Partial<CommandInput> = {}): CommandInput => ({
  id: 'cmd',
  label: 'Command',
  shell: 'powershell' as const,
  platform: 'windows' as const,
  effect: 'diagnostic' as const,
  code,
  step: 'diagnose',
  ...extra,
});

describe('reviewProblems', () => {
  it('accepts the sample runbook', () => {
    expect(problemsOf(sampleRunbook())).toEqual([]);
  });

  describe('prerequisites of cloud cmdlets', () => {
    it('requires Connect-ExchangeOnline before Exchange Online cmdlets, or the step naming it', () => {
      const bad = sampleRunbook({
        commands: [command("Get-MailboxPermission -Identity '__MAILBOX__'", { placeholders: ['MAILBOX'] })],
      });
      expect(problemsOf(bad).join('\n')).toMatch(
        /commands\[0\]: uses Exchange Online cmdlets but no command connects first/,
      );
      const connected = sampleRunbook({
        commands: [
          command("Connect-ExchangeOnline\nGet-MailboxPermission -Identity '__MAILBOX__'", {
            placeholders: ['MAILBOX'],
          }),
        ],
      });
      expect(problemsOf(connected)).toEqual([]);
      const named = sampleRunbook({ commands: bad.commands });
      named.steps![1]!.text = 'Connect with Connect-ExchangeOnline (ExchangeOnlineManagement module) first.';
      expect(problemsOf(named)).toEqual([]);
    });

    it('requires a write scope in Connect-MgGraph for Graph writes', () => {
      const bad = sampleRunbook({
        commands: [
          command("Connect-MgGraph -Scopes 'User.Read.All'\nGet-MgUser -UserId '__USER_UPN__'", {
            placeholders: ['USER_UPN'],
          }),
          command("Update-MgUser -UserId '__USER_UPN__' -UsageLocation '__USAGE_LOCATION__'", {
            id: 'write',
            placeholders: ['USER_UPN', 'USAGE_LOCATION'],
          }),
        ],
      });
      expect(problemsOf(bad)).toEqual([
        'commands[1]: Update-MgUser writes, but Connect-MgGraph asks only for User.Read.All; it needs User.ReadWrite.All or Directory.ReadWrite.All',
      ]);
      bad.commands![1]!.code = `Connect-MgGraph -Scopes 'User.ReadWrite.All'\n${bad.commands![1]!.code}`;
      expect(problemsOf(bad)).toEqual([]);
    });

    it('requires a Graph connect at all', () => {
      const bad = sampleRunbook({
        commands: [command('Get-MgUser -UserId __USER_UPN__', { placeholders: ['USER_UPN'] })],
      });
      expect(problemsOf(bad).join('\n')).toMatch(/uses Microsoft Graph cmdlets but no command connects first/);
    });

    it('requires Connect-SPOService and a site collection admin note for site cmdlets', () => {
      const bad = sampleRunbook({
        commands: [
          command('Get-SPOUser -Site __SITE_URL__ -LoginName __USER_UPN__', { placeholders: ['SITE_URL', 'USER_UPN'] }),
        ],
      });
      const errors = problemsOf(bad).join('\n');
      expect(errors).toMatch(/uses SharePoint Online cmdlets but no command connects first \(Connect-SPOService\)/);
      expect(errors).toMatch(/its step must say that they need site collection admin rights/);
      bad.commands![0]!.code = `Connect-SPOService -Url __SPO_ADMIN_URL__\n${bad.commands![0]!.code}`;
      bad.commands![0]!.placeholders!.push('SPO_ADMIN_URL');
      bad.steps![1]!.text = 'Needs SharePoint admin and site collection admin rights on the site.';
      expect(problemsOf(bad)).toEqual([]);
    });
  });

  it('rejects two options of one question with the same next node or an identical outcome', () => {
    const bad = sampleRunbook();
    bad.tree.nodes.q1!.options = [
      { label: 'Yes', next: 'q2' },
      { label: 'Maybe', next: 'q2' },
    ];
    bad.tree.nodes.q3!.options = [
      { label: 'Yes', outcome: { type: 'resolved', step: 'diagnose' } },
      { label: 'No', outcome: { type: 'resolved', step: 'diagnose' } },
    ];
    expect(problemsOf(bad)).toEqual([
      'tree.nodes.q1.options[1]: leads to the same node "q2" as option 0: the question does not decide anything',
      'tree.nodes.q3.options[1]: leads to the same step "diagnose" as option 0: the question does not decide anything',
    ]);
  });

  it('requires every listed error code to be routed by an option', () => {
    const bad = sampleRunbook({ errorCodes: ['AADSTS53000', 'AADSTS53002', '0x80180018', '1603'] });
    bad.tree.nodes.q1!.question = 'Which code does the page show (AADSTS53000 or AADSTS50105)?';
    bad.tree.nodes.q1!.options = [
      { label: 'AADSTS53000', next: 'q2' },
      { label: 'Another code', outcome: { type: 'escalate', group: 'Deskside Support', reason: 'r' } },
    ];
    bad.tree.nodes.q2!.question = 'Does the error mention 0x80070643?';
    expect(problemsOf(bad)).toEqual([
      'tree.nodes.q1: names AADSTS50105 in its question or hint but no option routes it',
      'errorCodes[1]: AADSTS53002 is a listed code, but the tree question that sorts AADSTS codes has no option for it',
    ]);
  });

  it('rejects a resolved outcome at a fix step that does not say where to go if it fails', () => {
    const bad = sampleRunbook();
    bad.steps![3]!.text = 'Restart the spooler.';
    expect(problemsOf(bad)).toEqual([
      'tree.nodes.q2.options[1].outcome: ends at fix step "fix", which can fail, but neither the note nor the step says where to go if it does not help',
    ]);
    bad.tree.nodes.q2!.options[1] = {
      label: 'No',
      outcome: { type: 'resolved', step: 'fix', note: 'If printing still fails, escalate to Facilities' },
    };
    expect(problemsOf(bad)).toEqual([]);
  });

  it('sends a problem with one owner to that owner in every runbook', () => {
    const bad = sampleRunbook({
      escalation: [
        { condition: 'dsregcmd shows AzureAdPrt NO on a company device.', group: 'Identity and Access Management' },
        { condition: 'c2', group: 'Security Operations' },
      ],
    });
    bad.tree.nodes.q3!.options[1] = {
      label: 'No',
      outcome: { type: 'escalate', group: 'Endpoint Engineering', reason: 'Hybrid join has not completed' },
    };
    expect(problemsOf(bad)).toEqual([
      'escalation[0].group: escalates "dsregcmd shows AzureAdPrt NO on a company device." to Identity and Access Management, but Endpoint Engineering owns this problem in every runbook',
    ]);
  });

  describe('placeholders', () => {
    it('rejects example values, angle-bracket placeholders and a fixed usage location', () => {
      const bad = sampleRunbook({
        commands: [
          command(
            'Test-NetConnection vpn.example.com\nGet-ADUser jdoe\nnet use \\\\fs01.contoso.com\\<ShareName>\nUpdate-MgUser -UsageLocation \'GB\'\nnetsh wlan show profile name="CorpWiFi"',
          ),
        ],
      });
      expect(problemsOf(bad).filter((p) => p.includes('holds'))).toEqual([
        'commands[0].code: holds an angle-bracket placeholder ("<ShareName>"): use a __NAME__ placeholder',
        'commands[0].code: holds an example.com value ("example.com"): use a __NAME__ placeholder',
        'commands[0].code: holds a contoso/fabrikam value ("contoso"): use a __NAME__ placeholder',
        'commands[0].code: holds a fixed usage location ("-UsageLocation \'GB"): use a __NAME__ placeholder',
        'commands[0].code: holds a sample user or computer name ("jdoe"): use a __NAME__ placeholder',
        'commands[0].code: holds a sample name ("CorpWiFi"): use a __NAME__ placeholder',
      ]);
    });

    it('holds placeholder names to the vocabulary of placeholders.ts', () => {
      const bad = sampleRunbook({
        commands: [command('Get-ADUser __SAM_NAME__', { placeholders: ['SAM_NAME'] })],
      });
      expect(problemsOf(bad)).toEqual([
        'commands[0].placeholders: SAM_NAME is not in the vocabulary of lib/runbooks/placeholders.ts: use a listed name or add it there',
      ]);
    });

    it('requires every __NAME__ to be declared and every declared name to be used', () => {
      const bad = sampleRunbook({
        commands: [
          command('Test-NetConnection __VPN_GATEWAY__ -Port 443', { placeholders: ['VPN_GATEWAY', 'USER_UPN'] }),
          command('Get-ADUser __USER_NAME__', { id: 'two' }),
        ],
      });
      expect(problemsOf(bad)).toEqual([
        'commands[0].placeholders: USER_UPN is declared but __USER_UPN__ is not in the code',
        'commands[1].placeholders: __USER_NAME__ is used in the code but not declared',
      ]);
    });
  });
});

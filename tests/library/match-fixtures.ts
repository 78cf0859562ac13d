import { Runbook } from '../../lib/runbooks/runbook-schema';
import { sampleRunbook } from './sample-runbook';

/** A full, schema-valid Runbook with only the fields the matcher reads set by the test. */
export function matchRunbook(
  id: string,
  title: string,
  relatedQueries: string[],
  { symptoms = ['It does not work.'], errorCodes = [] as string[] } = {},
): Runbook {
  return Runbook.parse(sampleRunbook({ id, title, relatedQueries, symptoms, errorCodes, related: [] }));
}

/** A small library with neighbours that compete (two VPN runbooks, two Outlook runbooks). */
export function fixtureLibrary(): Runbook[] {
  return [
    matchRunbook('vpn-cannot-connect', 'VPN Client Cannot Connect', [
      'vpn not connecting',
      'cant connect to vpn',
      'globalprotect not connecting',
      'vpn gateway unreachable',
    ]),
    matchRunbook('vpn-drops-frequently', 'VPN Connection Drops Frequently', [
      'vpn keeps disconnecting',
      'vpn drops every few minutes',
      'vpn unstable on hotel wifi',
    ]),
    matchRunbook('outlook-password-prompt-loop', 'Outlook Keeps Asking for Password', [
      'outlook keeps asking for password',
      'credential prompt loop in outlook',
    ]),
    matchRunbook('outlook-not-syncing-mail', 'Outlook Not Sending or Receiving Mail', [
      'outlook disconnected',
      'mail stuck in outbox',
    ]),
    matchRunbook(
      'network-path-not-found',
      'Network Location Cannot Be Reached',
      ['network path not found', 'cannot open file share'],
      {
        errorCodes: ['0x800704cf', '0x80070035'],
      },
    ),
    matchRunbook(
      'entra-app-access-blocked',
      'Entra ID App Access Blocked',
      ['app says I am not assigned', 'need admin approval'],
      {
        errorCodes: ['AADSTS50105'],
      },
    ),
    matchRunbook('bitlocker-recovery', 'BitLocker Recovery Key Requested', [
      'bitlocker recovery key',
      'laptop asking for bitlocker key',
    ]),
    matchRunbook(
      'printer-not-printing',
      'Network Printer Not Printing',
      ['printer offline', 'print jobs stuck in queue'],
      {
        errorCodes: ['0x0000011b'],
      },
    ),
    matchRunbook('mailbox-full-quota', 'Mailbox Full or Over Quota', [
      'mailbox is full',
      'cannot send mailbox over quota',
    ]),
    matchRunbook('shared-mailbox-access', 'Shared Mailbox Missing or Send As Fails', [
      'shared mailbox not showing',
      'send as permission denied',
    ]),
  ];
}

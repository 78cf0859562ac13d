import { describe, expect, it } from 'vitest';
import { gapCsv, gapMarkdown } from './gap-export';
import { gapReport } from './gap-report';
import { updateTrail, type TicketTrail } from './ticket-trail';

const NOW = Date.UTC(2026, 11, 8);
const DAY = 24 * 60 * 60 * 1000;
const trail = (ticket: string, terms: string, rest: Partial<TicketTrail> = {}): TicketTrail => ({
  origin: 'https://acme.service-now.com',
  ticket,
  terms: terms.split(' '),
  shown: null,
  picked: null,
  at: NOW,
  ...rest,
});

describe('knowledge-gap report', () => {
  const trails = [
    trail('INC1', 'kronos timeclock blank kiosk', { at: NOW - 2 * DAY }),
    trail('INC2', 'kronos timeclock blank depot', { at: NOW - DAY }),
    trail('INC3', 'kronos timeclock error'),
    trail('INC4', 'badge printer jammed'),
    trail('INC5', 'outlook calendar delegate', { shown: 'outlook-not-syncing-mail', picked: 'shared-mailbox-access' }),
    trail('INC6', 'outlook delegate send', { shown: 'outlook-not-syncing-mail', picked: 'shared-mailbox-access' }),
    trail('INC7', 'vpn drops', { shown: 'vpn-drops-frequently', picked: null }),
    trail('INC8', 'vpn drops', { shown: 'vpn-drops-frequently', picked: 'vpn-drops-frequently' }),
    trail('INC9', 'printer offline', { shown: null, picked: 'printer-not-printing' }),
  ];
  const rows = gapReport(trails);

  it('groups unmatched tickets by shared words, counts confusions per pair, most frequent first', () => {
    expect(rows).toEqual([
      { kind: 'no-match', terms: ['kronos', 'timeclock', 'blank'], shown: null, picked: null, count: 3, lastSeen: NOW },
      {
        kind: 'confusion',
        terms: ['outlook', 'delegate', 'calendar', 'send'],
        shown: 'outlook-not-syncing-mail',
        picked: 'shared-mailbox-access',
        count: 2,
        lastSeen: NOW,
      },
      { kind: 'no-match', terms: ['badge', 'printer', 'jammed'], shown: null, picked: null, count: 1, lastSeen: NOW },
    ]);
  });

  it('exports CSV with formula cells defused, and Markdown with runbook titles', () => {
    const csv = gapCsv([...rows, { ...rows[2]!, terms: ['=HYPERLINK("x")'] }]);
    expect(csv.split('\r\n')[0]).toBe('kind,shared_terms,shown,picked,count,last_seen');
    expect(csv).toContain('no-match,kronos timeclock blank,,,3,2026-12-08');
    expect(csv).toContain(`"'=HYPERLINK(""x"")"`);
    const md = gapMarkdown(rows, (id) => (id === 'shared-mailbox-access' ? 'Shared | Mailbox' : id));
    expect(md).toContain(
      '| shown, then another picked | outlook delegate calendar send | outlook-not-syncing-mail | Shared \\| Mailbox | 2 | 2026-12-08 |',
    );
  });

  it('keeps what was first shown when the ticket is seen again, and records the pick', () => {
    let list = updateTrail([], { origin: 'o', ticket: 'INC1', terms: ['kronos'], shown: null, at: NOW });
    list = updateTrail(list, { origin: 'o', ticket: 'INC1', terms: ['kronos'], shown: 'learned-one', at: NOW + 1 });
    list = updateTrail(list, {
      origin: 'o',
      ticket: 'INC1',
      terms: ['kronos'],
      picked: 'vpn-cannot-connect',
      at: NOW + 2,
    });
    expect(list).toEqual([
      { origin: 'o', ticket: 'INC1', terms: ['kronos'], shown: null, picked: 'vpn-cannot-connect', at: NOW + 2 },
    ]);
  });
});

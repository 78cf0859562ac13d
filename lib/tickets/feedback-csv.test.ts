import { describe, expect, it } from 'vitest';
import { csvCell, feedbackCsv } from './feedback-csv';

describe('feedbackCsv', () => {
  it('one row per vote, newest first, with the title the library gives the id', () => {
    const csv = feedbackCsv(
      {
        'INC0010001@https://acme.service-now.com|vpn-cannot-connect': { value: 'yes', at: Date.UTC(2026, 10, 2, 9) },
        'ITSD-42|printer-not-printing': { value: 'no', at: Date.UTC(2026, 10, 5, 23, 59) },
        'INC0010002|gone-runbook': { value: 'yes', at: Date.UTC(2026, 9, 1) },
      },
      (id) =>
        ({ 'vpn-cannot-connect': 'VPN Client Cannot Connect', 'printer-not-printing': 'Printer, not printing' })[id] ??
        id,
    );
    expect(csv).toBe(
      [
        'runbook_id,runbook_title,ticket_key,vote,date',
        'printer-not-printing,"Printer, not printing",ITSD-42,no,2026-11-05',
        'vpn-cannot-connect,VPN Client Cannot Connect,INC0010001,yes,2026-11-02',
        'gone-runbook,gone-runbook,INC0010002,yes,2026-10-01',
        '',
      ].join('\r\n'),
    );
  });

  it('quotes and defuses cells', () => {
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvCell('-1')).toBe("'-1");
  });
});

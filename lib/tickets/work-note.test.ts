import { describe, expect, it } from 'vitest';
import { cleanCommand, commandNote, noteAsPlainText, noteFirstLine, triageNote } from './work-note';

describe('work notes', () => {
  it('cleans a command to exactly what must be pasted', () => {
    expect(cleanCommand('\nGet-Item “C:\\x”  \r\nWrite-Host ‘ok’\u00a0\n\n')).toBe(
      'Get-Item "C:\\x"\nWrite-Host \'ok\'',
    );
  });

  it('writes the triage path as one "question → answer" per line, then the outcome', () => {
    const note = triageNote(
      'VPN',
      [
        { question: 'Internet?', answer: 'Yes' },
        { question: 'Others?', answer: 'No' },
      ],
      'Escalate to Network: gateway down',
    );
    expect(noteAsPlainText(note)).toBe(
      'Triage — VPN\nInternet? → Yes\nOthers? → No\nEscalate to Network: gateway down',
    );
    expect(noteFirstLine(note)).toBe('Internet? → Yes');
  });

  it('puts the header above the cleaned command in plain text', () => {
    const note = commandNote('VPN', 'Check', 'Test-Path “x”  ');
    expect(noteAsPlainText(note)).toBe('Runbook Lens — VPN: Check\nTest-Path "x"');
    expect(noteFirstLine(note)).toBe('Test-Path "x"');
  });
});

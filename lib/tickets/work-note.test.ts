import { describe, expect, it } from 'vitest';
import { cleanCommand, commandNote, noteForJira, noteForServiceNow, triagePathText } from './work-note';

describe('work notes', () => {
  it('cleans a command to exactly what must be pasted', () => {
    expect(cleanCommand('\nGet-Item “C:\\x”  \r\nWrite-Host ‘ok’\u00a0\n\n')).toBe(
      'Get-Item "C:\\x"\nWrite-Host \'ok\'',
    );
  });

  it('formats a command for ServiceNow as an escaped [code] block with a header', () => {
    const note = commandNote('VPN', 'Check', 'Test-Path <file> && echo "a"');
    expect(noteForServiceNow(note)).toBe(
      'Runbook Lens — VPN: Check\n[code]<pre>Test-Path &lt;file&gt; &amp;&amp; echo &quot;a&quot;</pre>[/code]',
    );
  });

  it('formats a command for Jira as a paragraph and a code block, never raw markup', () => {
    const { html, text } = noteForJira(commandNote('T <b>', 'L', '<script>x</script>'));
    expect(html).toBe('<p>Runbook Lens — T &lt;b&gt;: L</p><pre><code>&lt;script&gt;x&lt;/script&gt;</code></pre>');
    expect(text).toBe('Runbook Lens — T <b>: L\n<script>x</script>');
  });

  it('writes the triage path as the panel issue specifies', () => {
    expect(
      triagePathText(
        'VPN',
        [
          { question: 'Internet?', answer: 'Yes' },
          { question: 'Others?', answer: 'No' },
        ],
        'Escalate',
      ),
    ).toBe('Triage — VPN: Internet? → Yes; Others? → No; Escalate');
  });
});

import { describe, expect, it } from 'vitest';
import { HOSTILE_STRINGS } from '../../tests/hostile/hostile-strings';
import { commandNote, triageNote, type WorkNote } from './work-note';
import { jiraWikiCode, noteForJira, noteForJiraWiki, noteForServiceNow } from './work-note-markup';

const CODE_TAG = /\[\s*\/?\s*code\s*\]/gi;

/** Every note a pack could make from one hostile string: in the title, label, command, tree texts. */
function notesOf(text: string): WorkNote[] {
  return [
    commandNote(text, text, text),
    commandNote('VPN', 'Check', `echo ${text}`),
    triageNote(text, [{ question: text, answer: text }], `Escalate to ${text}: ${text}`),
  ];
}

/** What the journal shows of a `[code]<pre>…</pre>[/code]` body: the HTML text, decoded. */
const shownInCode = (html: string): string => html.replace(/&#91;/g, '[').replace(/&lt;/g, '<').replace(/&amp;/g, '&');

describe('ServiceNow work notes', () => {
  it('writes a command as a [code] block that escapes only what HTML needs', () => {
    expect(noteForServiceNow(commandNote('VPN', 'Check', 'Test-Path <file> && echo "a" > out.txt'))).toBe(
      'Runbook Lens — VPN: Check\n[code]<pre>Test-Path &lt;file> &amp;&amp; echo "a" > out.txt</pre>[/code]',
    );
  });

  it('keeps a title with [code] tags out of HTML, and a [/code] in a command inside its block', () => {
    const note = commandNote('VPN reset [code]<img src=x onerror=alert(1)>[/code]', 'L', 'echo [/code]<b>x</b>');
    expect(noteForServiceNow(note)).toBe(
      'Runbook Lens — VPN reset (code)<img src=x onerror=alert(1)>(/code): L\n' +
        '[code]<pre>echo &#91;/code]&lt;b>x&lt;/b></pre>[/code]',
    );
  });

  it.each(HOSTILE_STRINGS.map((h) => [h.name, h.text] as const))('%s: one [code] block, no other markup', (_, text) => {
    for (const note of notesOf(text)) {
      const journal = noteForServiceNow(note);
      const tags = journal.match(CODE_TAG) ?? [];
      if (note.code === null) {
        expect(tags).toEqual([]);
        continue;
      }
      expect(tags).toEqual(['[code]', '[/code]']);
      const body = /\[code\]<pre>([\s\S]*)<\/pre>\[\/code\]$/.exec(journal)![1]!;
      expect(body).not.toContain('<');
      expect(shownInCode(body)).toBe(note.code);
    }
  });
});

describe('Jira Cloud internal notes', () => {
  it('writes a paragraph per line and a code block, never raw markup', () => {
    const { html, text } = noteForJira(commandNote('T <b>', 'L', '<script>x</script>'));
    expect(html).toBe('<p>Runbook Lens — T &lt;b&gt;: L</p><pre><code>&lt;script&gt;x&lt;/script&gt;</code></pre>');
    expect(text).toBe('Runbook Lens — T <b>: L\n<script>x</script>');
    expect(noteForJira(triageNote('T', [{ question: 'Q?', answer: 'A' }], 'Done')).html).toBe(
      '<p>Triage — T</p><p>Q? → A</p><p>Done</p>',
    );
  });

  it.each(HOSTILE_STRINGS.map((h) => [h.name, h.text] as const))('%s: no element but ours', (_, text) => {
    for (const note of notesOf(text)) {
      const tags = noteForJira(note).html.match(/<[^>]*>/g) ?? [];
      expect(tags.every((tag) => ['<p>', '</p>', '<pre>', '</pre>', '<code>', '</code>'].includes(tag))).toBe(true);
    }
  });
});

/** Jira wiki characters that start links, images, macros or tables when not escaped. */
const unescapedWikiMarkup = (line: string): string[] => line.match(/(?<!\\)[[\]{}!|]/g) ?? [];

describe('Jira Data Center comments (wiki markup)', () => {
  it('escapes links, images and macros in the header and triage lines', () => {
    const note = triageNote(
      'See [reset|https://evil.example] !https://evil.example/t.png!',
      [{ question: 'Path C:\\[x]?', answer: '{code}yes' }],
      'Done',
    );
    expect(noteForJiraWiki(note)).toBe(
      'Triage — See \\[reset\\|https://evil.example\\] \\!https://evil.example/t.png\\!\n' +
        'Path C:&#92;\\[x\\]? → \\{code\\}yes\nDone',
    );
  });

  it('puts a command in {code}, or in {noformat} when it contains {code}, or escaped text when it has both', () => {
    expect(jiraWikiCode('echo [x|y] !a!')).toBe('{code}\necho [x|y] !a!\n{code}');
    expect(jiraWikiCode('echo {code}{html}<b>x</b>')).toBe('{noformat}\necho {code}{html}<b>x</b>\n{noformat}');
    expect(jiraWikiCode('a {CODE:java}\nb {noformat}')).toBe('a \\{CODE:java\\}\nb \\{noformat\\}');
  });

  it.each(HOSTILE_STRINGS.map((h) => [h.name, h.text] as const))('%s: no live link, image or macro', (_, text) => {
    for (const note of notesOf(text)) {
      const wiki = noteForJiraWiki(note);
      const block = /\n\{(code|noformat)\}\n([\s\S]*)\n\{\1\}$/.exec(wiki);
      const outside = block ? wiki.slice(0, block.index) : wiki;
      for (const line of outside.split('\n')) expect(unescapedWikiMarkup(line)).toEqual([]);
      if (block) {
        expect(block[2]).toBe(note.code);
        expect(block[2]).not.toMatch(new RegExp(`\\{${block[1]}(:[^}]*)?\\}`, 'i'));
      }
    }
  });
});

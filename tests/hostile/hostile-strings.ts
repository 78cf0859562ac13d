// Hostile text used as ticket summaries, runbook-pack fields and search input (hardening issue).
// Each must render as plain text, run nothing, and leave the panel usable.

const lines = (count: number): string => Array.from({ length: count }, (_, i) => `line ${i} vpn`).join('\n');

export const HOSTILE_STRINGS: readonly { name: string; text: string }[] = [
  { name: 'script tag', text: '<script>window.__pwned = "script"</script>VPN not connecting' },
  { name: 'img onerror', text: '<img src=x onerror="window.__pwned=\'img\'">outlook sync error' },
  { name: 'svg onload', text: '<svg onload="window.__pwned=\'svg\'"><circle r=1></svg>' },
  { name: 'svg with script', text: '<svg><script>window.__pwned="svg-script"</script></svg>' },
  { name: 'iframe srcdoc', text: '<iframe srcdoc="<script>parent.__pwned=1</script>"></iframe>' },
  { name: 'javascript url', text: 'javascript:window.__pwned="js-url"' },
  { name: 'anchor javascript', text: '<a href="javascript:window.__pwned=1">click</a> mfa lost phone' },
  { name: 'data url', text: 'data:text/html;base64,PHNjcmlwdD53aW5kb3cuX19wd25lZD0xPC9zY3JpcHQ+' },
  { name: 'event handler attr', text: '" autofocus onfocus="window.__pwned=\'attr\'" x="' },
  { name: 'closing tags', text: '</textarea></style></script><b>bold</b>' },
  { name: 'angular template', text: '{{constructor.constructor("window.__pwned=\'ng\'")()}}' },
  { name: 'react-ish template', text: '${window.__pwned="tpl"} #{7*7} <%= 7*7 %>' },
  { name: 'css injection', text: '</style><style>*{display:none!important}</style>' },
  { name: 'css expression', text: 'x{background:url("javascript:window.__pwned=1")}' },
  { name: 'bidi override', text: '\u202Eexe.txt\u202C printer offline \u2066RLI\u2069' },
  { name: 'zero-width', text: 'v\u200Bp\u200Cn\u200D not\uFEFF connecting' },
  { name: 'NUL bytes', text: 'vpn\u0000 not\u0000connecting\u0000' },
  { name: '4-byte emoji', text: '😡🔥 outlook 𝕆𝕊𝕋 sync 🧨💥' },
  { name: 'combining marks', text: 'o\u0336u\u0336t\u0336l\u0336o\u0336o\u0336k\u0336 Z̸̡̛͈a̷l̶g̵o̴' },
  { name: 'RTL text', text: 'לא מצליח להתחבר ל-VPN' },
  { name: '100 KB string', text: 'bitlocker recovery key '.repeat(4500) },
  { name: '10,000-line string', text: lines(10_000) },
  { name: 'only whitespace', text: ' \t\n\r ' },
  { name: 'regex metacharacters', text: '(.*)+[a-z]{1,}$^|\\ ?* vpn ((((((((((' },
  { name: 'prototype keys', text: '__proto__ constructor prototype toString hasOwnProperty' },
  { name: 'SQL and shell', text: "'; DROP TABLE incident; -- $(rm -rf /) `reboot`" },
  { name: 'long single token', text: 'A'.repeat(20_000) },
  { name: 'markdown link', text: '[click](javascript:window.__pwned=1) ![x](https://evil.example/x.png)' },
  // Markup of the notes the panel writes (lib/tickets/work-note-markup.ts): ServiceNow journal, Jira wiki.
  { name: 'ServiceNow code tag', text: 'VPN reset [code]<img src=x onerror="window.__pwned=\'sn\'">[/code]' },
  { name: 'ServiceNow code end', text: 'echo ok [/code]<img src=x onerror=alert(1)>[CODE]' },
  { name: 'Jira code macro', text: 'echo ok {code}{html}<b>x</b>{html}{code:java}' },
  { name: 'Jira noformat macro', text: '{noformat}echo{noformat} {code}' },
  { name: 'Jira wiki link', text: 'See [reset your password|https://evil.example/reset] now \\[x|https://e.example]' },
  { name: 'Jira wiki image', text: 'status !https://evil.example/track.png! and !x.png|width=1!' },
];

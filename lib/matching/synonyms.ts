import { GERMAN_COMPOUND_HEADS, TRANSLATED_PHRASES, TRANSLATIONS } from './translations';

/**
 * A small, general list of IT abbreviations and spellings that mean the same thing. Applied to
 * tickets and runbook text alike, so either side may use either form. Kept to what any service
 * desk writes (pwd, acct, o365, wi-fi, 2fa, bsod …): each entry must be true of IT English in
 * general, not of one ticket we have seen.
 */

/** Multi-word forms, matched on lower-case tokens, longest first. */
const PHRASES: ReadonlyArray<readonly [string, string]> = [
  ...TRANSLATED_PHRASES,
  ['microsoft 365', 'm365'],
  ['office 365', 'm365'],
  ['ms 365', 'm365'],
  ['wi fi', 'wifi'],
  ['e mail', 'email'],
  ['one drive', 'onedrive'],
  ['share point', 'sharepoint'],
  ['blue screen', 'bsod'],
  ['blue screen of death', 'bsod'],
  ['active directory', 'ad'],
  ['azure ad', 'entra'],
  ['azure active directory', 'entra'],
  ['entra id', 'entra'],
  ['configuration manager', 'sccm'],
  ['config manager', 'sccm'],
  ['two factor', 'mfa'],
  ['multi factor', 'mfa'],
  ['2 step', 'mfa'],
  ['two step', 'mfa'],
  ['802 1x', '8021x'],
  ['set up', 'setup'],
  ['mac os', 'mac'],
  ['not responding', 'freeze'],
  ['send as', 'sendas'],
  ['pop up', 'prompt'],
  ['pop ups', 'prompt'],
  ['outlook on the web', 'webmail'],
  ['outlook web access', 'webmail'],
  ['outlook web app', 'webmail'],
  ['outlook web', 'webmail'],
  ['comp portal', 'company portal'],
  // Names people give a shared mailbox.
  ...['department', 'departmental', 'generic', 'functional', 'group'].flatMap((kind) =>
    ['mailbox', 'inbox'].map((box) => [`${kind} ${box}`, 'shared mailbox'] as const),
  ),
  ['shared inbox', 'shared mailbox'],
  ['software centre', 'software center'],
  // Intermittent, as people say it: the drops runbooks must meet these, not "never connects".
  ['on and off', 'intermittent'],
  ['off and on', 'intermittent'],
  ['comes and goes', 'intermittent'],
  ['every now and then', 'intermittent'],
  ['now and again', 'intermittent'],
  ['from time to time', 'intermittent'],
  ['after a while', 'intermittent'],
  // Words split in two by typing or by habit.
  ['pass word', 'password'],
  ['p w', 'password'],
  ['user name', 'username'],
  ['lap top', 'computer'],
  ['bit locker', 'bitlocker'],
  ['out look', 'outlook'],
  ['in box', 'inbox'],
  ['web cam', 'camera'],
  ['head set', 'headset'],
  ['blue tooth', 'bluetooth'],
  ['ms teams', 'teams'],
  ['2 factor', 'mfa'],
  ['one time password', 'mfa code'],
  ['one time passcode', 'mfa code'],
  ['one time code', 'mfa code'],
  ['non delivery', 'bounce'],
  ['delivery failure', 'bounce'],
  // What users call an external monitor.
  ['big screen', 'monitor'],
  ['large screen', 'monitor'],
  ['extra screen', 'monitor'],
  ['cuts out', 'drop'],
  ['cut out', 'drop'],
  ['cutting out', 'drop'],
  ['keeps cutting out', 'drop'],
  // A new starter is a new user account to the directory, whatever HR calls them.
  ...['starter', 'starters', 'joiner', 'joiners', 'hire', 'hires', 'employee', 'employees'].map(
    (who) => [`new ${who}`, 'new user'] as const,
  ),
  // Signing in is written a dozen ways; the runbooks and the tickets must meet on one.
  ...['sign', 'signs', 'signed', 'signing', 'log', 'logs', 'logged', 'logging'].flatMap((verb) =>
    ['in', 'ins', 'into', 'on'].map((prep) => [`${verb} ${prep}`, 'signin'] as const),
  ),
  ...['sign', 'signs', 'signed', 'signing', 'log', 'logs', 'logged', 'logging'].map(
    (verb) => [`${verb} out`, 'signout'] as const,
  ),
];

/** One-word aliases. Values may be several words ("wfh" → "work home"). */
const ALIAS_LIST: Readonly<Record<string, string>> = {
  pw: 'password',
  pwd: 'password',
  pwds: 'password',
  passwd: 'password',
  pword: 'password',
  acct: 'account',
  accts: 'account',
  acnt: 'account',
  o365: 'm365',
  '365': 'm365',
  m365: 'm365',
  office365: 'm365',
  ms365: 'm365',
  '2fa': 'mfa',
  multifactor: 'mfa',
  wlan: 'wifi',
  wireless: 'wifi',
  wifi: 'wifi',
  pc: 'computer',
  pcs: 'computer',
  laptop: 'computer',
  laptops: 'computer',
  notebook: 'computer',
  workstation: 'computer',
  workstations: 'computer',
  computers: 'computer',
  macbook: 'mac',
  macbooks: 'mac',
  mbp: 'mac',
  imac: 'mac',
  macos: 'mac',
  osx: 'mac',
  iphone: 'phone',
  android: 'phone',
  smartphone: 'phone',
  cellphone: 'phone',
  mobile: 'phone',
  apps: 'app',
  application: 'app',
  applications: 'app',
  creds: 'credentials',
  cred: 'credentials',
  bluescreen: 'bsod',
  reboot: 'restart',
  reboots: 'restart',
  rebooting: 'restart',
  rebooted: 'restart',
  hang: 'freeze',
  hangs: 'freeze',
  hanging: 'freeze',
  hung: 'freeze',
  froze: 'freeze',
  frozen: 'freeze',
  sluggish: 'slow',
  crawling: 'slow',
  crawls: 'slow',
  laggy: 'slow',
  lag: 'slow',
  lagging: 'slow',
  slowness: 'slow',
  disappeared: 'missing',
  disappear: 'missing',
  vanished: 'missing',
  gone: 'missing',
  '2nd': 'second',
  previous: 'old',
  popup: 'prompt',
  popups: 'prompt',
  dialog: 'prompt',
  dialogs: 'prompt',
  owa: 'webmail',
  wfh: 'work home',
  req: 'request',
  rqst: 'request',
  msg: 'message',
  msgs: 'message',
  login: 'signin',
  logon: 'signin',
  logins: 'signin',
  signon: 'signin',
  logout: 'signout',
  logoff: 'signout',
  azuread: 'entra',
  aad: 'entra',
  configmgr: 'sccm',
  mecm: 'sccm',
  memcm: 'sccm',
  centre: 'center',
  licence: 'license',
  licences: 'license',
  organisation: 'organization',
  colour: 'color',
  cert: 'certificate',
  certs: 'certificate',
  administrator: 'admin',
  administrators: 'admin',
  admins: 'admin',
  webcam: 'camera',
  headphones: 'headset',
  headphone: 'headset',
  earphones: 'headset',
  earbuds: 'headset',
  airpods: 'headset',
  ram: 'memory',
  fileserver: 'file server',
  cam: 'camera',
  mic: 'microphone',
  mics: 'microphone',
  // Starting an app is written many ways; the runbooks say "open".
  launch: 'open',
  launches: 'open',
  launching: 'open',
  launched: 'open',
  forgotten: 'forgot',
  forget: 'forgot',
  bedrijfsportal: 'company portal',
  // German kinds of shared mailbox (Microsoft's own term is "freigegebenes Postfach").
  gruppenpostfach: 'shared mailbox',
  sammelpostfach: 'shared mailbox',
  teampostfach: 'shared mailbox',
  unternehmensportal: 'company portal',
  // Common misspellings of the words tickets are most often about (exact, so they weigh in full).
  pasword: 'password',
  paswword: 'password',
  passowrd: 'password',
  passwrod: 'password',
  passwrd: 'password',
  pssword: 'password',
  paswd: 'password',
  pswd: 'password',
  psw: 'password',
  outlk: 'outlook',
  outlok: 'outlook',
  oulook: 'outlook',
  outloook: 'outlook',
  otlook: 'outlook',
  acount: 'account',
  accout: 'account',
  accnt: 'account',
  emial: 'email',
  recieve: 'receive',
  recieved: 'receive',
  recieving: 'receive',
  conect: 'connect',
  conecting: 'connect',
  connet: 'connect',
  disconect: 'disconnect',
  disconects: 'disconnect',
  disconected: 'disconnect',
  wirless: 'wifi',
  labtop: 'computer',
  lapop: 'computer',
  comptuer: 'computer',
  sharpoint: 'sharepoint',
  printr: 'printer',
  priner: 'printer',
  // Shorthand of products and platforms.
  sc: 'software center',
  win7: 'windows',
  win10: 'windows',
  win11: 'windows',
  w10: 'windows',
  w11: 'windows',
  msteams: 'teams',
  spo: 'sharepoint',
  odfb: 'onedrive',
  od4b: 'onedrive',
  '2sv': 'mfa',
  // A non-delivery report is a bounce; AV is the antivirus.
  ndr: 'bounce',
  ndrs: 'bounce',
  undeliverable: 'bounce',
  bounceback: 'bounce',
  av: 'antivirus',
  otp: 'mfa code',
  totp: 'mfa code',
  // Colloquial: broken, unreliable, now-and-then.
  busted: 'broken',
  borked: 'broken',
  knackered: 'broken',
  flaky: 'unstable',
  flakey: 'unstable',
  spotty: 'unstable',
  patchy: 'unstable',
  sporadic: 'intermittent',
  sporadically: 'intermittent',
  intermittently: 'intermittent',
  // Kinds of malware are malware to the service desk.
  adware: 'malware',
  spyware: 'malware',
  keylogger: 'malware',
  rootkit: 'malware',
  cryptominer: 'malware',
  grayware: 'malware',
  greyware: 'malware',
  pua: 'malware',
  mail: 'email',
  mails: 'email',
  emails: 'email',
  email: 'email',
};

// A Map, not the object: a ticket saying "constructor" must not reach Object.prototype.
const ALIASES: ReadonlyMap<string, string> = new Map([...TRANSLATIONS, ...Object.entries(ALIAS_LIST)]);

/** Every word an alias rewrites, with what it becomes: the typo channel also corrects towards these. */
export const ALIAS_WORDS: ReadonlyMap<string, string> = ALIASES;

/**
 * German compounds: "benutzerkonto" → account, "firmenwlan" → wifi (heads of 4+ letters, rest 3+).
 * A compound of two known words says both: "druckertreiber" → printer driver.
 */
function compoundHead(token: string): string | undefined {
  if (token.length < 7) return undefined;
  let first: string | undefined;
  let last: string | undefined;
  for (const [head, english] of GERMAN_COMPOUND_HEADS) {
    if (token.length - head.length < 3) continue;
    if (!first && token.startsWith(head)) first = english;
    if (!last && token.endsWith(head)) last = english;
  }
  if (first && last && first !== last) return `${first} ${last}`;
  return first ?? last;
}

/**
 * A plural of an English alias is aliased too ("adwares", "ndrs"): aliases are looked up before
 * stemming. Not the glossary's words, which list their own inflections ("apres" is not "apre").
 */
const ENGLISH_ALIASES: ReadonlyMap<string, string> = new Map(Object.entries(ALIAS_LIST));
function pluralAlias(token: string): string | undefined {
  return token.length > 3 && token.endsWith('s') ? ENGLISH_ALIASES.get(token.slice(0, -1)) : undefined;
}

const PHRASE_MAP = new Map<string, { words: number; to: string }>();
let longestPhrase = 0;
for (const [from, to] of PHRASES) {
  const words = from.split(' ').length;
  PHRASE_MAP.set(from, { words, to });
  longestPhrase = Math.max(longestPhrase, words);
}

/**
 * Broader words a ticket's word implies, added on the ticket side only. A user's MacBook is a
 * laptop, so "blocked on my own macbook" should meet "blocked on personal laptop"; but a runbook
 * that names MacBooks is about Macs, and must not meet every ticket that says "PC".
 */
const TICKET_BROADER: ReadonlyMap<string, string> = new Map([['mac', 'computer']]);

/** A token after aliasing, with the original word(s) it came from, for highlighting. */
export interface AliasedToken {
  term: string;
  surface: string;
}

/**
 * Rewrites lower-case tokens to their canonical forms: phrases first, then single-word aliases.
 * `ticket` adds the broader words a ticket's words imply (TICKET_BROADER).
 */
export function applySynonyms(
  tokens: readonly string[],
  { ticket = false }: { ticket?: boolean } = {},
): AliasedToken[] {
  const out: AliasedToken[] = [];
  for (let i = 0; i < tokens.length;) {
    let matched = false;
    for (let n = Math.min(longestPhrase, tokens.length - i); n >= 2; n -= 1) {
      const phrase = tokens.slice(i, i + n).join(' ');
      const hit = PHRASE_MAP.get(phrase);
      if (hit) {
        for (const term of hit.to.split(' ')) out.push({ term, surface: phrase });
        i += n;
        matched = true;
        break;
      }
    }
    if (matched) continue;
    const token = tokens[i]!;
    const alias = ALIASES.get(token) ?? pluralAlias(token) ?? compoundHead(token);
    if (alias) for (const term of alias.split(' ')) out.push({ term, surface: token });
    else out.push({ term: token, surface: token });
    i += 1;
  }
  if (!ticket) return out;
  return out.flatMap((t) => {
    const broader = TICKET_BROADER.get(t.term);
    return broader ? [t, { term: broader, surface: t.surface }] : [t];
  });
}

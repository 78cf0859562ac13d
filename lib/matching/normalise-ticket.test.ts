import { describe, expect, it } from 'vitest';
import { MAX_TICKET_CHARS, normaliseTicket } from './normalise-ticket';

describe('normaliseTicket', () => {
  it('lower-cases, removes accents and punctuation', () => {
    const { text } = normaliseTicket('Écran NOIR!!! après la mise à jour…');
    expect(text).toBe('ecran noir apres la mise a jour');
    expect(normaliseTicket('Ärger mit Ø-Kabel; naïve façade').text).toBe('arger mit o kabel naive facade');
  });

  it('reads the core IT words of other languages as English', () => {
    expect(normaliseTicket('Écran NOIR après la mise à jour').terms).toEqual(['screen', 'black', 'update']);
    expect(normaliseTicket('Mein Benutzerkonto ist gesperrt').terms).toEqual(['account', 'locked']);
    // A German compound of two known words says both.
    expect(normaliseTicket('Druckertreiber fehlt, Netzlaufwerk weg').terms).toEqual([
      'printer',
      'driver',
      'missing',
      'network',
      'drive',
    ]);
    // Each language's core problem words, inflected and without accents, and its function words gone.
    expect(normaliseTicket('Der Drucker druckt nicht mehr seit heute').terms).toEqual(['printer', 'print']);
    expect(normaliseTicket("L'imprimante n'imprime plus depuis ce matin").terms).toEqual(['printer', 'print']);
    expect(normaliseTicket('No puedo abrir la carpeta compartida en la unidad de red').terms).toEqual([
      'open',
      'folder',
      'shared',
      'drive',
      'network',
    ]);
    expect(normaliseTicket('A VPN cai toda hora, a conexão é muito lenta').terms).toEqual([
      'vpn',
      'drop',
      'connect',
      'slow',
    ]);
    expect(normaliseTicket('Mijn wachtwoord is verlopen en mijn account is geblokkeerd').terms).toEqual([
      'password',
      'expired',
      'account',
      'locked',
    ]);
    expect(normaliseTicket("Impossible d'ouvrir l'accès au dossier partagé").terms).toEqual([
      'open',
      'access',
      'folder',
      'shared',
    ]);
    expect(normaliseTicket('Outlook non risponde, la casella è piena').terms).toEqual([
      'outlook',
      'freeze',
      'mailbox',
      'full',
    ]);
  });

  it('leaves out a restart the user already tried: that is what they did, not the problem', () => {
    expect(normaliseTicket('Teams stuck loading, already restarted the laptop').terms).toEqual([
      'teams',
      'stuck',
      'loading',
      'computer',
    ]);
    expect(normaliseTicket('tried rebooting, printer still offline').terms).toEqual(['printer', 'offline']);
    expect(normaliseTicket('Já reiniciei o computador').terms).toEqual(['computer']);
    // A restart that is the problem stays.
    expect(normaliseTicket('laptop restarts by itself').terms).toEqual(['computer', 'restarts']);
  });

  it('drops mail prefixes, priority tags and the category path', () => {
    expect(normaliseTicket('RE: FW: [P2] VPN drops').terms).toEqual(['vpn', 'drops']);
    expect(normaliseTicket('AW: WG: URGENT - printer offline').terms).toEqual(['printer', 'offline']);
    // The top category goes, the subcategory is a real word of the problem.
    expect(normaliseTicket('Hardware - Laptop - screen flickers').terms).toEqual(['computer', 'screen', 'flickers']);
    expect(normaliseTicket('Incident: outlook crash').terms).toEqual(['outlook', 'crash']);
  });

  it('drops people, addresses, ticket numbers, asset tags and serial numbers', () => {
    const { terms, text } = normaliseTicket(
      'INC0012345 for J. Moreno (j.moreno@corp.example) on LT-04231 / PC123456, S/N: 5CG1234XYZ, ITSD-881: outlook crash, mail hr-team@ too',
    );
    expect(terms).toEqual(['outlook', 'crash', 'email']);
    expect(text).not.toMatch(/moreno|04231|123456|5cg|0012345|itsd|881|hr team/);
  });

  it('drops HTML tags with their attributes, entities, URLs, host names and quoted user ids', () => {
    expect(
      normaliseTicket('<div class="msg"><span style="x">Printer</span>&nbsp;<img src="a.png" alt="">offline</div>')
        .terms,
    ).toEqual(['printer', 'offline']);
    expect(normaliseTicket('Outlook won&#39;t open <!-- sig --> {code}x{code}').text).toBe('outlook wont open x');
    const { terms } = normaliseTicket(
      'vpn fails on https://vpn.acme-corp.com/portal?x=1 and gw01.emea.acme.local, user id: jdoe42, username=kim.s',
    );
    expect(terms).toEqual(['vpn', 'fails']);
    // File names are not hosts: their words stay.
    expect(normaliseTicket('ccmsetup.log says setup.exe failed').terms).toEqual(
      expect.arrayContaining(['ccmsetup', 'setup', 'exe']),
    );
  });

  it('drops what mail clients and gateways add: mobile signatures and the external-sender banner', () => {
    expect(normaliseTicket('Outlook crashes on start. Sent from my iPhone').terms).toEqual([
      'outlook',
      'crashes',
      'start',
    ]);
    expect(normaliseTicket('Printer offline<br/>Get Outlook for Android').terms).toEqual(['printer', 'offline']);
    expect(normaliseTicket('Envoyé de mon iPhone : imprimante hors ligne').terms).toEqual(['printer', 'offline']);
    expect(
      normaliseTicket(
        'CAUTION: This email originated from outside of the organization. Do not click links or open attachments unless you recognize the sender and know the content is safe. VPN drops',
      ).terms,
    ).toEqual(['vpn', 'drops']);
  });

  it('drops a sign-off at the end: a name, then a place or a phone extension', () => {
    expect(normaliseTicket('RE: shared link says I need access 🤷 – Tom, Berlin').terms).toEqual([
      'shared',
      'link',
      'access',
    ]);
    expect(normaliseTicket('cant open the exe – Ana, Porto, ext 2245').terms).toEqual(['open', 'exe']);
    expect(normaliseTicket('outlook crash. Thanks, Jo').terms).toEqual(['outlook', 'crash']);
    // A dash inside the problem stays.
    expect(normaliseTicket('Outlook crash - Excel too').terms).toEqual(['outlook', 'crash', 'excel']);
  });

  it('drops user ids named as such, and keeps the words after "user" that say what is wrong', () => {
    expect(normaliseTicket('vpn error 809 for user jdoe42').terms).toEqual(['vpn']);
    expect(normaliseTicket('user: kim.s - outlook crash').terms).toEqual(['outlook', 'crash']);
    expect(normaliseTicket('<span class=x>vpn down</span>').terms).toEqual(['vpn', 'down']);
    expect(normaliseTicket('[EXTERNAL] FW: URGENT!!! VPN down - INC0012345 - LT-1234').terms).toEqual(['vpn', 'down']);
  });

  it('rewrites common IT abbreviations to one spelling', () => {
    expect(normaliseTicket('pwd expired on my acct, o365 pls').terms).toEqual([
      'password',
      'expired',
      'account',
      'm365',
    ]);
    expect(normaliseTicket('Wi-Fi vs WLAN vs wifi').terms).toEqual(['wifi']);
    expect(normaliseTicket('cannot log in / sign-in fails').terms).toEqual(['signin', 'fails']);
    // Misspellings of the commonest words, split words and product shorthand.
    expect(normaliseTicket('pasword expired, outlk wont open').terms).toEqual([
      'password',
      'expired',
      'outlook',
      'open',
    ]);
    expect(normaliseTicket('pass word reset on win10, nothing in SC').terms).toEqual([
      'password',
      'reset',
      'windows',
      'nothing',
      'center',
    ]);
    // Plurals of aliased words are aliased too.
    expect(normaliseTicket('adwares and NDRs').terms).toEqual(['malware', 'bounce']);
    expect(normaliseTicket('vpn drops on and off, very flaky').terms).toEqual([
      'vpn',
      'drops',
      'intermittent',
      'unstable',
    ]);
  });

  it('pulls error codes out of the words, in one canonical spelling', () => {
    const { codes, terms } = normaliseTicket('Error 0x800704CF and AADSTS50105, printer says 0x11B');
    expect(codes).toEqual(['0x800704cf', 'aadsts50105', '0x0000011b']);
    expect(terms).not.toContain('0x800704cf');
    expect(terms.join(' ')).not.toMatch(/\d/);
  });

  it('keeps nothing from a ticket that is all filler', () => {
    expect(normaliseTicket('FW:')).toEqual({ text: '', terms: [], codes: [] });
    expect(normaliseTicket('help needed asap pls!!').terms).toEqual([]);
  });

  // How long these take is measured by `npm run bench` (hostile ticket text), not asserted here.
  it('stays bounded on hostile input: capped text, capped terms, no NUL', () => {
    const inputs = [
      'outlook '.repeat(13_000), // ~100 KB
      Array.from({ length: 10_000 }, (_, i) => `line ${i} vpn`).join('\n'),
      'vpn\u0000drops\u0000\u0000'.repeat(500),
      '🔥💻'.repeat(5_000) + ' printer 🖨️ offline',
      'a@'.repeat(50_000),
      '\\\\'.repeat(40_000),
      `${'0x'.repeat(20_000)}AADSTS${'9'.repeat(5_000)}`,
    ];
    for (const input of inputs) {
      const { text, terms, codes } = normaliseTicket(input);
      expect(text.length).toBeLessThanOrEqual(MAX_TICKET_CHARS);
      expect(terms.length + codes.length).toBeLessThan(MAX_TICKET_CHARS / 2);
      expect(text.includes('\u0000')).toBe(false);
    }
    expect(normaliseTicket('vpn\u0000drops').terms).toEqual(['vpn', 'drops']);
  });

  it('does not reach Object.prototype through words like "constructor"', () => {
    expect(normaliseTicket('constructor __proto__ toString hasOwnProperty').terms).toEqual([
      'constructor',
      'proto',
      'tostring',
      'hasownproperty',
    ]);
  });
});

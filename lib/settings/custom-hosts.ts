/**
 * Custom ticket hosts (Jira Data Center, ServiceNow on a company domain): what the user types, reduced
 * to a host name, and the match pattern the content scripts and the host permission use. HTTPS only,
 * like every built-in site; ports are not part of a match pattern, so `jira.acme.test:8443` works too.
 */
export type HostCheck = { ok: true; host: string } | { ok: false; reason: string };

const LABEL = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/;

/** "https://Jira.Acme.com:8443/browse/X" → "jira.acme.com"; "*.acme.com" stays a wildcard. */
export function normaliseHost(input: string): HostCheck {
  let text = input.trim().toLowerCase();
  if (text === '') return { ok: false, reason: 'Enter a host name, such as jira.example.com.' };
  const scheme = /^([a-z][a-z0-9+.-]*):\/\//.exec(text);
  if (scheme && scheme[1] !== 'https') return { ok: false, reason: 'Only https:// sites are supported.' };
  text = text.replace(/^https:\/\//, '').replace(/[/?#].*$/, '');
  if (text.includes('@')) return { ok: false, reason: 'A host name has no user name part.' };
  text = text.replace(/:\d{1,5}$/, '').replace(/\.$/, '');
  const wildcard = text.startsWith('*.');
  const name = wildcard ? text.slice(2) : text;
  const labels = name.split('.');
  if (name.length > 253 || !labels.every((l) => LABEL.test(l)))
    return { ok: false, reason: `"${input.trim()}" is not a host name.` };
  // A wildcard over a whole top-level domain (*.com) would be every site: refuse it.
  if (labels.length < 2 && (wildcard || name !== 'localhost'))
    return { ok: false, reason: 'Enter a full host name, such as jira.example.com.' };
  return { ok: true, host: wildcard ? `*.${name}` : name };
}

/** The match pattern for a normalised host: `https://jira.acme.com/*`. */
export function hostPattern(host: string): string {
  return `https://${host}/*`;
}

/** Does a host entry (maybe `*.acme.com`) cover this host name? As match patterns do: `*.a.com` covers `a.com`. */
export function hostCovers(host: string, hostname: string): boolean {
  const name = hostname.toLowerCase();
  if (!host.startsWith('*.')) return name === host;
  const base = host.slice(2);
  return name === base || name.endsWith(`.${base}`);
}

/** Does a match pattern (`https://*.service-now.com/*`) cover this URL? Only the forms we write are read. */
export function patternCovers(pattern: string, url: { protocol: string; hostname: string }): boolean {
  const m = /^(https?|\*):\/\/([^/]+)\//.exec(pattern);
  if (!m) return false;
  const scheme = m[1]!;
  if (scheme !== '*' && `${scheme}:` !== url.protocol) return false;
  return hostCovers(m[2]!, url.hostname);
}

/**
 * Validates what the user types as a site to exclude: a host name or a URL, reduced to the host
 * that settings match (lower case, no "www.", no port or path; international names in punycode).
 */

export type SiteParse = { ok: true; host: string } | { ok: false; reason: string };

const LABEL = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/;
const IPV4 = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/;

function hostOf(input: string): string | null {
  const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(input) ? input : `http://${input}`;
  try {
    const url = new URL(withScheme);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
    if (url.username || url.password) return null;
    return url.hostname;
  } catch {
    return null;
  }
}

export function parseSite(input: string): SiteParse {
  const text = input.trim();
  if (!text) return { ok: false, reason: 'Type a site, e.g. example.org.' };
  if (/\s/.test(text)) return { ok: false, reason: 'A site name has no spaces.' };
  const raw = hostOf(text);
  if (raw === null) return { ok: false, reason: 'That is not a web address (use a name like example.org).' };
  const host = raw.toLowerCase().replace(/\.$/, '').replace(/^www\./, '');
  const ip = IPV4.exec(host);
  if (ip) {
    return ip.slice(1).every((part) => Number(part) <= 255) ? { ok: true, host } : { ok: false, reason: 'That IP address is not valid.' };
  }
  if (host.startsWith('[')) return { ok: true, host };
  const labels = host.split('.');
  if (host.length > 253 || !labels.every((label) => LABEL.test(label))) return { ok: false, reason: 'That is not a valid host name.' };
  if (labels.length < 2 && host !== 'localhost') return { ok: false, reason: 'Give the full name with its domain, e.g. example.org.' };
  if (/^\d+$/.test(labels[labels.length - 1]!)) return { ok: false, reason: 'That is not a valid host name.' };
  return { ok: true, host };
}

/** Adds a host to a list of sites unless it is there already; returns null when nothing changes. */
export function withSite(sites: readonly string[], host: string): string[] | null {
  return sites.includes(host) ? null : [...sites, host].sort();
}

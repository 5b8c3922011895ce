import { describe, expect, it } from 'vitest';
import { parseSite, withSite } from '../../../src/ui/options/hosts';

const host = (input: string) => {
  const parsed = parseSite(input);
  return parsed.ok ? parsed.host : null;
};

describe('parseSite', () => {
  it('accepts host names and reduces URLs to their host', () => {
    expect(host('example.org')).toBe('example.org');
    expect(host('  News.Example.ORG  ')).toBe('news.example.org');
    expect(host('www.example.org')).toBe('example.org');
    expect(host('https://www.example.org/world/story?id=1')).toBe('example.org');
    expect(host('example.org/world')).toBe('example.org');
    expect(host('http://example.org:8080')).toBe('example.org');
    expect(host('example.org.')).toBe('example.org');
    expect(host('localhost')).toBe('localhost');
    expect(host('127.0.0.1')).toBe('127.0.0.1');
    expect(host('my-site.co.uk')).toBe('my-site.co.uk');
  });

  it('turns international names into the punycode form hosts have', () => {
    expect(host('bücher.example')).toBe('xn--bcher-kva.example');
  });

  it('rejects what is not a host, with a reason', () => {
    for (const bad of ['', '   ', 'exa mple.org', 'example', '-bad.org', 'bad-.org', 'a..b', 'ftp://example.org', 'javascript:alert(1)', 'user:pw@example.org', '999.1.1.1', `${'a'.repeat(64)}.org`, 'example.123']) {
      const parsed = parseSite(bad);
      expect(parsed.ok, bad).toBe(false);
      if (!parsed.ok) expect(parsed.reason.length).toBeGreaterThan(5);
    }
  });
});

describe('withSite', () => {
  it('adds a new host in order and refuses a duplicate', () => {
    expect(withSite(['b.org'], 'a.org')).toEqual(['a.org', 'b.org']);
    expect(withSite(['a.org'], 'a.org')).toBeNull();
  });
});

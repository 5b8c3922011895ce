import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { readabilityWithoutInnerHtml } from '../../../src/build/readability-without-inner-html';

const file = createRequire(import.meta.url).resolve('@mozilla/readability/Readability.js');
type Transform = (this: unknown, code: string, id: string) => { code: string } | null;
const transform = readabilityWithoutInnerHtml().transform as unknown as Transform;

describe('Readability rewrite for the add-on linter', () => {
  it('leaves no innerHTML assignment in the installed Readability', () => {
    const source = readFileSync(file, 'utf8');
    expect(source).toMatch(/\.innerHTML\s*=(?!=)/);
    const out = transform.call({}, source, file);
    expect(out?.code).not.toMatch(/\.innerHTML\s*=(?!=)/);
    expect(out?.code).toContain('page.replaceChildren(');
  });

  it('ignores other modules and the commonjs proxies', () => {
    expect(transform.call({}, 'x.innerHTML = y;', '/a/b.js')).toBeNull();
    expect(transform.call({}, 'x', `${file}?commonjs-module`)).toBeNull();
  });

  it('fails loudly when Readability changes shape', () => {
    expect(() => transform.call({}, 'var other = 1;', file)).toThrow(/Readability changed/);
  });
});

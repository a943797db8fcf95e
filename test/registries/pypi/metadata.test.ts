import { describe, expect, it } from 'vitest';
import { defaultJsonApiUrl, parseJsonApi, parseRequirement } from '../../../src/registries/pypi/metadata.js';

describe('PyPI JSON API metadata', () => {
  it('derives the JSON API only for pypi.org and TestPyPI', () => {
    expect(defaultJsonApiUrl('https://pypi.org/simple')).toBe('https://pypi.org/pypi');
    expect(defaultJsonApiUrl('https://test.pypi.org/simple/')).toBe('https://test.pypi.org/pypi');
    expect(defaultJsonApiUrl('https://pypi.example.com/simple/')).toBeUndefined();
    expect(defaultJsonApiUrl('http://pypi.org/simple')).toBeUndefined();
  });

  it('splits PEP 508 requirements, including URL requirements and extras', () => {
    expect(parseRequirement('Foo_Bar[socks] (>=1.0, <2) ; sys_platform == "win32"')).toEqual({ name: 'foo-bar', spec: '>=1.0, <2', marker: 'sys_platform == "win32"' });
    expect(parseRequirement('evil @ https://example.com/evil-1.0.tar.gz')).toEqual({ name: 'evil', spec: '@ https://example.com/evil-1.0.tar.gz' });
    expect(parseRequirement('docs-theme; extra == "docs"')).toEqual({ name: 'docs-theme', spec: '', marker: 'extra == "docs"', optional: true });
  });

  it('picks the repository from labelled project URLs, then from known forges', () => {
    const info = (extra: Record<string, unknown>) => parseJsonApi({ info: extra, urls: [] }, 'https://pypi.org/pypi/x/1/json');
    expect(info({ project_urls: { Documentation: 'https://docs.example', Code: 'https://git.example/x' } }).repository).toBe('https://git.example/x');
    expect(info({ project_urls: { Homepage: 'https://gitlab.com/a/b' } }).repository).toBe('https://gitlab.com/a/b');
    expect(info({ home_page: 'https://github.com/a/b' }).repository).toBe('https://github.com/a/b');
    expect(info({ home_page: 'https://example.org' }).repository).toBeUndefined();
  });

  it('takes the earliest upload time and reports yanked releases', () => {
    const meta = parseJsonApi(
      { info: { yanked: true, yanked_reason: 'malware' }, urls: [{ upload_time_iso_8601: '2024-02-02T00:00:00Z' }, { upload_time_iso_8601: '2024-01-01T00:00:00Z' }] },
      'https://pypi.org/pypi/x/1/json',
    );
    expect(meta.published).toBe('2024-01-01T00:00:00Z');
    expect(meta.deprecated).toBe('yanked: malware');
  });

  it('rejects an answer without info as an external error naming the URL', () => {
    expect(() => parseJsonApi({ message: 'hi' }, 'https://u:pw@pypi.example/pypi/x/1/json')).toThrow(/malformed PyPI JSON API answer from https:\/\/\*\*\*@pypi\.example\/pypi\/x\/1\/json/);
  });
});

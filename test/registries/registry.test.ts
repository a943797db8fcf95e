import { describe, expect, it } from 'vitest';
import { redactUrl, RunCache, splitCredentials } from '../../src/registries/registry.js';

describe('shared registry helpers', () => {
  it('redacts userinfo and secret query values', () => {
    expect(redactUrl('https://user:pass@r.example/npm/?token=abc&page=2')).toBe('https://***@r.example/npm/?token=***&page=2');
    expect(redactUrl('not a url //user:pw@host')).toBe('not a url //***@host');
  });

  it('turns URL credentials into Basic authorization and a clean URL', () => {
    expect(splitCredentials('https://a%40b:p%3Ass@idx.example/simple')).toEqual({
      url: 'https://idx.example/simple',
      authorization: `Basic ${Buffer.from('a@b:p:ss').toString('base64')}`,
    });
    expect(splitCredentials('https://idx.example/simple')).toEqual({ url: 'https://idx.example/simple' });
    expect(() => splitCredentials('::nope::')).toThrow(/not a valid URL/);
  });

  it('caches successes and forgets failures', async () => {
    const cache = new RunCache<number>();
    let calls = 0;
    const load = async () => {
      calls++;
      if (calls === 1) throw new Error('flaky');
      return calls;
    };
    await expect(cache.get('k', load)).rejects.toThrow('flaky');
    expect(await cache.get('k', load)).toBe(2);
    expect(await cache.get('k', load)).toBe(2);
    expect(calls).toBe(2);
  });
});

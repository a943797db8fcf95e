import type { Finding } from '../../model/index.js';
import { MODULE_SCOPE } from '../../model/index.js';
import { ADDRESS, ADDRESS_PATTERN } from '../shared/crypto-addresses.js';
import { isAuxiliary } from '../shared/scope-filter.js';
import { sourceLine } from '../shared/snippet.js';
import { finding, type Detector, type RuleMeta } from '../types.js';

const meta: RuleMeta = {
  id: 'js/wallet-hijack',
  title: 'Cryptocurrency wallet hijack',
  vectors: ['import', 'runtime'],
  severity: 'critical',
  behaviors: ['information-stealing', 'remote-control'],
  techniques: ['obfuscation'],
  summary:
    "Code that intercepts the page's network or wallet traffic (overrides fetch, XMLHttpRequest.prototype.open/send or the injected wallet provider's request) and carries hard-coded cryptocurrency addresses (Ethereum, Bitcoin, Tron, Solana) to swap in: a table of them, or one beside an address pattern.",
  docs: `Browser-bundle hijackers (as in the 2025 compromise of popular terminal-colour and debug packages) hook
\`fetch\`, \`XMLHttpRequest\` and \`window.ethereum\`, look for wallet addresses in requests and responses and
replace them with the attacker's, choosing the most similar-looking address. Wallet libraries talk to
providers and contain a few contract addresses; they do not rewrite the page's traffic. The rule needs both:
a hook that replaces those functions, **and** a table of at least three hard-coded addresses, or one or two
hard-coded addresses beside an address pattern (\`0x[a-fA-F0-9]{40}\`): the swap of whatever matches it. A hook
of the wallet provider's \`request\` that rewrites the recipient of the transaction it forwards
(\`eth_sendTransaction\` … \`params[0].to = '0x…'\`, a literal address) needs only that one address.

- in code that loads on require/import (or a browser bundle entry): **critical**;
- elsewhere in the package: **high**.

A hook is a function written in the original's place (\`window.fetch = async function …\`, an arrow, a \`Proxy\`),
or a named one in a file that keeps the original to call on (\`const original = window.fetch\`), also under an
alias of the global object (\`var w = window; w.fetch = async function …\`). A polyfill or a
library's installer putting its own implementation there (\`self.fetch = fetch\`, \`globalThis.fetch =
module.exports.fetch\`) is not one. Lowercase hex strings (hashes, ids) and word-built identifiers are not
counted as base58 addresses.`,
};

const HOOK = /XMLHttpRequest\.prototype\.(open|send)\s*=|(?:window|globalThis|self)\.fetch\s*=(?!=)|ethereum\.request\s*=(?!=)|Object\.defineProperty\(\s*(?:window|globalThis)\s*,\s*['"](fetch|ethereum)['"]/;
const ADDRESSES = new RegExp(ADDRESS.source, 'g');

/** Functions the analysis names after what they replace (`window.fetch = function …` defines `window.fetch`). */
const HOOK_FUNCTION = /(^|\.)(window|globalThis|self)\.fetch$|(^|\.)XMLHttpRequest\.(open|send)$|(^|\.)ethereum\.request$/;

const PROVIDER_HOOK = /ethereum\.request/;
/**
 * Rewriting what a wallet is asked to send: its method's name near a write of a literal address as the
 * recipient (`params[0].to = '0x…'`). A dapp filling its own contract's address from a constant does not count.
 */
const TX_REWRITE = /\beth_(?:send|sign)Transaction\b[\s\S]{0,400}?\.to\s*=\s*(['"`])0x[0-9a-fA-F]{40}\1/;

/**
 * Solana addresses: base58 public keys of 32–44 characters. Long identifiers are letters only, so a
 * candidate must mix digits, capitals and small letters, as random keys do.
 */
const BASE58 = /\b[1-9A-HJ-NP-Za-km-z]{32,44}\b/g;
const SOLANA_MIX = [/[1-9]/, /[A-Z]/, /[a-z]/];

/** A function put in the original's place: written there (`= async function`, `= (…) =>`, `= new Proxy(`). */
const FUNCTION_VALUE = /^\s*(?:async\b|function\b|\(|[\w$]+\s*=>|new\s+Proxy\b)/;
/** The original kept to be called by the hook: `const orig = window.fetch`, `window.fetch.bind(window)`. */
const ORIGINAL_KEPT = /=\s*(?:window|globalThis|self)\.fetch\b(?!\s*=)|(?:window|globalThis|self)\.fetch\.bind\(|=\s*XMLHttpRequest\.prototype\.(?:open|send)\b(?!\s*=)/;

/**
 * The first replacement of fetch, XMLHttpRequest or the wallet provider that is a hook: a function written in
 * place, or a named one where the file keeps the original to call on. A polyfill or a library's installer
 * (`self.fetch = fetch`, `globalThis.fetch = module.exports.fetch`) puts its own implementation there instead.
 */
function hookIn(text: string): RegExpExecArray | undefined {
  const all = new RegExp(HOOK.source, 'g');
  let kept: boolean | undefined;
  for (let m = all.exec(text); m; m = all.exec(text)) {
    if (!m[0].endsWith('=') || FUNCTION_VALUE.test(text.slice(m.index + m[0].length, m.index + m[0].length + 40))) return m;
    kept ??= ORIGINAL_KEPT.test(text);
    if (kept) return m;
  }
  return undefined;
}

/**
 * `var w = window; … w.fetch = async function …`: the global object under another name (the analysis names the
 * function after the variable). Named back as `window.fetch` for the report.
 */
function aliasedFetchHook(functions: readonly { name: string; line: number }[], text: string): { name: string; line: number } | undefined {
  for (const fn of functions) {
    const alias = /^(?:.*\.)?([A-Za-z_$][\w$]*)\.fetch$/.exec(fn.name)?.[1];
    if (alias === undefined || alias === 'window' || alias === 'globalThis' || alias === 'self') continue;
    if (new RegExp(`(?:^|[^\\w$.])${alias.replace(/\$/g, '\\$')}\\s*=\\s*(?:window|globalThis|self)\\b(?!\\s*[.[])`).test(text)) return { name: 'window.fetch', line: fn.line };
  }
  return undefined;
}

/**
 * Not an address: a lowercase hex string (a hash or an id: `3ebbcb006d4d…`) where a base58 address is due, or a
 * word-built identifier (`DatasetListResponsesV4Page…`: random keys carry digits and capitals throughout).
 */
function plausibleAddress(a: string): boolean {
  if (a.startsWith('0x') || a.startsWith('bc1')) return true;
  if (/^[0-9a-f]+$/.test(a)) return false;
  return (a.match(/\d/g)?.length ?? 0) >= 3 && (a.match(/[A-Z]/g)?.length ?? 0) >= 3;
}

export const walletHijack: Detector = {
  meta,
  run(pkg) {
    const out: Finding[] = [];
    for (const [file, f] of pkg.facts) {
      if (f.language !== 'javascript' || isAuxiliary(file, pkg.execution.vector(file, MODULE_SCOPE), pkg.execution)) continue;
      const text = pkg.text(file);
      if (!text) continue;
      const hook = hookIn(text);
      // Obfuscated hooks (`window[_0x2f08(0x105)] = async function …`) fold to the function they define.
      const defined = hook ? undefined : (f.functions.find((fn) => HOOK_FUNCTION.test(fn.name)) ?? aliasedFetchHook(f.functions, text));
      if (!hook && !defined) continue;
      const addresses = new Set<string>();
      for (const s of f.strings) {
        for (const m of s.value.matchAll(ADDRESSES)) if (plausibleAddress(m[0])) addresses.add(m[0]);
        for (const m of s.value.matchAll(BASE58)) if (SOLANA_MIX.every((re) => re.test(m[0])) && plausibleAddress(m[0])) addresses.add(m[0]);
      }
      // A table of addresses to choose from, or one address put in place of whatever matches an address
      // pattern (`body.replace(/0x[a-fA-F0-9]{40}/g, '0x…')`).
      const pattern = addresses.size > 0 && addresses.size < 3 ? ADDRESS_PATTERN.exec(text)?.[0] : undefined;
      // A provider hook that rewrites the transaction it forwards (`params[0].to = '0x…'`): a drainer needs one address.
      const redirect = addresses.size > 0 && pattern === undefined && PROVIDER_HOOK.test(hook?.[0] ?? defined?.name ?? '') ? TX_REWRITE.exec(text)?.[0] : undefined;
      if (addresses.size < 3 && pattern === undefined && redirect === undefined) continue;
      const line = hook ? text.slice(0, hook.index).split('\n').length : (defined?.line ?? 1);
      // What it replaces, as written in source: `window.fetch`, `XMLHttpRequest.prototype.send`.
      const replaced = hook ? hook[0].replace(/\s*=.*$/, '') : (HOOK_FUNCTION.exec(defined?.name ?? '')?.[0] ?? '').replace(/^\./, '').replace(/^XMLHttpRequest\./, 'XMLHttpRequest.prototype.');
      const vector = pkg.execution.vector(file, MODULE_SCOPE);
      out.push(
        finding(meta, {
          severity: vector === 'runtime' ? 'high' : 'critical',
          vector,
          message: pattern
            ? `hooks ${replaced} and puts a hard-coded wallet address in place of what matches ${pattern}`
            : redirect !== undefined
              ? `hooks ${replaced} and sets the recipient of the transactions it forwards to a hard-coded address`
            : `hooks ${replaced} and carries ${addresses.size} hard-coded wallet addresses to swap in`,
          file,
          line,
          snippet: hook ? (text.slice(hook.index, hook.index + 160).split('\n')[0] ?? '') : sourceLine(pkg, file, line),
          evidence: [...[...addresses].slice(0, 5), ...(pattern ? [pattern] : [])].join('\n'),
        }),
      );
    }
    return out;
  },
};

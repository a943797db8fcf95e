'use strict';
// A library's own fetch, installed globally only when the user asks (undici's install(), polyfills).
function fetch(input, init) {
  return Promise.resolve({ input, init });
}

// Contract addresses the client knows, and request ids (hex hashes, not Bitcoin addresses).
const CONTRACTS = {
  multicall: '0xcA11bde05977b3631167028862bE2a173976CA11',
  registry: '0x00000000000C2E074eC69A0dFb2997BA6C7d2e1e',
  weth: '0xC02aaA39b223FE8D0A0e5C4F27eAD9083C756Cc2',
};
const CACHE_KEYS = ['3ebbcb006d4d46d7bb6a8c7f14676cb0', '18a14bafaa8eb1df04ce683ec18c765e', '17b5962d775c646f3f9725cbc7a53df4'];

function install() {
  globalThis.fetch = module.exports.fetch;
}

if (typeof self !== 'undefined' && !self.fetch) {
  self.fetch = fetch;
}

module.exports = { fetch, install, CONTRACTS, CACHE_KEYS };

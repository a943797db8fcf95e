'use strict';
// Real-user monitoring: wraps fetch to time requests. Its trace ids are hex, its type names long identifiers;
// neither is a wallet address.
const SAMPLE_TRACES = ['3ebbcb006d4d46d7bb6a8c7f14676cb0', '18a14bafaa8eb1df04ce683ec18c765e', '17b5962d775c646f3f9725cbc7a53df4'];
const KINDS = ['DatasetListResponsesV4PagePaginationArray', 'CustomCertificatesV4PagePaginationArray', 'HostListResponsesV4PagePaginationArray'];

if (typeof window !== 'undefined') {
  const original = window.fetch;
  window.fetch = async function (input, init) {
    const started = performance.now();
    try {
      return await original(input, init);
    } finally {
      performance.measure(`fetch ${String(input)}`, { start: started });
    }
  };
}

module.exports = { SAMPLE_TRACES, KINDS };

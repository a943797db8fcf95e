'use strict';
// A fetch polyfill with retries: it replaces window.fetch. Its long keys are letters only, and two sample
// ids look like base58 keys, but two ids are not a table of wallet addresses to swap in.
const messages = {
  RetryAfterHeaderWasMalformedError: 'the Retry-After header was malformed',
  MaximumNumberOfRetriesExceededErr: 'too many retries',
  sampleRequestId: 'Xb7Kq2Lm9Np4Rs6Tv8Wy3Za5Cd1EfGh2Jk',
  sampleTraceId: 'Pq3Rs4Tu5Vw6Xy7Za8Bc9De2Fg3Hj4Km5',
};
if (typeof window !== 'undefined') {
  const native = window.fetch.bind(window);
  window.fetch = async function fetchWithRetry(input, init, attempts = 3) {
    for (let i = 0; ; i++) {
      try {
        return await native(input, init);
      } catch (err) {
        if (i + 1 >= attempts) throw new Error(messages.MaximumNumberOfRetriesExceededErr);
      }
    }
  };
}
module.exports = { messages };

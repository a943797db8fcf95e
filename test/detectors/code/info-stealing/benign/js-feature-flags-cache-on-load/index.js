// A feature-flag client: on load it shows the cached flags at once and fetches fresh ones for this version.
const VERSION = '0.4.0';
export let flags = {};
if (typeof window !== 'undefined') {
  const cached = localStorage.getItem('flags');
  if (cached) flags = JSON.parse(cached);
  fetch('https://flags.example.org/v1/flags?client=' + VERSION + '&t=' + Date.now())
    .then((r) => r.json())
    .then((f) => { flags = f; localStorage.setItem('flags', JSON.stringify(f)); });
}

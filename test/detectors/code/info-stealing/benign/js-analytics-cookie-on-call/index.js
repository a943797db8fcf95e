// First-party analytics: reads its own visitor id cookie and sends a page view when the site calls it.
const ENDPOINT = 'https://stats.example.org/collect';

function visitorId() {
  const m = /(?:^|; )_tid=([^;]+)/.exec(document.cookie);
  return m ? m[1] : undefined;
}

export function pageView(path) {
  return fetch(ENDPOINT, { method: 'POST', body: JSON.stringify({ id: visitorId(), path }) });
}

// At load time it only remembers the consent choice; nothing is sent.
export const consent = typeof window !== 'undefined' && localStorage.getItem('consent') === 'yes';

// A wallet SDK: when the extension is missing it offers the store page; it reports usage to its own API.
const STORE_URLS = {
  chrome: 'https://chrome.google.com/webstore/detail/metamask/nkbihfbeogaeaoehlefnkodbefgpgknn',
  edge: 'https://microsoftedge.microsoft.com/addons/detail/metamask/ejbalbakoplchlghecdalmeeeajnimhm',
};
const EXTENSION_ORIGIN = 'chrome-extension://nkbihfbeogaeaoehlefnkodbefgpgknn/home.html';

async function track(event) {
  await fetch('https://metrics.wallet-sdk.example/v1/events', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ event, sdkVersion: '0.34.0' }),
  });
}

track('sdk_loaded');

module.exports = {
  installUrl: (browser) => STORE_URLS[browser] ?? STORE_URLS.chrome,
  extensionOrigin: EXTENSION_ORIGIN,
  track,
};

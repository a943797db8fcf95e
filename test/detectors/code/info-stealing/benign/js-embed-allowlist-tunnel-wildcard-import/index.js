// Which sites may embed the connect modal: an allow-list of origin patterns, tunnels for local development included.
const DEFAULT_ALLOWED_ANCESTORS = ['http://localhost:*', 'https://*.pages.dev', 'https://*.ngrok-free.app', 'https://*.trycloudflare.com'];

function env() {
  return typeof process !== 'undefined' && process.env ? process.env : {};
}

// Checks a smart-account signature with the chain's RPC when a session asks for it.
async function isValidSignature(address, hash, signature, chainId, rpcUrl) {
  const settings = env();
  const res = await fetch(`${rpcUrl || settings.RPC_URL}/?chainId=${chainId}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ id: 1, jsonrpc: '2.0', method: 'eth_call', params: [{ to: address, data: hash + signature }, 'latest'], origin: settings.NEXT_PUBLIC_SECURE_SITE_ORIGIN }),
  });
  return (await res.json()).result;
}

module.exports = { DEFAULT_ALLOWED_ANCESTORS, isValidSignature };

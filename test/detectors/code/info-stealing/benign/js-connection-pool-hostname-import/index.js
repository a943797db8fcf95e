const http = require('http');
const https = require('https');
const os = require('os');

// Connection pools for the proxy, made at load (an Agent sends nothing by itself), and the machine name
// the proxy's NTLM login fills in when a request asks for it.
const httpAgent = new http.Agent({ keepAlive: true });
const httpsAgent = new https.Agent({ keepAlive: true });
httpAgent.maxSockets = httpsAgent.maxSockets = 256;
const workstation = os.hostname();

module.exports = { httpAgent, httpsAgent, workstation };

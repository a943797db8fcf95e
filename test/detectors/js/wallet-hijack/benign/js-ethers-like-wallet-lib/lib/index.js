'use strict';

const CONTRACTS = {
  mainnet: {
    multicall: '0x375c9a9b32949692f700302458a0c56a2b286d9a',
    registry: '0x02996bfc31acc12f02aec955f7f053f55d2261c8',
  },
  testnet: {
    multicall: '0x15167c7170b227848e0352f56fa69561083263f6',
    registry: '0xb3fcba226710d2efc8b45e5f51fc6ecc86711a31',
  },
};

function isAddress(value) {
  return typeof value === 'string' && /^0x[0-9a-fA-F]{40}$/.test(value);
}

class BrowserProvider {
  constructor(ethereum) {
    if (!ethereum || typeof ethereum.request !== 'function') throw new Error('no injected provider (window.ethereum)');
    this.ethereum = ethereum;
  }

  send(method, params) {
    return this.ethereum.request({ method, params: params || [] });
  }

  async requestAccounts() {
    const accounts = await this.send('eth_requestAccounts');
    return accounts.filter(isAddress);
  }

  async getBalance(address) {
    return BigInt(await this.send('eth_getBalance', [address, 'latest']));
  }
}

class JsonRpcProvider {
  constructor(url) {
    this.url = url;
    this.id = 0;
  }

  async send(method, params) {
    const res = await fetch(this.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ jsonrpc: '2.0', id: ++this.id, method, params }) });
    const json = await res.json();
    if (json.error) throw new Error(json.error.message);
    return json.result;
  }
}

function getDefaultProvider(network) {
  if (typeof window !== 'undefined' && window.ethereum) return new BrowserProvider(window.ethereum);
  return new JsonRpcProvider(network === 'testnet' ? 'https://rpc.testnet.example' : 'https://rpc.mainnet.example');
}

module.exports = { CONTRACTS, isAddress, BrowserProvider, JsonRpcProvider, getDefaultProvider };

import type { FileFacts, Severity, ValueFact, Vector } from '../../model/index.js';
import type { CodeEvent } from '../shared/events.js';
import { when } from '../shared/snippet.js';

/** A variable or field that holds a wallet's signing secret (not API secrets, which clients send to their own service). */
const WALLET_SECRET_NAME = /^(private_?key|priv_?key|privkey|mnemonic|seed_?phrase|seed_?words|recovery_?phrase|wallet_?key)$/i;
/**
 * Fields that name a wallet's secret only in wallet code: `seed` is also the random seed of an image or
 * text generation request, `secret_key` an API secret.
 */
const WALLET_ONLY_AS_FIELD = /^(secret_?key|seed)$/i;
/** Wallet and key-derivation libraries (Python and npm). */
const WALLET_LIBRARY =
  /^(web3|eth_account|eth_keys|solana|solders|bip_utils|bip32utils|mnemonic|bitcoinlib|bit|tronpy|xrpl|ethers|@solana\/web3\.js|bip39|bip32|ethereumjs-wallet|@ethereumjs\/wallet|tweetnacl|ripple-keypairs|hdkey|@scure\/bip39|@scure\/bip32|tronweb)(\.|\/|$)/;
/** Names of the package's own wallet code: `Wallet.fromSeed`, `derive_keypair`, `restore_mnemonic`. */
const WALLET_CODE = /wallet|keypair|mnemonic|fromSeed|from_seed/i;
/** Payload fields that say the request is about a wallet. */
const WALLET_FIELD = /wallet|address|mnemonic|phrase|chain|coin|pub(lic)?_?key/i;

type Report = (severity: Severity, s: { file: string; line: number; vector: Vector }, message: string, evidence: string) => void;

/** Every value inside `v` (list items and dict/object entries), three levels down. */
function nested(v: ValueFact, depth: number): ValueFact[] {
  return [v, ...(depth < 3 ? [...(v.items ?? []), ...Object.values(v.entries ?? {})].flatMap((x) => nested(x, depth + 1)) : [])];
}

/** The file is wallet code: it imports a wallet library or defines functions or classes named for wallets. */
function walletCode(f: FileFacts | undefined): boolean {
  if (!f) return false;
  return f.imports.some((i) => WALLET_LIBRARY.test(i.module)) || f.functions.some((fn) => WALLET_CODE.test(fn.name)) || f.classes.some((c) => WALLET_CODE.test(c.name));
}

/**
 * A wallet's private key or seed phrase handed to a network call: nothing legitimate sends those anywhere
 * (**high**, whenever it runs). `json={'private_key': k}`, a batch `[{'private_key': k}]`, a body
 * `JSON.stringify({ mnemonic })`, or the variable itself (`post(url, [{'key', private_key}])`). A `seed` or
 * `secret_key` field counts next to wallet fields or in wallet code.
 */
export function walletSecretTheft(sinks: CodeEvent[], facts: ReadonlyMap<string, FileFacts>, sender: (e: CodeEvent) => string, report: Report): void {
  const walletFiles = new Map<string, boolean>();
  const isWallet = (file: string): boolean => {
    if (!walletFiles.has(file)) walletFiles.set(file, walletCode(facts.get(file)));
    return walletFiles.get(file) as boolean;
  };
  for (const e of sinks) {
    const values = [...(e.call?.args ?? []), ...Object.values(e.call?.kwargs ?? {})];
    if (values.length === 0) continue;
    const inside = values.flatMap((v) => nested(v, 0));
    const keys = inside.flatMap((v) => Object.keys(v.entries ?? {}));
    let key = keys.find((k) => WALLET_SECRET_NAME.test(k));
    if (key === undefined) {
      const field = keys.find((k) => WALLET_ONLY_AS_FIELD.test(k));
      if (field !== undefined && (keys.some((k) => k !== field && WALLET_FIELD.test(k)) || isWallet(e.file))) key = field;
    }
    const variable = key === undefined ? inside.find((v) => v.value === undefined && WALLET_SECRET_NAME.test(v.text))?.text : undefined;
    if (key ?? variable) report('high', e, `sends a wallet secret (${key ?? variable}) with ${sender(e)} ${when(e)}`, e.text);
  }
}

/** Cryptocurrency addresses and the patterns that recognise them, for the address-swapping rules. */

/** A hard-coded address: Ethereum-style hex, bech32, base58 Bitcoin, Tron. */
export const ADDRESS = /\b0x[0-9a-fA-F]{40}\b|\bbc1[02-9ac-hj-np-z]{25,60}\b|\b[13][1-9A-HJ-NP-Za-km-z]{25,34}\b|\bT[1-9A-HJ-NP-Za-km-z]{33}\b/;

/** An address pattern written in code: `0x[a-fA-F0-9]{40}`, `[13][a-km-zA-HJ-NP-Z1-9]{25,34}`, `bc1…{…}`, `^T[…]{33}`. */
export const ADDRESS_PATTERN = /0x\[[^\]]{2,14}\]\{40\}|\[13\]\[[^\]]{3,30}\]\{2\d,3\d\}|bc1[^\s'"]{0,12}\{\d\d?,\d\d\}|\^T\[[^\]]{3,30}\]\{33\}/;

import type { Policy } from './types.js';

/**
 * The one place defaults live. A policy file only states what differs; `mergePolicy` fills the rest from here.
 * The full JSON Schema with line-numbered validation comes with the policy-file work; this is the contract.
 */
export const DEFAULT_POLICY: Readonly<Policy> = Object.freeze({
  failOn: 'high',
  warnOn: 'medium',
  uninspectable: 'fail',
  rules: {},
  allow: [],
  deny: [],
});

/** Rules whose findings mean "not inspected" rather than "malicious": the `uninspectable` key decides them. */
export const COVERAGE_RULES = new Set(['customs/uninspectable', 'customs/analysis-error']);

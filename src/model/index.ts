export * from './finding.js';
export * from './contents.js';
export * from './facts.js';

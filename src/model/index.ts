export * from './finding.js';
export * from './contents.js';
export * from './facts.js';
export * from './dependencies.js';
export * from './scan.js';

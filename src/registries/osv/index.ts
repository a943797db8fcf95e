/** Known-malicious lookups against OSV's MAL- advisories. */
export { createOsvClient, type OsvClientOptions } from './client.js';
export { osvKey, OSV_ECOSYSTEM, type OsvClient, type OsvHit, type OsvLookup } from './types.js';

/**
 * npm (or any registry speaking its API: Verdaccio, GitHub Packages, Artifactory) behind the Registry
 * interface. Scoped packages route to the registry configured for their scope (`@acme:registry=` in
 * .npmrc); each registry's token is sent to that registry's origin only.
 */
import type { Artifact, ResolvedPackage } from '../../model/dependencies.js';
import type { HttpClient } from '../../fetch/http.js';
import type { Logger } from '../../runtime/logger.js';
import { externalError, userError } from '../../runtime/errors.js';
import {
  checkStatus, isNotFound, isRecord, parseJsonBody, redactUrl, RunCache, sameOrigin, splitCredentials, withTrailingSlash,
  type Registry, type RegistryConfig, type ResolveOptions,
} from '../registry.js';
import { distIntegrity, isRegistrySpec, parsePackument, pickVersion, splitAlias, versionMetadata, type Packument } from './packument.js';

export interface NpmRegistryConfig {
  /** Default registry, e.g. `https://registry.npmjs.org/`. */
  url: string;
  token?: string;
  /** Scope (`@acme` or `acme`) → its registry. */
  scopes?: Record<string, RegistryConfig>;
}

interface Endpoint {
  root: string;
  shown: string;
  authorization?: string;
}

// https://github.com/npm/validate-npm-package-name: URL-safe characters only, so a name cannot escape the path.
const NPM_NAME = /^(?:@[a-z0-9][a-z0-9._~-]*\/)?[a-z0-9_~-][a-z0-9._~-]*$/i;
const MAX_PACKUMENT_BYTES = 256 * 1024 * 1024;

function endpoint(cfg: RegistryConfig): Endpoint {
  const split = splitCredentials(cfg.url);
  const authorization = cfg.token ? `Bearer ${cfg.token}` : split.authorization;
  return { root: withTrailingSlash(split.url), shown: redactUrl(cfg.url), ...(authorization ? { authorization } : {}) };
}

export function packumentUrl(root: string, name: string): string {
  // Scoped names keep the `@` and encode the slash: GET /@scope%2fname (REGISTRY-API.md).
  // Names are checked against NPM_NAME first, so nothing else needs escaping.
  return `${root}${name.replace('/', '%2f')}`;
}

export function createNpmRegistry(http: HttpClient, cfg: NpmRegistryConfig, log: Logger): Registry {
  const fallback = endpoint(cfg);
  const scoped = new Map<string, Endpoint>();
  for (const [scope, reg] of Object.entries(cfg.scopes ?? {})) {
    scoped.set((scope.startsWith('@') ? scope : `@${scope}`).toLowerCase(), endpoint(reg));
  }
  const cache = new RunCache<Packument>();

  const endpointFor = (name: string): Endpoint => {
    const scope = name.startsWith('@') ? name.slice(0, name.indexOf('/')).toLowerCase() : '';
    return scoped.get(scope) ?? fallback;
  };

  const load = (name: string): Promise<{ packument: Packument; at: Endpoint }> => {
    if (!NPM_NAME.test(name) || name.length > 214) throw userError(`"${name.slice(0, 100)}" is not a valid npm package name`);
    const at = endpointFor(name);
    const url = packumentUrl(at.root, name);
    return cache
      .get(url, async () => {
        log.debug(`npm: GET ${redactUrl(url)}`);
        // The full document, not `application/vnd.npm.install-v1+json`: we need time, maintainers and scripts.
        const auth = at.authorization && sameOrigin(url, at.root) ? { authorization: at.authorization } : {};
        const res = await http.request({ url, headers: { Accept: 'application/json' }, maxBytes: MAX_PACKUMENT_BYTES, ...auth });
        if (isNotFound(res)) throw userError(`npm package "${name}" not found on registry ${at.shown}`);
        checkStatus(res, `npm package "${name}"`, url);
        return parsePackument(parseJsonBody(res, url), redactUrl(url), name);
      })
      .then((packument) => ({ packument, at }));
  };

  const build = (name: string, version: string, p: Packument, at: Endpoint): ResolvedPackage => {
    const ref = { ecosystem: 'npm' as const, name, version };
    const dist = p.versions[version]!.dist;
    if (!isRecord(dist) || typeof dist.tarball !== 'string') {
      throw externalError(`npm package "${name}@${version}" on registry ${at.shown} has no dist.tarball`);
    }
    let filename: string;
    try {
      filename = decodeURIComponent(new URL(dist.tarball).pathname.split('/').pop() ?? '');
    } catch (err) {
      throw externalError(`npm package "${name}@${version}" on registry ${at.shown} has a malformed dist.tarball`, err);
    }
    const artifact: Artifact = { ref, url: dist.tarball, filename, type: 'npm-tarball', integrity: distIntegrity(dist) };
    return { ref, artifacts: [artifact], metadata: versionMetadata(p, version), registry: at.shown };
  };

  return {
    ecosystem: 'npm',
    async resolve(rawName: string, rawSpec: string, opts?: ResolveOptions): Promise<ResolvedPackage> {
      const { name, spec } = splitAlias(rawName, rawSpec);
      if (!isRegistrySpec(spec)) throw userError(`npm dependency "${rawName}@${rawSpec}" does not come from a registry; it cannot be resolved`);
      const { packument, at } = await load(name);
      const version = pickVersion(packument, spec, { prereleases: opts?.prereleases, name, registry: at.shown });
      if (!version) throw userError(`no version of npm package "${name}" matches "${spec || 'latest'}" on registry ${at.shown}`);
      log.debug(`npm: ${name} ${spec || 'latest'} → ${version}`);
      return build(name, version, packument, at);
    },
    async get(name: string, version: string): Promise<ResolvedPackage> {
      const { packument, at } = await load(name);
      if (!Object.hasOwn(packument.versions, version)) throw userError(`npm package "${name}" has no version ${version} on registry ${at.shown}`);
      return build(name, version, packument, at);
    },
  };
}

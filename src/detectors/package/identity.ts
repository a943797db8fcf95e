import type { ContentFile, Ecosystem } from '../../model/index.js';

/** Name and version as the artifact's own metadata states them (PKG-INFO, METADATA, package.json). */
export function identityOf(
  ecosystem: Ecosystem,
  files: readonly ContentFile[],
  text: (path: string) => string | undefined,
): { name?: string; version?: string } {
  if (ecosystem === 'npm') {
    try {
      const pkg = JSON.parse(text('package.json') ?? '') as { name?: unknown; version?: unknown };
      return {
        ...(typeof pkg.name === 'string' ? { name: pkg.name } : {}),
        ...(typeof pkg.version === 'string' ? { version: pkg.version } : {}),
      };
    } catch {
      return {};
    }
  }
  const meta =
    files.find((f) => /^[^/]+\.dist-info\/METADATA$/.test(f.path)) ??
    files.find((f) => f.path === 'PKG-INFO') ??
    files.find((f) => /^[^/]+\.egg-info\/PKG-INFO$/.test(f.path));
  if (!meta) return {};
  const body = text(meta.path) ?? '';
  const header = body.split(/\r?\n\r?\n/, 1)[0] ?? '';
  const name = /^Name:\s*(.+)$/m.exec(header)?.[1]?.trim();
  const version = /^Version:\s*(.+)$/m.exec(header)?.[1]?.trim();
  return {
    ...(name ? { name: name.toLowerCase().replace(/[-_.]+/g, '-') } : {}),
    ...(version ? { version } : {}),
  };
}

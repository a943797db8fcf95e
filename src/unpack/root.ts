/**
 * Finds the single top-level folder that every member sits under (`name-1.0/` in sdists, `package/` in
 * npm tarballs), fed one normalised member path at a time. Wheels keep their paths as they are: a zip
 * with a top-level `*.dist-info/` folder is never stripped, since its top level is site-packages.
 */
export class RootTracker {
  /** undefined: nothing seen yet; null: no common folder. */
  private top: string | null | undefined;
  private distInfo = false;

  add(path: string, directory: boolean): void {
    const slash = path.indexOf('/');
    const nested = slash >= 0 || directory;
    const first = slash >= 0 ? path.slice(0, slash) : path;
    if (nested && first.endsWith('.dist-info')) this.distInfo = true;
    if (!nested) this.top = null;
    else if (this.top === undefined) this.top = first;
    else if (this.top !== first) this.top = null;
  }

  /** The folder to strip with its trailing `/`, or '' for none. */
  root(isZip: boolean): string {
    if (this.top === undefined || this.top === null) return '';
    if (isZip && this.distInfo) return '';
    return `${this.top}/`;
  }
}

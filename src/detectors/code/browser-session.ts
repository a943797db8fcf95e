import type { Severity, Vector } from '../../model/index.js';
import type { CodeEvent } from '../shared/events.js';
import { carriesData, sentRefs } from '../shared/outbound.js';
import type { PackageModel } from '../types.js';

/** What a page keeps its sessions in: cookies and web storage (tokens of the site the bundle runs on). */
const SESSION_READ = /^global\.(window\.)?(document\.cookie|localStorage|sessionStorage)(\.getItem)?$/;
const COOKIE_JAR = /^global\.(window\.)?document\.cookie$/;

type Report = (severity: Severity, s: { file: string; line: number; vector: Vector }, message: string, evidence: string) => void;

/**
 * Browser code that, while it loads, reads the page's cookies in the same body as a request sending something
 * computed, or sends an item of its web storage: session theft from every site that bundles the package. Analytics code reads
 * its own cookie when called; at load time, next to a request, it is reported (high).
 */
export function browserSessionTheft(pkg: PackageModel, sinks: CodeEvent[], report: Report): void {
  for (const sink of sinks) {
    if (sink.language !== 'javascript' || sink.capability !== 'network' || (sink.vector !== 'import' && sink.vector !== 'install')) continue;
    if (!carriesData(sink)) continue;
    // The whole cookie jar anywhere in the body; a stored item only when it goes into the request (an SDK reads
    // its cached flags and fetches fresh ones in the same breath).
    const sent = sentRefs(sink);
    const read = pkg.facts
      .get(sink.file)
      ?.reads.find((r) => r.scope === sink.scope && SESSION_READ.test(r.name) && (COOKIE_JAR.test(r.name) || sent.includes(r.name)));
    if (!read) continue;
    const what = read.name.replace(/^global\.(window\.)?/, '').replace(/\.getItem$/, '');
    report('high', sink, `reads the page's ${what} and sends data with ${sink.callee} while the package loads (${sink.vector} time)`, sink.text);
  }
}

import type { CallFact, ValueFact } from '../../model/index.js';
import { MAIN_SCOPE, MODULE_SCOPE } from '../../model/index.js';
import { moduleNameOf } from '../python/modules.js';
import { escapeRegExp } from '../shared/regexp.js';
import type { CodeEvent } from '../shared/events.js';
import type { PackageModel } from '../types.js';

const RECEIVER = new Set(['self', 'cls']);

/**
 * A Python function that runs code it decodes or builds from one of its parameters (`exec(decrypt(b64decode(
 * content)))`), called somewhere in the package with what a request returned in that parameter's place
 * (`helper(json.loads(requests.get(u).text)['module'], …)`): a download-and-execute split between a caller
 * that fetches and a helper that runs, which neither shows alone. Returns the calling call.
 */
export function networkFedCaller(pkg: PackageModel, e: CodeEvent, fromNetwork: (ref: string) => boolean): { file: string; call: CallFact } | undefined {
  if (e.language !== 'python' || e.scope === MODULE_SCOPE || e.scope === MAIN_SCOPE) return undefined;
  const f = pkg.facts.get(e.file);
  const fn = f?.functions.find((x) => x.name === e.scope);
  const params = (fn?.params ?? []).filter((p) => !RECEIVER.has(p));
  if (!f || params.length === 0) return undefined;
  // What the function does with each parameter: the text of the code argument and of the calls of its body.
  const body = [e.call?.args[0]?.text ?? '', ...f.calls.filter((c) => c.scope === e.scope).flatMap((c) => [...c.args, ...Object.values(c.kwargs)].map((a) => a.text))];
  const used = (p: string): boolean => {
    const re = new RegExp(`(?<![\\w.])${escapeRegExp(p)}(?!\\w)`);
    return body.some((t) => re.test(t));
  };
  const mod = moduleNameOf(e.file);
  const network = (v: ValueFact | undefined): boolean => v !== undefined && v.value === undefined && v.refs.some(fromNetwork);
  for (const [file, g] of pkg.facts) {
    if (g.language !== 'python') continue;
    for (const call of g.calls) {
      const callsIt = file === e.file ? call.callee === `local.${e.scope}` : mod !== undefined && call.callee === `${mod}.${e.scope}`;
      if (!callsIt) continue;
      const fed = params.filter((p, i) => network(call.args[i]) || network(call.kwargs[p]));
      if (fed.some(used)) return { file, call };
    }
  }
  return undefined;
}

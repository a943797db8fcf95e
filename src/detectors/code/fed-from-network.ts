import type { CallFact, ValueFact } from '../../model/index.js';
import { MAIN_SCOPE, MODULE_SCOPE } from '../../model/index.js';
import { moduleNameOf } from '../python/modules.js';
import { escapeRegExp } from '../shared/regexp.js';
import type { CodeEvent } from '../shared/events.js';
import type { PackageModel } from '../types.js';
import { RECEIVER } from './function-hooks.js';

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
  const mod = moduleNameOf(e.file);
  const network = (v: ValueFact | undefined): boolean => v !== undefined && v.value === undefined && v.refs.some(fromNetwork);
  // Parameters some call of the function fills with what a request returned (few exec helpers have callers at all).
  const fed = new Map<string, { file: string; call: CallFact }>();
  for (const [file, g] of pkg.facts) {
    if (g.language !== 'python') continue;
    for (const call of g.calls) {
      const callsIt = file === e.file ? call.callee === `local.${e.scope}` : mod !== undefined && call.callee === `${mod}.${e.scope}`;
      if (!callsIt) continue;
      params.forEach((p, i) => {
        if (!fed.has(p) && (network(call.args[i]) || (Object.hasOwn(call.kwargs, p) && network(call.kwargs[p])))) fed.set(p, { file, call });
      });
    }
  }
  if (fed.size === 0) return undefined;
  // What the function does with such a parameter: the text of the code argument and of the calls of its body.
  const body = [e.call?.args[0]?.text ?? '', ...f.calls.filter((c) => c.scope === e.scope).flatMap((c) => [...c.args, ...Object.values(c.kwargs)].map((a) => a.text))];
  for (const [p, caller] of fed) {
    const re = new RegExp(`(?<![\\w.])${escapeRegExp(p)}(?!\\w)`);
    if (body.some((t) => re.test(t))) return caller;
  }
  return undefined;
}

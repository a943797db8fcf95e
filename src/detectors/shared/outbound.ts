import type { ValueFact } from '../../model/index.js';
import type { CodeEvent } from './events.js';

/**
 * What a network call sends, as opposed to what it merely names. A download's destination path
 * (`urlretrieve(url, path)`, `wget.download(url, out)`) stays on the machine; a timeout, a flag or a
 * constant URL carries nothing of the machine. The info-stealing rule asks this before it reports a request
 * next to a host-name or home-folder read; py/cmdclass-override before it lets a release-host fetch warn.
 */

/** Calls whose second argument is where the download is written. */
const DOWNLOAD_TO_FILE = /(^|\.)(urlretrieve|download)$/;
/** Keyword arguments that carry data out in Python HTTP clients (requests, httpx, urllib3, aiohttp). */
const DATA_KWARGS = new Set(['url', 'data', 'json', 'params', 'headers', 'body', 'files', 'cookies', 'auth', 'content', 'fields']);
const CONSTANT = /^(-?[\d.]+|True|False|None|true|false|null|undefined)$/;
const constant = (v: ValueFact): boolean => v.value !== undefined || CONSTANT.test(v.text.trim());

/** The argument values a call sends (all of them for calls this module does not know). */
export function sentValues(e: CodeEvent): ValueFact[] {
  const call = e.call;
  if (!call) return [];
  if (e.language !== 'python') return [...call.args, ...Object.values(call.kwargs)];
  const args = DOWNLOAD_TO_FILE.test(e.callee) ? call.args.slice(0, 1) : call.args;
  const kwargs = Object.entries(call.kwargs).filter(([k]) => DATA_KWARGS.has(k)).map(([, v]) => v);
  return [...args, ...kwargs];
}

/** Names read inside what the call sends (`requests.get(url, params={'h': socket.gethostname()})`). */
export function sentRefs(e: CodeEvent): string[] {
  return sentValues(e).flatMap((v) => v.refs);
}

/** Whether the call sends anything computed at run time; a socket is judged by what else its scope does. */
export function carriesData(e: CodeEvent): boolean {
  if (!e.call) return true;
  return !sentValues(e).every(constant);
}

/** Whether the call sends nothing beyond its URL (a download: `urlretrieve(url, path)`, `requests.get(url, timeout=5)`). */
export function sendsOnlyUrl(e: CodeEvent): boolean {
  if (!e.call) return false;
  return sentValues(e).slice(1).every(constant);
}

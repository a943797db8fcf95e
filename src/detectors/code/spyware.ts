import type { Finding, Severity } from '../../model/index.js';
import { isAuxiliary } from '../shared/scope-filter.js';
import { eventSnippet, when } from '../shared/snippet.js';
import { finding, type Detector, type RuleMeta } from '../types.js';

const meta: RuleMeta = {
  id: 'code/spyware',
  title: 'Records keystrokes or the screen and talks to the network',
  vectors: ['install', 'import', 'runtime'],
  severity: 'critical',
  behaviors: ['information-stealing'],
  techniques: [],
  summary:
    'A keyboard hook (pynput, keyboard) or a screen capture (ImageGrab, pyautogui, mss) in a file that also sends data over the network: a keylogger or screen grabber.',
  docs: `Libraries that hook the keyboard or grab the screen are legitimate; starting one while the package installs or
is imported, in a file that also talks to the network, is how keyloggers and screen grabbers ship.

- started at install or import time (directly, or through a thread or callback the module starts): **critical**;
- only when called: **medium** for a keyboard hook, **low** for a screen capture (bug reporters and remote-help
  tools capture and upload screens on request).

Clipboard access is \`code/clipboard-hijack\`'s; a file that only captures (no network) is left alone.`,
};

const KEYBOARD = /^(pynput\.keyboard\.(Listener|Events|GlobalHotKeys)|keyboard\.(on_press|on_release|hook|hook_key|record|start_recording|read_key|read_event|add_hotkey)|pyHook\.\w+|pyxhook\.\w+)$/;
const SCREEN = /^(PIL\.ImageGrab\.grab|pyautogui\.screenshot|mss\.\w+|pyscreenshot\.grab|pyscreeze\.screenshot)$/;
const SENDS = new Set(['network', 'socket', 'dns']);

export const spyware: Detector = {
  meta,
  run(pkg) {
    const out: Finding[] = [];
    for (const [file, events] of pkg.events.byFile) {
      const sink = events.find((e) => SENDS.has(e.capability) && !e.callee.startsWith('?.'));
      if (!sink) continue;
      const seen = new Set<string>();
      // One finding per kind, from the earliest-running use: a keylogger started at import must not hide
      // behind a hotkey helper of the same file that runs only when called.
      // (The few keyboard and screen calls are picked first: a bundle's every event need not be sorted.)
      const isEarly = (e: (typeof events)[number]): number => (e.vector === 'install' || e.vector === 'import' ? 0 : 1);
      const spying = events.filter((e) => KEYBOARD.test(e.callee) || SCREEN.test(e.callee));
      for (const e of spying.sort((x, y) => isEarly(x) - isEarly(y))) {
        const keys = KEYBOARD.test(e.callee);
        if (isAuxiliary(file, e.vector, pkg.execution)) continue;
        const kind = keys ? 'hooks the keyboard' : 'captures the screen';
        if (seen.has(kind)) continue;
        seen.add(kind);
        const early = e.vector === 'install' || e.vector === 'import';
        const severity: Severity = early ? 'critical' : keys ? 'medium' : 'low';
        out.push(finding(meta, {
          severity,
          confidence: early ? 'high' : 'medium',
          vector: e.vector,
          message: `${kind} with ${e.callee} ${when(e)}, in a file that sends data with ${sink.callee}`,
          file,
          line: e.line,
          snippet: eventSnippet(pkg, e),
          evidence: [e.text, sink.text].join('\n'),
        }));
      }
    }
    return out;
  },
};

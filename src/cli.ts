#!/usr/bin/env node
import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import { evalCommand, EVAL_USAGE } from './cli/eval.js';
import { INSPECTION_WORKER, inspectionWorker } from './inspection-pool.js';
import { inspectCommand, INSPECT_USAGE } from './cli/inspect.js';
import { rulesCommand, RULES_USAGE } from './cli/rules.js';
import { scanCommand, SCAN_USAGE } from './cli/scan.js';
import { CustomsError, describeError } from './runtime/errors.js';
import { ConsoleLogger } from './runtime/logger.js';

const USAGE = `customs — stops malicious PyPI and npm packages at the pull request

${SCAN_USAGE}

${INSPECT_USAGE}

${RULES_USAGE}

${EVAL_USAGE}
`;

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  const out = (s: string): void => void process.stdout.write(s);
  const log = new ConsoleLogger(rest.includes('--verbose'));
  try {
    switch (command) {
      case 'scan':
        return await scanCommand(rest, out, log);
      case 'inspect':
        return await inspectCommand(rest, out, log);
      case 'rules':
        return rulesCommand(rest, out);
      case 'eval':
        return await evalCommand(rest, out, log);
      case undefined:
      case 'help':
      case '--help':
      case '-h':
        out(USAGE);
        return command === undefined ? 2 : 0;
      default:
        log.error(`unknown command ${command}\n\n${USAGE}`);
        return 2;
    }
  } catch (err) {
    if (err instanceof CustomsError && err.kind === 'user') {
      log.error(err.message);
      return 2;
    }
    if (err instanceof TypeError && /parseArgs|Unknown option|ERR_PARSE_ARGS/.test(String((err as { code?: string }).code ?? err.message))) {
      log.error(err.message);
      return 2;
    }
    log.error(`${err instanceof CustomsError ? `${err.kind} error: ` : 'internal error: '}${describeError(err)}`);
    return 3;
  }
}

if (!isMainThread && (workerData as { role?: string } | null)?.role === INSPECTION_WORKER && parentPort) {
  inspectionWorker(parentPort);
} else {
  void main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}

import { buildFileCommand } from './code/build-file-command.js';
import { clipboardHijack } from './code/clipboard-hijack.js';
import { codeExecution } from './code/code-execution.js';
import { commandExecution } from './code/command-execution.js';
import { downloadExecute } from './code/download-execute.js';
import { exfilEndpoint } from './code/exfil-endpoint.js';
import { fileWiper } from './code/file-wiper.js';
import { infoStealing } from './code/info-stealing.js';
import { networkAtInstall } from './code/network-at-install.js';
import { obfuscation } from './code/obfuscation.js';
import { persistence } from './code/persistence.js';
import { platformTargeting } from './code/platform-targeting.js';
import { reverseShell } from './code/reverse-shell.js';
import { sandboxEscape } from './code/sandbox-escape.js';
import { shellcodeLoader } from './code/shellcode-loader.js';
import { spyware } from './code/spyware.js';
import { steganography } from './code/steganography.js';
import { traceDeletion } from './code/trace-deletion.js';
import { partialAnalysis, uninspectable } from './engine/coverage.js';
import { installScript } from './javascript/install-script.js';
import { urlDependency } from './javascript/url-dependency.js';
import { walletHijack } from './javascript/wallet-hijack.js';
import { binShadowing } from './package/bin-shadowing.js';
import { scriptShadowing } from './python/script-shadowing.js';
import { picklePayload } from './python/pickle-file.js';
import { confusionVersion } from './package/confusion.js';
import { duplicateKeysRule } from './package/duplicate-keys.js';
import { recordMismatch } from './package/record-mismatch.js';
import { typosquat } from './package/typosquat.js';
import { buildBackend } from './python/build-backend.js';
import { cmdclassOverride } from './python/cmdclass-override.js';
import { pthExec } from './python/pth-exec.js';
import { sourcelessModule } from './python/sourceless-module.js';
import { setupRequires } from './python/setup-requires.js';
import { SCAN_DETECTORS } from './scan/signals.js';
import type { Detector } from './types.js';

/** Every rule Customs knows, in the order reports list them. */
export const DETECTORS: readonly Detector[] = [
  commandExecution,
  codeExecution,
  shellcodeLoader,
  downloadExecute,
  infoStealing,
  reverseShell,
  persistence,
  clipboardHijack,
  spyware,
  exfilEndpoint,
  steganography,
  obfuscation,
  sandboxEscape,
  traceDeletion,
  fileWiper,
  platformTargeting,
  networkAtInstall,
  cmdclassOverride,
  setupRequires,
  pthExec,
  sourcelessModule,
  buildBackend,
  buildFileCommand,
  installScript,
  urlDependency,
  walletHijack,
  duplicateKeysRule,
  recordMismatch,
  typosquat,
  confusionVersion,
  binShadowing,
  scriptShadowing,
  picklePayload,
  uninspectable,
  partialAnalysis,
  ...SCAN_DETECTORS,
];

/**
 * The Logger of src/runtime/logger.ts on top of the Actions toolkit: levels map to workflow commands and a
 * stage's messages go into a collapsible group (https://docs.github.com/en/actions/reference/workflow-commands).
 */
import * as core from '@actions/core';
import type { Logger } from '../runtime/logger.js';

export class ActionsLogger implements Logger {
  debug(message: string): void {
    core.debug(message);
  }
  info(message: string): void {
    core.info(message);
  }
  warning(message: string): void {
    core.warning(message);
  }
  error(message: string): void {
    core.error(message);
  }
  async group<T>(name: string, fn: () => Promise<T>): Promise<T> {
    // core.group ends the group even when fn throws, so a failed stage does not swallow later output.
    return core.group(name, fn);
  }
}

/** The logger is passed in (never imported as a global) so tests can record what was said. */
export interface Logger {
  debug(message: string): void;
  info(message: string): void;
  warning(message: string): void;
  error(message: string): void;
  /** Groups the messages of one pipeline stage (a collapsible group in Actions logs). */
  group<T>(name: string, fn: () => Promise<T>): Promise<T>;
}

export class ConsoleLogger implements Logger {
  constructor(
    private readonly verbose = false,
    private readonly write: (line: string) => void = (line) => process.stderr.write(line + '\n'),
  ) {}
  debug(message: string): void {
    if (this.verbose) this.write(`debug: ${message}`);
  }
  info(message: string): void {
    this.write(message);
  }
  warning(message: string): void {
    this.write(`warning: ${message}`);
  }
  error(message: string): void {
    this.write(`error: ${message}`);
  }
  async group<T>(name: string, fn: () => Promise<T>): Promise<T> {
    this.debug(`── ${name}`);
    return fn();
  }
}

export interface LogRecord {
  level: 'debug' | 'info' | 'warning' | 'error';
  message: string;
}

/** For tests: keeps every message. */
export class RecordingLogger implements Logger {
  readonly records: LogRecord[] = [];
  debug(message: string): void {
    this.records.push({ level: 'debug', message });
  }
  info(message: string): void {
    this.records.push({ level: 'info', message });
  }
  warning(message: string): void {
    this.records.push({ level: 'warning', message });
  }
  error(message: string): void {
    this.records.push({ level: 'error', message });
  }
  async group<T>(_name: string, fn: () => Promise<T>): Promise<T> {
    return fn();
  }
}

/**
 * Three kinds of error, so every message tells the reader whose move it is:
 * the user's (bad input or configuration), an external system's (registry, GitHub), or ours (a bug).
 */
export type ErrorKind = 'user' | 'external' | 'internal';

export class CustomsError extends Error {
  constructor(
    readonly kind: ErrorKind,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'CustomsError';
  }
}

export function userError(message: string, cause?: unknown): CustomsError {
  return new CustomsError('user', message, { cause });
}

export function externalError(message: string, cause?: unknown): CustomsError {
  return new CustomsError('external', message, { cause });
}

export function internalError(message: string, cause?: unknown): CustomsError {
  return new CustomsError('internal', message, { cause });
}

export function describeError(err: unknown): string {
  if (err instanceof Error) return err.message;
  return String(err);
}

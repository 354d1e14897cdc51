// Errors a user can cause travel as values, not exceptions: they cross worker boundaries intact
// (comlink keeps only name/message/stack of a thrown error) and callers must look at them.

/** Where in the input a problem was found; every part is optional. */
export interface ErrorLocation {
  file?: string;
  row?: number;
  column?: string;
  product?: string;
}

/** A problem the user can fix or must be told about. */
export interface AppError<Code extends string = string> {
  code: Code;
  message: string;
  where?: ErrorLocation;
}

export type Result<T, Code extends string = string> = { ok: true; value: T } | { ok: false; error: AppError<Code> };

export function ok<T>(value: T): { ok: true; value: T } {
  return { ok: true, value };
}

export function fail<Code extends string>(code: Code, message: string, where?: ErrorLocation): { ok: false; error: AppError<Code> } {
  return where ? { ok: false, error: { code, message, where } } : { ok: false, error: { code, message } };
}

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

export type Result<T, Code extends string = string> =
  | { ok: true; value: T }
  | { ok: false; error: AppError<Code> };

export function ok<T>(value: T): { ok: true; value: T } {
  return { ok: true, value };
}

export function fail<Code extends string>(
  code: Code,
  message: string,
  where?: ErrorLocation,
): { ok: false; error: AppError<Code> } {
  return where ? { ok: false, error: { code, message, where } } : { ok: false, error: { code, message } };
}

/** "row 12, column volume" style suffix for messages. */
export function describeLocation(where: ErrorLocation | undefined): string {
  if (!where) return '';
  const parts: string[] = [];
  if (where.file) parts.push(where.file);
  if (where.row !== undefined) parts.push(`row ${where.row}`);
  if (where.column) parts.push(`column "${where.column}"`);
  if (where.product) parts.push(`product ${where.product}`);
  return parts.join(', ');
}

/** The message followed by the parts of its location it does not already name ("… — f.csv, row 12"). */
export function describeError(error: AppError): string {
  const said = error.message.toLowerCase();
  const where = { ...error.where };
  if (where.row !== undefined && said.includes(`row ${where.row}`)) delete where.row;
  if (where.column && said.includes(`column "${where.column.toLowerCase()}"`)) delete where.column;
  if (where.file && said.includes(where.file.toLowerCase())) delete where.file;
  return [error.message, describeLocation(where)].filter(Boolean).join(' — ');
}

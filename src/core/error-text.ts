// The one sentence a person reads for an AppError: its message, then the parts of its location
// (file, row, column, product) the message does not already name. Pure; every screen uses it.
import type { AppError, ErrorLocation } from './result';

function locationText(where: ErrorLocation): string {
  const parts: string[] = [];
  if (where.file) parts.push(where.file);
  if (where.row !== undefined) parts.push(`row ${where.row}`);
  if (where.column) parts.push(`column "${where.column}"`);
  if (where.product) parts.push(`product ${where.product}`);
  return parts.join(', ');
}

/** "Bad value. — broken.csv, row 51": the message followed by what it leaves unsaid of where. */
export function errorText(error: AppError): string {
  const said = error.message.toLowerCase();
  const where = { ...error.where };
  if (where.row !== undefined && said.includes(`row ${where.row}`)) delete where.row;
  if (where.column && said.includes(`column "${where.column.toLowerCase()}"`)) delete where.column;
  if (where.file && said.includes(where.file.toLowerCase())) delete where.file;
  if (where.product && said.includes(where.product.toLowerCase())) delete where.product;
  return [error.message, locationText(where)].filter(Boolean).join(' — ');
}

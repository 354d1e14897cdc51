// The settings panel's inputs, as pure functions: what each config field's input shows, what a typed
// entry becomes (validated afterwards like any layer), and the help line beside it.
import { coerceQueryText, type ConfigField } from '../../core/config';

/** The text a field's input shows for `value` (none → empty for numbers, objects as JSON). */
export function inputText(field: ConfigField, value: unknown): string {
  if (value === null || value === undefined) return field.kind === 'number' ? '' : 'none';
  return typeof value === 'object' ? JSON.stringify(value) : String(value);
}

/**
 * The value an entry sets: a number input's text as a number (empty = none where none is allowed);
 * text that is not a number is kept as typed so the message quotes it.
 */
export function enteredValue(field: ConfigField, text: string): unknown {
  switch (field.kind) {
    case 'number': {
      const trimmed = text.trim();
      if (trimmed === '' || trimmed.toLowerCase() === 'none') return field.nullable ? null : trimmed;
      const n = Number(trimmed);
      return Number.isNaN(n) ? trimmed : n;
    }
    case 'boolean':
      return text === 'true';
    case 'choice':
      return text;
    case 'json':
      return coerceQueryText(text);
  }
}

/** "Whole number, 1–100000 trials. Empty: keep every study." for the help line. */
export function boundsText(field: ConfigField): string {
  if (field.kind !== 'number') return '';
  const range = `${field.whole ? 'Whole number' : 'Number'} from ${field.min.toLocaleString('en-US')} to ${field.max.toLocaleString('en-US')}${field.unit ? ` ${field.unit}` : ''}.`;
  return field.nullable ? `${range} Empty: ${field.noneMeans ?? 'none'}.` : range;
}

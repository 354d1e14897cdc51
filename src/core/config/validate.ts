// Validation of one configuration value: either the value to apply or a message that names the
// key, the bound and the bad value (the bounds are CONFIG_FIELDS'). Object-valued keys (search_space,
// seeds) merge onto the current value.
import type { ConfigKey, StudyConfig } from './config';
import { CONFIG_FIELDS, type NumberField } from './config-fields';
import { ok } from '../result';
import { rejected, show, type Checked } from './check';
import { validateSearchSpace, validateSeeds } from './validate-space';

const good = <T>(value: T): Checked<T> => ok(value);
const bad = (key: string, expected: string, raw: unknown): Checked<never> => rejected(`${key} must be ${expected}; got ${show(raw)}.`);

function inBounds(key: string, raw: unknown, field: NumberField): Checked<number> {
  const fits = typeof raw === 'number' && Number.isFinite(raw) && raw >= field.min && raw <= field.max && (!field.whole || Number.isInteger(raw));
  if (fits) return good(raw);
  const min = field.min.toString();
  const max = field.max.toString();
  return bad(key, `${field.whole ? 'a whole number' : 'a number'} from ${min} to ${max}`, raw);
}

/** Checks a scalar key against its field: a choice, a bounded number (or none), a flag. */
function checkField(key: ConfigKey, raw: unknown): Checked<unknown> {
  const field = CONFIG_FIELDS[key];
  switch (field.kind) {
    case 'choice':
      if (typeof raw === 'string' && field.choices.includes(raw)) return good(raw);
      return bad(key, `one of ${field.choices.join(', ')}`, raw);
    case 'boolean':
      return typeof raw === 'boolean' ? good(raw) : bad(key, 'true or false', raw);
    case 'number': {
      if (field.nullable && raw === null) return good(null);
      const checked = inBounds(key, raw, field);
      return checked.ok || !field.nullable ? checked : rejected(checked.error.message.replace(' must be ', ' must be none (null) or '));
    }
    case 'json':
      throw new Error(`${key} is validated by its own checker`);
  }
}

type Validator<K extends ConfigKey> = (raw: unknown, current: StudyConfig[K]) => Checked<StudyConfig[K]>;

/** The object-valued keys merge onto the current value; every other key is checked by its field. */
const OBJECT_VALIDATORS: { [K in ConfigKey]?: Validator<K> } = {
  search_space: (raw, current) => validateSearchSpace(raw, current),
  seeds: (raw, current) => validateSeeds(raw, current),
};

export const CONFIG_KEYS = Object.keys(CONFIG_FIELDS) as ConfigKey[];

export function isConfigKey(key: string): key is ConfigKey {
  return Object.prototype.hasOwnProperty.call(CONFIG_FIELDS, key);
}

/** Checks `raw` for `key`, given the value it would replace (object keys merge onto it). */
export function validateValue<K extends ConfigKey>(key: K, raw: unknown, current: StudyConfig[K]): Checked<StudyConfig[K]> {
  const validator = OBJECT_VALIDATORS[key] as Validator<K> | undefined;
  // The field table's kinds match StudyConfig's types (config-bounds.test.ts checks every profile).
  return validator ? validator(raw, current) : (checkField(key, raw) as Checked<StudyConfig[K]>);
}

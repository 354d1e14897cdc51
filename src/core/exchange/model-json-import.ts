// Reads model JSON from anyone: size limit before parsing, JSON syntax, format and version, checksum,
// `restore()` of older versions, then full validation. Nothing is returned unless all of it passes.
import type { WeeklySeries } from '../data/types';
import { fail, ok, type Result } from '../result';
import type { ModelVersionDraft } from '../registry/registry-types';
import { canonicalChecksum } from '../canonical-json';
import { field, InvalidField, int, isoTime, list, literal, MAX_JSON_DEPTH, nestedDeeperThan, record, text } from './json-reader';
import { CURRENT_FORMAT_VERSION, MAX_MODEL_JSON_BYTES, MODEL_FORMAT, type ExportedModel, type ModelImportErrorCode } from './model-json-format';
import { isKnownFormatVersion, restore } from './model-json-restore';
import { checkExportedModel } from './model-version-schema';

export interface ImportedModel {
  /** Ready to register: provenance says imported, from where, and with which checksum. */
  draft: ModelVersionDraft;
  series: WeeklySeries | null;
}

type ImportResult = Result<ImportedModel[], ModelImportErrorCode>;

const MB = 1024 * 1024;

/** For a file picker or drop: refuses a file by its size before anything reads it. */
export function checkModelFileSize(bytes: number, fileName: string): Result<null, 'too-large'> {
  if (bytes <= MAX_MODEL_JSON_BYTES) return ok(null);
  return fail('too-large', `${fileName} is ${(bytes / MB).toFixed(1)} MB; a model file may be at most ${MAX_MODEL_JSON_BYTES / MB} MB, so it was not read.`, {
    file: fileName,
  });
}

/** The checksum a document carries, by format version (v1: bare hex; v2: {algorithm, value}). */
function carriedChecksum(doc: Record<string, unknown>, version: number): string {
  if (version === 1) return text(64, 64)(doc.checksum, 'checksum');
  const c = record(doc.checksum, 'checksum');
  field(c, 'algorithm', 'checksum', literal('SHA-256'));
  return field(c, 'value', 'checksum', text(64, 64));
}

async function readDocument(json: string, fileName: string, importedAt: string): Promise<ImportResult> {
  const where = { file: fileName };
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch (e) {
    return fail('malformed-json', `${fileName} is not valid JSON: ${(e as Error).message}`, where);
  }
  if (nestedDeeperThan(parsed))
    return fail('invalid-field', `${fileName} is nested more than ${MAX_JSON_DEPTH} levels deep; a model file is never nested that deep.`, where);
  if (typeof parsed !== 'object' || parsed === null || (parsed as Record<string, unknown>).format !== MODEL_FORMAT) {
    return fail('not-a-model-file', `${fileName} is not a Shelfcast model file (its "format" must be "${MODEL_FORMAT}").`, where);
  }
  const doc = parsed as Record<string, unknown>;
  const version = int(1, 1_000_000)(doc.formatVersion, 'formatVersion');
  if (version > CURRENT_FORMAT_VERSION) {
    return fail(
      'future-format-version',
      `${fileName} uses model format ${version}; this version of Shelfcast reads formats up to ${CURRENT_FORMAT_VERSION}. Update Shelfcast to import it.`,
      where,
    );
  }
  if (!isKnownFormatVersion(version)) return fail('unknown-format-version', `${fileName} uses model format ${version}, which never existed.`, where);

  const carried = carriedChecksum(doc, version);
  const { checksum: _c, ...body } = doc;
  let computed: string;
  try {
    computed = await canonicalChecksum(body);
  } catch {
    return fail('invalid-field', `${fileName} holds a number JSON cannot represent (such as 1e999).`, where);
  }
  if (computed !== carried) {
    return fail('checksum-mismatch', `${fileName} was changed after it was exported: its SHA-256 checksum does not match its content.`, where);
  }
  const current = restore(doc, version);
  const exportedAt = field(current, 'exportedAt', '', isoTime);
  const exportedBy = field(current, 'appVersion', '', text(50, 1));
  const content = record(current.content, 'content');
  const models = field(
    content,
    'models',
    'content',
    list((v) => v, 10_000),
  );
  if (models.length === 0) return fail('invalid-field', `${fileName}: content.models is empty.`, where);
  const imported: ImportedModel[] = [];
  for (let i = 0; i < models.length; i++) {
    const { model, series }: ExportedModel = await checkExportedModel(models[i], `content.models[${i}]`);
    const { recordVersion: _r, name, version: originalVersion, ...rest } = model;
    const provenance = { kind: 'imported' as const, importedAt, fileName, exportedAt, exportedBy, checksum: carried, originalName: name, originalVersion };
    imported.push({ draft: { ...rest, provenance }, series });
  }
  return ok(imported);
}

/** Parses and checks model JSON text; `importedAt` stamps the provenance of every model in it. */
export async function importModelsJson(json: string, fileName: string, importedAt: Date): Promise<ImportResult> {
  // UTF-16 length never exceeds the UTF-8 byte count, so this refuses nothing under the limit.
  const size = checkModelFileSize(json.length, fileName);
  if (!size.ok) return size;
  try {
    return await readDocument(json, fileName, importedAt.toISOString());
  } catch (e) {
    // Validators throw InvalidField deep inside; here it becomes the error value the caller shows.
    if (e instanceof InvalidField) return fail('invalid-field', `${fileName}: ${e.path} ${e.problem}.`, { file: fileName });
    throw e;
  }
}

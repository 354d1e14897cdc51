// Files dropped together must be different files: the same bytes twice would count every sale twice.
import { fail, ok, type Result } from '../result';

/** Refuses a drop in which two files have the same content digest, naming both. */
export function checkDistinctFiles(files: readonly { name: string; digest: string }[]): Result<void, 'duplicate-file'> {
  const seen = new Map<string, string>();
  for (const f of files) {
    const first = seen.get(f.digest);
    if (first !== undefined) {
      return fail(
        'duplicate-file',
        `"${f.name}" has exactly the same contents as "${first}": importing both would count every sale twice. Drop the file once.`,
        { file: f.name },
      );
    }
    seen.set(f.digest, f.name);
  }
  return ok(undefined);
}

// What a study's storage means to the user, in the words the Studies screen shows (pure, main thread).
import type { ConfigSource, StudyStorage } from '../../core/config/config';
import { SOURCE_LABEL } from '../../core/config/resolve';

/** What the next run does with a study's stored trials. */
export function storageNote(storage: StudyStorage): string {
  return storage === 'ephemeral'
    ? 'Ephemeral: this run’s trials are kept for inspection; the next run starts a new search instead of continuing it.'
    : 'Persistent: the trials are kept and the next run continues the search from them.';
}

/** The note on a study a reload or crash stopped. */
export function interruptedNote(storage: StudyStorage): string {
  const next =
    storage === 'ephemeral'
      ? 'training the product again starts a new search (ephemeral storage)'
      : 'training the product again continues it (a trial left running is re-run)';
  return `A reload or crash stopped this study; its finished trials are kept, and ${next}.`;
}

/** The question asked before retention deletes stored studies (a link can set the age). */
export function purgeQuestion(count: number, days: number, source: ConfigSource): string {
  const studies = count === 1 ? '1 stored study' : `${count} stored studies`;
  return `Training will first delete ${studies} not updated for ${days} days (study_retention_days = ${days}, from ${SOURCE_LABEL[source]}). Their trials cannot be brought back.`;
}

import { describe, expect, it } from 'vitest';
import { interruptedNote, purgeQuestion, storageNote } from './study-storage';

describe('study storage notes', () => {
  it('say that an ephemeral study keeps its trials but is not continued', () => {
    expect(storageNote('ephemeral')).toBe('Ephemeral: this run’s trials are kept for inspection; the next run starts a new search instead of continuing it.');
    expect(storageNote('ephemeral')).not.toMatch(/only its summary/);
    expect(interruptedNote('ephemeral')).toContain('starts a new search');
  });

  it('say that a persistent study is continued', () => {
    expect(storageNote('persistent')).toContain('continues the search');
    expect(interruptedNote('persistent')).toBe(
      'A reload or crash stopped this study; its finished trials are kept, and training the product again continues it (a trial left running is re-run).',
    );
  });
});

describe('the retention question asked before a training run deletes stored studies', () => {
  it('says how many studies, the age, the key and where the value came from', () => {
    expect(purgeQuestion(3, 5, 'url')).toBe(
      'Training will first delete 3 stored studies not updated for 5 days (study_retention_days = 5, from the URL query). Their trials cannot be brought back.',
    );
    expect(purgeQuestion(1, 90, 'profile')).toContain('1 stored study not updated for 90 days');
  });
});

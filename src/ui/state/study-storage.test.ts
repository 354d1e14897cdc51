import { describe, expect, it } from 'vitest';
import { interruptedNote, storageNote } from './study-storage';

describe('study storage notes', () => {
  it('say that an ephemeral study keeps its trials but is not continued', () => {
    expect(storageNote('ephemeral')).toBe('Ephemeral: this run’s trials are kept for inspection; the next run starts a new search instead of continuing it.');
    expect(storageNote('ephemeral')).not.toMatch(/only its summary/);
    expect(interruptedNote('ephemeral')).toContain('starts a new search');
  });

  it('say that a persistent study is continued', () => {
    expect(storageNote('persistent')).toContain('continues the search');
    expect(interruptedNote('persistent')).toBe('A reload or crash stopped this study; its finished trials are kept, and training the product again continues it (a trial left running is re-run).');
  });
});

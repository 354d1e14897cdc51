// The reload notice appears when another tab's newer version takes the database, not when the
// browser merely terminated a connection (the next call reopens it).
import { describe, expect, it } from 'vitest';
import { NEWER_VERSION_NOTICE, noticeFor } from './connection.svelte';

describe('noticeFor', () => {
  it('asks for a reload when a newer version opened elsewhere', () => expect(noticeFor('newer-version')).toBe(NEWER_VERSION_NOTICE));
  it('says nothing when the connection was terminated', () => expect(noticeFor('terminated')).toBe(''));
});

describe('noticeFor a database the page cannot open', () => {
  it('says what is wrong and what to do', () => {
    expect(noticeFor('blocked')).toMatch(/another tab.*Close that tab/);
    expect(noticeFor('newer-database')).toMatch(/newer version of the lab.*reload/i);
    expect(noticeFor('damaged')).toMatch(/reset local data/i);
  });
  it('clears the wait once the upgrade went on', () => expect(noticeFor('unblocked')).toBe(''));
});

// The reload notice appears when another tab's newer version takes the database, not when the
// browser merely terminated a connection (the next call reopens it).
import { describe, expect, it } from 'vitest';
import { NEWER_VERSION_NOTICE, noticeFor } from './connection.svelte';

describe('noticeFor', () => {
  it('asks for a reload when a newer version opened elsewhere', () => expect(noticeFor('newer-version')).toBe(NEWER_VERSION_NOTICE));
  it('says nothing when the connection was terminated', () => expect(noticeFor('terminated')).toBe(''));
});

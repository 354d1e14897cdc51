// The page's notice about its database (main thread): another tab opened a newer version, an upgrade
// waits for another tab, or the stored data cannot be opened by this page. Each says what to do.
import type { ConnectionLoss } from '../../storage/db';
import type { WatchConnection } from './lab-context';

export const NEWER_VERSION_NOTICE = 'A newer version of the lab was opened in another tab; reload to continue.';

const NOTICES: Record<ConnectionLoss, string> = {
  'newer-version': NEWER_VERSION_NOTICE,
  // A terminated connection reopens by itself; an upgrade that went on needs nothing more.
  terminated: '',
  unblocked: '',
  blocked: 'The lab is updating its stored data, but another tab of the lab holds it open. Close that tab (or reload it); this page continues by itself.',
  'newer-database':
    'The data in this browser was saved by a newer version of the lab, which this page cannot read. Reload to get the newer version; if it stays old, close the other tabs of the lab and reload.',
  damaged:
    "The lab's database in this browser is missing parts and cannot be used. Export anything you still need, then reset local data (site settings → clear data) and reload.",
};

/** What to tell the user about the connection; '' when there is nothing to do. */
export function noticeFor(loss: ConnectionLoss): string {
  return NOTICES[loss];
}

export class ConnectionState {
  #notice = $state('');
  get notice() {
    return this.#notice;
  }

  constructor(private readonly watchConnection: WatchConnection) {}

  /** Starts listening; returns the function that stops it (for onMount). */
  watch(): () => void {
    return this.watchConnection((loss) => {
      // A waiting upgrade that went on clears its own notice; other notices stay until a reload.
      // A later problem replaces the wait, since the wait is over.
      if (loss === 'unblocked') {
        if (this.#notice === NOTICES.blocked) this.#notice = '';
      } else if (!this.#notice || this.#notice === NOTICES.blocked) this.#notice = noticeFor(loss);
    });
  }
}

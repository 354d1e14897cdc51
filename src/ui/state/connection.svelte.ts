// The page's notice that its database connection was given up (main thread): another tab opened a
// newer version of the lab, so this one must reload before it can store anything again.
import { onConnectionLoss, type ConnectionLoss } from '../../storage/db';

export const NEWER_VERSION_NOTICE = 'A newer version of the lab was opened in another tab; reload to continue.';

/** What to tell the user about a lost connection; a terminated one reopens by itself, so nothing. */
export function noticeFor(loss: ConnectionLoss): string {
  return loss === 'newer-version' ? NEWER_VERSION_NOTICE : '';
}

export class ConnectionState {
  notice = $state('');

  /** Starts listening for lost connections; returns the function that stops it (for onMount). */
  watch(): () => void {
    return onConnectionLoss((loss) => {
      this.notice ||= noticeFor(loss);
    });
  }
}

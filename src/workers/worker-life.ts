// Knowing at once that a worker died. A worker can end without a word: the browser kills it, site
// data is cleared, it closes itself. So each worker holds a Web Lock named by it for as long as it
// lives, and the page queues for that lock: the lock being granted means the worker is gone, even
// while it was busy in a long synchronous fit (a heartbeat could not tell busy from dead).
// `error` and `messageerror` events end a worker too: its state can no longer be trusted.

const LIFE_MESSAGE = 'shelfcastWorkerLife';

interface LockManagerLike {
  request(name: string, options: { signal?: AbortSignal }, callback: () => unknown): Promise<unknown>;
}
const locksOf = (): LockManagerLike | undefined => (globalThis as { navigator?: { locks?: LockManagerLike } }).navigator?.locks;

/** In a worker entry: takes this worker's life lock and tells the page its name. */
export function holdLifeLock(): void {
  const locks = locksOf();
  if (!locks) return;
  const name = `shelfcast-worker-life:${globalThis.crypto.randomUUID()}`;
  // A worker's global scope posts to its page with one argument (the DOM typing wants two).
  const scope = globalThis as unknown as { postMessage(message: unknown): void };
  void locks.request(name, {}, () => {
    scope.postMessage({ [LIFE_MESSAGE]: name });
    return new Promise<never>(() => {});
  });
}

/** The part of a Worker this watch listens to (a MessagePort has the same events, for tests). */
type Watched = Pick<Worker, 'addEventListener'>;

/**
 * On the page: calls `onDeath` once, with why, if `worker` dies; the returned function stops
 * watching (call it before terminating the worker on purpose).
 */
export function watchWorkerLife(worker: Watched, onDeath: (reason: string) => void): () => void {
  const watching = new AbortController();
  const { signal } = watching;
  const die = (reason: string) => {
    if (signal.aborted) return;
    watching.abort();
    onDeath(reason);
  };
  worker.addEventListener(
    'error',
    (event) => {
      event.preventDefault();
      const message = (event as ErrorEvent).message;
      die(message ? `stopped with an error (${message})` : 'stopped with an error');
    },
    { signal },
  );
  worker.addEventListener('messageerror', () => die('sent a message that could not be read'), { signal });
  worker.addEventListener(
    'message',
    (event) => {
      const name = (event as MessageEvent).data?.[LIFE_MESSAGE];
      if (typeof name !== 'string') return;
      locksOf()
        ?.request(name, { signal }, () => die('stopped unexpectedly'))
        .catch(() => {});
    },
    { signal },
  );
  return () => watching.abort();
}

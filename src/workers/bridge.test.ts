// The data worker's bridge when the worker dies: the call in flight fails at once with a message a
// person can act on (no "Importing…" forever), and the next call starts a fresh worker.
import { expose } from 'comlink';
import { afterEach, describe, expect, it } from 'vitest';
import { LazyWorker } from './bridge';

interface SlowApi {
  hang(): Promise<number>;
  answer(): Promise<number>;
}

/** A MessagePort dressed as a Worker: comlink talks over it; the test can kill it with an event. */
function fakeWorker(channels: MessageChannel[], n: number) {
  const channel = new MessageChannel();
  channels.push(channel);
  expose({ hang: () => new Promise<number>(() => {}), answer: async () => n } satisfies SlowApi, channel.port1);
  const port = channel.port2 as MessagePort & { terminated?: boolean; terminate(): void };
  port.terminate = () => {
    port.terminated = true;
    port.close();
  };
  return port;
}

const channels: MessageChannel[] = [];
afterEach(() => {
  for (const c of channels.splice(0)) c.port1.close();
});

describe('LazyWorker', () => {
  it.each([
    ['error', 'stopped with an error'],
    ['messageerror', 'sent a message that could not be read'],
  ])('fails the call in flight when the worker fires "%s", and starts a new worker for the next call', async (event, words) => {
    const ports: ReturnType<typeof fakeWorker>[] = [];
    const lazy = new LazyWorker<SlowApi>('data', () => {
      const port = fakeWorker(channels, ports.length);
      ports.push(port);
      return port as unknown as Worker;
    });
    const pending = lazy.call((api) => api.hang());
    await new Promise((resolve) => setTimeout(resolve, 10));
    ports[0]!.dispatchEvent(new Event(event));
    await expect(pending).rejects.toThrow(`The data worker ${words}; it was restarted, so try again.`);
    expect(ports[0]!.terminated).toBe(true);
    expect(await lazy.call((api) => api.answer())).toBe(1);
    expect(ports).toHaveLength(2);
  });
});

// An artifact store in memory: for tests in Node, and for runs that must not persist anything.
import type { Artifact, ArtifactHeader, ArtifactStore } from './types';

export class MemoryArtifactStore implements ArtifactStore {
  readonly artifacts = new Map<string, Artifact>();
  payloadReads = 0;

  async getHeader(key: string): Promise<ArtifactHeader | undefined> {
    const a = this.artifacts.get(key);
    if (!a) return undefined;
    const { payload: _omit, ...header } = a;
    return header;
  }

  async getPayload(key: string): Promise<unknown> {
    this.payloadReads++;
    return this.artifacts.get(key)?.payload;
  }

  async putAll(artifacts: readonly Artifact[]): Promise<void> {
    for (const a of artifacts) this.artifacts.set(a.key, a);
  }
}

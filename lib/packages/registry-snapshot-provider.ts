import { err, type Result } from '../core/result.ts';
import { decodeRegistrySnapshot, type RegistrySnapshot } from './registry-snapshot.ts';

/**
 * Reads the snapshot file: `fetch()` of the extension's own packaged URL in the service worker,
 * `readFile` in the CLI, an in-memory array in tests.
 */
export type RegistrySnapshotSource = () => Promise<Uint8Array>;

export type RegistrySnapshotState = 'not-loaded' | 'loading' | 'ready' | 'unavailable';

export interface RegistrySnapshotStatus {
  state: RegistrySnapshotState;
  /** Why it is unavailable (never any scanned text). */
  reason?: string;
  /** The sources and counts of the loaded snapshot. */
  npmSource?: string;
  pypiSource?: string;
}

/**
 * Loads the registry snapshot lazily — on the first reply that names a package, never at start-up,
 * so a service-worker wake stays cheap — and keeps it. A failed load is forgotten, so a later scan
 * tries again (a transient read error must not leave package-check off until the worker restarts).
 */
export class RegistrySnapshotProvider {
  private pending: Promise<Result<RegistrySnapshot>> | undefined;
  private loaded: RegistrySnapshot | undefined;
  private lastError: string | undefined;

  constructor(private readonly source: RegistrySnapshotSource) {}

  /** The snapshot if it is already loaded (lets a scan stay synchronous), else undefined. */
  current(): RegistrySnapshot | undefined {
    return this.loaded;
  }

  load(): Promise<Result<RegistrySnapshot>> {
    if (!this.pending) {
      this.pending = this.open();
      void this.pending.then((result) => {
        if (result.ok) this.loaded = result.value;
        else {
          this.lastError = result.error;
          this.pending = undefined;
        }
      });
    }
    return this.pending;
  }

  status(): RegistrySnapshotStatus {
    if (this.loaded) return { state: 'ready', npmSource: this.loaded.header.npm.source, pypiSource: this.loaded.header.pypi.source };
    if (this.pending) return { state: 'loading' };
    return this.lastError === undefined ? { state: 'not-loaded' } : { state: 'unavailable', reason: this.lastError };
  }

  private async open(): Promise<Result<RegistrySnapshot>> {
    let bytes: Uint8Array;
    try {
      bytes = await this.source();
    } catch (error) {
      return err(`registry snapshot could not be read: ${error instanceof Error ? error.message.slice(0, 200) : typeof error}`);
    }
    return decodeRegistrySnapshot(bytes);
  }
}

import { err, ok, type Result } from '../../core/result.ts';
import type { ModelManifest } from '../../models/manifest.ts';
import { verifiedAsset, type InferenceEngine, type ModelBytesSource, type ModelSession } from '../../models/model-provider.ts';
import { featuresOf, parseSessionHostRequest, type SessionRunReply } from '../../models/session-host-protocol.ts';

/**
 * The model sessions of the offscreen document: opened once per model file (read from the
 * package and checked against the bundled manifest's SHA-256 here, not trusted from the caller),
 * kept for the document's life — which, unlike the service worker's, has no idle limit. Returns
 * the runtime message handler: undefined for messages that are not for it.
 */
export function createSessionHost(manifest: ModelManifest, source: ModelBytesSource, engine: InferenceEngine) {
  const sessions = new Map<string, Promise<ModelSession>>();
  const assets = new Map(
    Object.values(manifest.models).flatMap((entry) => entry.versions.map((version) => [version.file, version] as const)),
  );

  function open(file: string): Promise<ModelSession> {
    let session = sessions.get(file);
    if (!session) {
      const asset = assets.get(file);
      if (!asset) return Promise.reject(new Error(`${file} is not in the bundled manifest`));
      session = verifiedAsset(source, asset).then((bytes) => engine.createSession(bytes));
      sessions.set(file, session);
      // A failed open is forgotten so that a later request tries again.
      session.catch(() => sessions.delete(file));
    }
    return session;
  }

  return async function handle(raw: unknown): Promise<Result<SessionRunReply | null> | undefined> {
    const parsed = parseSessionHostRequest(raw);
    if (!parsed) return undefined;
    if (!parsed.ok) return parsed;
    const request = parsed.value;
    try {
      const session = await open(request.file);
      if (request.op === 'open') return ok(null);
      const output = await session.run(featuresOf(request));
      return ok({ scores: Array.from(output.scores), embedding: Array.from(output.embedding) });
    } catch (error) {
      // The file name and the error only: no features, no text.
      return err(`${request.file}: ${error instanceof Error ? error.message : String(error)}`.slice(0, 300));
    }
  };
}

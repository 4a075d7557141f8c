import { browser } from 'wxt/browser';
import type { ModelSession, SessionHost } from '../../models/model-provider.ts';
import { parseOpenReply, parseRunReply, runRequest, SESSION_HOST_TARGET, type SessionHostRequest } from '../../models/session-host-protocol.ts';

/** The offscreen document (entrypoints/offscreen/, Chrome build only). */
export const OFFSCREEN_PATH = '/offscreen.html';

interface OffscreenApi {
  createDocument(parameters: { url: string; reasons: string[]; justification: string }): Promise<void>;
}
interface ContextsApi {
  getContexts?(filter: { contextTypes: string[]; documentUrls: string[] }): Promise<unknown[]>;
}

const offscreenApi = (): OffscreenApi | undefined => (browser as unknown as { offscreen?: OffscreenApi }).offscreen;

/** Chrome has the offscreen API; Firefox's event page keeps sessions itself and has none. */
export const hasOffscreenDocuments = (): boolean => typeof offscreenApi()?.createDocument === 'function';

let ready: Promise<void> | undefined;

/**
 * Creates the offscreen document unless it exists. One per profile; it has no idle limit (reason
 * WORKERS), so the ONNX runtime and the sessions in it survive the service worker being stopped —
 * which is what makes a cold service worker answer without loading the models again.
 */
export function ensureOffscreenDocument(): Promise<void> {
  ready ??= (async () => {
    const url = (browser.runtime.getURL as (path: string) => string)(OFFSCREEN_PATH);
    const existing = await (browser.runtime as unknown as ContextsApi).getContexts?.({ contextTypes: ['OFFSCREEN_DOCUMENT'], documentUrls: [url] });
    if (existing && existing.length > 0) return;
    try {
      await offscreenApi()!.createDocument({
        url: OFFSCREEN_PATH,
        reasons: ['WORKERS'],
        justification: 'Runs Rampart’s on-device ONNX models (WebAssembly) and keeps them loaded between service-worker restarts.',
      });
    } catch (error) {
      // Another wake created it first: that one serves.
      if (!/single offscreen document/i.test(error instanceof Error ? error.message : String(error))) throw error;
    }
  })();
  ready.catch(() => {
    ready = undefined;
  });
  return ready;
}

type Send = (request: SessionHostRequest) => Promise<unknown>;

/**
 * Model sessions kept in the offscreen document. The worker featurizes (cheap) and sends only the
 * feature buckets; the document runs the session. A failed send forgets the document, so the next
 * scan re-creates it (e.g. after the browser closed it under memory pressure).
 */
export function offscreenSessionHost(
  send: Send = (request) => browser.runtime.sendMessage(request),
  ensure: () => Promise<void> = ensureOffscreenDocument,
): SessionHost {
  const call = async (request: SessionHostRequest): Promise<unknown> => {
    await ensure();
    try {
      return await send(request);
    } catch (error) {
      ready = undefined;
      throw error;
    }
  };
  return {
    async open(version): Promise<ModelSession> {
      const opened = parseOpenReply(await call({ target: SESSION_HOST_TARGET, op: 'open', file: version.file }));
      if (!opened.ok) throw new Error(opened.error);
      return {
        async run(features) {
          const reply = parseRunReply(await call(runRequest(version.file, features)));
          if (!reply.ok) throw new Error(reply.error);
          return reply.value;
        },
      };
    },
  };
}

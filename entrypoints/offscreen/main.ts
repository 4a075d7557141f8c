import { browser, type Browser } from 'wxt/browser';
import { bundledManifest, extensionOrtEngine, packagedModelFile } from '../../lib/adapters/background/extension-models.ts';
import { createSessionHost } from '../../lib/adapters/offscreen/session-host.ts';
import { SESSION_HOST_TARGET } from '../../lib/models/session-host-protocol.ts';

// The offscreen document keeps the model sessions (lib/adapters/offscreen/session-host.ts).
const handle = createSessionHost(bundledManifest(), packagedModelFile, extensionOrtEngine());

browser.runtime.onMessage.addListener((message: unknown, sender: Browser.runtime.MessageSender) => {
  // Every extension message reaches this document too: answer only the service worker's requests
  // to the session host, and return nothing (synchronously) for the rest, so that the real
  // receiver's answer is the one the sender gets.
  if ((message as { target?: unknown } | null)?.target !== SESSION_HOST_TARGET) return undefined;
  if (sender.id !== browser.runtime.id || sender.tab !== undefined) return undefined;
  return handle(message);
});

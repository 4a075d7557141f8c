import { defineBackground } from '#imports';
import { startBackground } from '../lib/adapters/background/start-background.ts';

// Thin on purpose: the wiring lives in lib/adapters/background, the logic in lib/messaging.
export default defineBackground(() => {
  startBackground();
});

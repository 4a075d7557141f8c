import { KidsSection } from './kids/KidsSection.tsx';
import { useOptions } from './options-context.ts';

/** Kids mode (helper D's section: setup, PIN lock, parent view; its own heading and data-testid="kids-section"). */
export function KidsMount() {
  const { ask } = useOptions();
  return <KidsSection send={(type, body) => ask(type, body)} />;
}

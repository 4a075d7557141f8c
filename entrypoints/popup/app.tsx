import { useEffect, useState } from 'preact/hooks';
import { loadPopupState, type PopupState } from '../../lib/adapters/popup/load-popup-state.ts';
import { VerdictList } from './verdict-list.tsx';

/** The popup: is this site checked, and what did Rampart decide here lately. */
export function App({ search }: { search: string }) {
  const [state, setState] = useState<PopupState | undefined>(undefined);
  useEffect(() => {
    void loadPopupState(search).then(setState);
  }, [search]);

  return (
    <>
      <h1>Rampart</h1>
      {state === undefined ? (
        <p role="status">Loading…</p>
      ) : (
        <>
          {state.siteId ? (
            <p class="site recognised" data-testid="site-status">
              Rampart checks messages on {state.host}.
            </p>
          ) : (
            <p class="site unrecognised" data-testid="site-status">
              Rampart does not check this site{state.host ? ` (${state.host})` : ''}.
            </p>
          )}
          {state.error && (
            <p class="error" role="alert">
              {state.error}
            </p>
          )}
          {state.models && (
            <p class="models" data-testid="model-status">
              {state.models}
            </p>
          )}
          <h2>Recent verdicts in this tab</h2>
          <VerdictList verdicts={state.verdicts} />
        </>
      )}
    </>
  );
}

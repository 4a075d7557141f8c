import { render } from 'preact';
import { setLocale } from '../../lib/ui/i18n.ts';
import { App } from './app.tsx';

// Before the first render: the popup speaks the user's preferred language (as the in-page UI does).
document.documentElement.lang = setLocale(navigator.languages?.length ? navigator.languages : [navigator.language]);

render(<App search={location.search} />, document.getElementById('app')!);

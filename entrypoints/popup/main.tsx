import { render } from 'preact';
import { browser } from 'wxt/browser';
import { installI18nBackend } from '../../lib/ui/i18n.ts';
import { App } from './app.tsx';

// Before the first render: the popup speaks the browser's language through browser.i18n (as the in-page UI does).
document.documentElement.lang = installI18nBackend(browser.i18n);

render(<App search={location.search} />, document.getElementById('app')!);

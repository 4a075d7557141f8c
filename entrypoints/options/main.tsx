import { render } from 'preact';
import { browser } from 'wxt/browser';
import { installI18nBackend, t } from '../../lib/ui/i18n.ts';
import { App } from './app.tsx';

// Before the first render: the page speaks the browser's language through browser.i18n (as the popup does).
document.documentElement.lang = installI18nBackend(browser.i18n);
document.title = t('options.title');

render(<App />, document.getElementById('app')!);

import { render } from 'preact';
import { App } from './app.tsx';

render(<App search={location.search} />, document.getElementById('app')!);

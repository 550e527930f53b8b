import { render } from 'preact';
import { App } from './App';

const tabParam = new URLSearchParams(location.search).get('tabId');
render(<App tabId={tabParam && /^\d+$/.test(tabParam) ? Number(tabParam) : undefined} />, document.getElementById('app')!);

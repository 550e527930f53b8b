import { render } from 'preact';
import { browser } from 'wxt/browser';
function App() { return <p>hello</p>; }
render(<App />, document.getElementById('app')!);
const tabId = Number(new URLSearchParams(location.search).get('tabId'));
async function go() {
  try {
    const tab = tabId ? { id: tabId } : (await browser.tabs.query({ active: true, currentWindow: true }))[0];
    const r = await browser.scripting.executeScript({ target: { tabId: tab.id! }, files: ['/content-scripts/article.js'] });
    document.body.dataset.result = JSON.stringify(r);
  } catch (e) { document.body.dataset.result = 'ERR ' + String(e); }
}
go();

import { CorpusSection } from './CorpusSection';
import { OutletsSection } from './OutletsSection';

export function App() {
  return (
    <main class="options">
      <header>
        <h1>Sourcelens settings</h1>
        <p class="muted">Everything here stays in this browser.</p>
      </header>
      <CorpusSection />
      <OutletsSection />
    </main>
  );
}

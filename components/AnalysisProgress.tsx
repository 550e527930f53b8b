import { ANALYSIS_STAGES, type AnalysisStage } from '../utils/messages';

const STAGE_TEXT: Record<AnalysisStage, string> = {
  extract: 'Reading the article…',
  knowledge: 'Loading the outlet registry and the entity model…',
  source: 'Identifying the publisher…',
  dates: 'Reading its dates…',
  authors: 'Reading its byline…',
  dateline: 'Reading its dateline…',
  entities: 'Finding people, organisations and places…',
  citations: 'Finding the sources it cites…',
  provenance: 'Searching your corpus for passages it shares…',
};

/** How far the analysis is: a bar and the stage it is at (not announced at every step: the bar carries it). */
export function AnalysisProgress({ stage }: { stage: AnalysisStage }) {
  return (
    <div class="progress" aria-live="off">
      <progress max={ANALYSIS_STAGES.length} value={ANALYSIS_STAGES.indexOf(stage) + 1} aria-label="Analysis progress" />
      <p class="muted" data-stage={stage}>
        {STAGE_TEXT[stage]}
      </p>
    </div>
  );
}

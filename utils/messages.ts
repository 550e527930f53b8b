// Typed messages between the extension's parts, by direction, validated where they are received.
import type { Annotation, ProvenanceMatch } from './annotation';
import type { FeedSubscription } from './feeds';

/** Highlight kinds the reader can switch on and off. */
export const HIGHLIGHT_KINDS = ['person', 'organization', 'place', 'citation', 'quote', 'reuse'] as const;
export type HighlightKind = (typeof HIGHLIGHT_KINDS)[number];
export type HighlightToggles = Record<HighlightKind, boolean>;

export const DEFAULT_TOGGLES: HighlightToggles = {
  person: true,
  organization: true,
  place: true,
  citation: true,
  quote: true,
  reuse: true,
};

/** How many spans of each kind were painted and how many could not be found on the page. */
export interface PaintReport {
  painted: Partial<Record<HighlightKind, number>>;
  notFound: { kind: HighlightKind; text: string }[];
  /** 'highlight-api': CSS.highlights, the page's DOM untouched; 'mark': <mark> elements (older browsers). */
  method: 'highlight-api' | 'mark';
  /** Milliseconds spent placing the spans in the page, and painting them. */
  anchorMs?: number;
  paintMs?: number;
}

/** Popup -> content script. */
export type PopupToContent =
  /** Analyse the page (or return the analysis already made), paint highlights, reply with the Annotation. */
  | { type: 'sourcelens/analyse'; force: boolean; toggles: HighlightToggles }
  /** Switch highlight kinds on or off. */
  | { type: 'sourcelens/toggles'; toggles: HighlightToggles };

/** The port a popup opens to the page's content script to hear how far the analysis is. */
export const PROGRESS_PORT = 'sourcelens/progress';

/** The stages annotate() reports, in order: the article, the detectors (waiting for the built-in data before the first that needs it), the corpus. */
export const ANALYSIS_STAGES = ['extract', 'dates', 'knowledge', 'source', 'authors', 'dateline', 'entities', 'citations', 'provenance'] as const;
export type AnalysisStage = (typeof ANALYSIS_STAGES)[number];

/** Content script -> popup, on the progress port: the analysis has reached `stage`. */
export interface ProgressMessage {
  type: 'sourcelens/progress';
  stage: AnalysisStage;
}

/** The stage of a progress message, or null when it is not one. */
export function parseProgress(v: unknown): AnalysisStage | null {
  const m = v as Partial<ProgressMessage> | null;
  return m && typeof m === 'object' && m.type === 'sourcelens/progress' && (ANALYSIS_STAGES as readonly unknown[]).includes(m.stage) ? (m.stage as AnalysisStage) : null;
}

/** Content script -> popup, the reply to an analyse request. */
export type AnalyseReply =
  /** Only the top frame is analysed; `embeddedFrames` says how many frames the page embeds besides. */
  | { ok: true; annotation: Annotation; paint: PaintReport; frames: 'top-only'; embeddedFrames: number }
  | { ok: false; error: string };

/** A document offered to the corpus (from the page: "Add to corpus", or remembered history). */
export interface OfferedDoc {
  url: string;
  title: string;
  outlet?: string;
  published?: string;
  text: string;
}

/** Content script or popup -> background. */
export type ToBackground =
  /** Corpus documents sharing passages with `text`; the page at `url` itself is left out. */
  | { type: 'sourcelens/match'; text: string; url: string }
  /** Adds the page's article to the corpus. */
  | { type: 'sourcelens/add'; doc: OfferedDoc; addedFrom: 'history' | 'import' }
  /** Corpus statistics. */
  | { type: 'sourcelens/stats' }
  /** Refreshes one subscribed feed now (all when no url). */
  | { type: 'sourcelens/feeds-refresh'; url?: string };

/** The background's replies, by request type. */
/** `timings`: milliseconds per stage of the lookup in the background (benchmarks read them). */
export type MatchReply = { ok: true; matches: ProvenanceMatch[]; timings?: Record<string, number> } | { ok: false; error: string };
export type AddReply = { ok: true; added: boolean; reason?: string } | { ok: false; error: string };
export type StatsReply = { ok: true; documents: number } | { ok: false; error: string };
export type FeedsReply = { ok: true; feeds: FeedSubscription[] } | { ok: false; error: string };

const MAX_TEXT = 5_000_000;

function parseOfferedDoc(v: unknown): OfferedDoc | null {
  if (!isObject(v)) return null;
  const { url, title, outlet, published, text } = v;
  if (typeof url !== 'string' || !/^(https?|file):/.test(url) || typeof title !== 'string' || typeof text !== 'string' || text.length > MAX_TEXT) return null;
  if ((outlet !== undefined && typeof outlet !== 'string') || (published !== undefined && typeof published !== 'string')) return null;
  return { url, title, text, ...(outlet ? { outlet } : {}), ...(published ? { published } : {}) };
}

/** Validates a message to the background; null when it is not one. */
export function parseToBackground(v: unknown): ToBackground | null {
  if (!isObject(v)) return null;
  if (v.type === 'sourcelens/match' && typeof v.text === 'string' && v.text.length <= MAX_TEXT && typeof v.url === 'string') {
    return { type: v.type, text: v.text, url: v.url };
  }
  if (v.type === 'sourcelens/add' && (v.addedFrom === 'history' || v.addedFrom === 'import')) {
    const doc = parseOfferedDoc(v.doc);
    return doc ? { type: v.type, doc, addedFrom: v.addedFrom } : null;
  }
  if (v.type === 'sourcelens/stats') return { type: v.type };
  if (v.type === 'sourcelens/feeds-refresh' && (v.url === undefined || typeof v.url === 'string')) return { type: v.type, ...(v.url ? { url: v.url } : {}) };
  return null;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Whether `v` is a complete set of toggles. */
export function isToggles(v: unknown): v is HighlightToggles {
  return isObject(v) && HIGHLIGHT_KINDS.every((k) => typeof v[k] === 'boolean');
}

/** Validates a message from the popup; null when it is not one. */
export function parsePopupToContent(v: unknown): PopupToContent | null {
  if (!isObject(v)) return null;
  if (v.type === 'sourcelens/analyse' && typeof v.force === 'boolean' && isToggles(v.toggles)) {
    return { type: v.type, force: v.force, toggles: v.toggles };
  }
  if (v.type === 'sourcelens/toggles' && isToggles(v.toggles)) return { type: v.type, toggles: v.toggles };
  return null;
}

/** Validates the content script's reply; null when it is malformed. */
export function parseAnalyseReply(v: unknown): AnalyseReply | null {
  if (!isObject(v)) return null;
  if (v.ok === false && typeof v.error === 'string') return { ok: false, error: v.error };
  if (v.ok === true && isObject(v.annotation) && v.annotation.version === 1 && isObject(v.paint)) {
    return v as unknown as AnalyseReply;
  }
  return null;
}

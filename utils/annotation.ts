// The Annotation: the one contract between the pure pipeline, the popup, the page and the command line
// (DESIGN.md §3). Every offset points into `article.text`.

/** What kind of outlet publishes the page. */
export type OutletType =
  | 'wire-agency'
  | 'newspaper'
  | 'broadcaster'
  | 'public-broadcaster'
  | 'magazine'
  | 'digital-native'
  | 'aggregator'
  | 'press-release-service';

/** Half-open character range [start, end) in `article.text`. */
export interface Span {
  start: number;
  end: number;
}

/** Where a date was read from. */
export type DateSource = 'json-ld' | 'meta' | 'time' | 'url' | 'text';

/** One date the page states, with the exact evidence it was read from. */
export interface DateClaim {
  /** ISO 8601; no offset when the page gives no time zone (`2025-08-08T22:25`). */
  iso: string;
  precision: 'year' | 'month' | 'day' | 'minute' | 'second';
  from: DateSource;
  /** The exact attribute value or text read. */
  evidence: string;
  /** In [0, 1]. */
  confidence: number;
  /** Whether the claim states publication or last modification. */
  kind?: 'published' | 'modified';
}

/** What makes two date claims the same reading: kind, date, where and the very evidence (confidence aside). */
export const readingKey = (c: DateClaim): string => `${c.kind} ${c.iso} ${c.from} ${c.evidence}`;

export type EntityType = 'person' | 'organization' | 'place';

export interface Entity {
  name: string;
  type: EntityType;
  /** In [0, 1]; the most salient entity of the article has 1. */
  salience: number;
  aliases: string[];
  mentions: Span[];
  /** Roles and titles seen next to the name ("Kremlin aide"), kept apart from it. */
  roles?: string[];
}

export type CitationKind = 'outlet' | 'agency' | 'official' | 'document' | 'anonymous' | 'person';

/** One attribution: who the text credits with a claim, by which verb or phrase, with the words quoted. */
export interface Citation {
  /** The source as the text names it: "Yury Ushakov", "TASS", "people familiar with the matter". */
  source: string;
  kind: CitationKind;
  /** The reporting verb or phrase as printed, lower case: "said", "according to", "was quoted as saying". */
  verb: string;
  /** The quoted words; quotes split around one attribution are joined with " … ". */
  quote?: string;
  /** The attribution itself: source and verb. */
  span: Span;
  /** The speaker's role or the outlet's description as printed with the name ("Kremlin aide"). */
  role?: string;
  /** The outlet registry row of an outlet or agency source. */
  outletId?: string;
  /** Where the quoted words stand, quote marks excluded, one span per quoted passage. */
  quoteSpans?: Span[];
}

/**
 * How a cited source is shown: its name with its role ("Dominic Raab (Foreign Secretary)"); a claim the text
 * gives no source at all ("it was learned", "it is understood") by that phrase.
 */
export function citationLabel(c: Citation): string {
  if (c.kind === 'anonymous' && c.source === 'unnamed') return `“${c.verb}” (no source named)`;
  return `${c.source}${c.role ? ` (${c.role})` : ''}`;
}

/** A reference document of the local corpus. */
export interface CorpusRef {
  id: string;
  url: string;
  title: string;
  outlet?: string;
  published?: string;
}

/** A passage shared by the page and a reference: offsets in the page text and in the reference text. */
export interface SharedPassage {
  start: number;
  end: number;
  refStart: number;
  refEnd: number;
}

export interface ProvenanceMatch {
  ref: CorpusRef;
  /** Share of the page covered by passages of this reference. */
  coverage: number;
  /** Share of the reference found in the page. */
  containment: number;
  passages: SharedPassage[];
}

export interface Warning {
  code: string;
  message: string;
}

/** An outlet a credit names, as the registry profiles it. */
export interface CreditedOutlet {
  outletId: string;
  name: string;
  /** ISO 3166-1 alpha-2. */
  country: string;
  type: OutletType;
  /** One line on why it counts as state-affiliated; absent when it does not. */
  stateBasis?: string;
}

export interface Annotation {
  version: 1;
  url: string;
  article: {
    title: string;
    byline?: string;
    siteName?: string;
    lang?: string;
    wordCount: number;
    /** Plain text, paragraphs separated by blank lines. */
    text: string;
    isArticle: boolean;
  };
  source: {
    domain: string;
    known: boolean;
    name?: string;
    country?: string;
    type?: OutletType;
    owner?: string;
    stateAffiliated?: boolean;
    /** One line on why the outlet counts as state-affiliated. */
    stateBasis?: string;
    /** ISO 639-1 codes of the outlet's publishing languages. */
    languages?: string[];
    /** The registry row the profile came from. */
    outletId?: string;
    /** Why the source card says what it says ("registry: kayhan.ir", "og:site_name: …"). */
    evidence: string[];
  };
  dates: { published?: DateClaim; modified?: DateClaim; candidates: DateClaim[] };
  authors: { name: string; agency?: string }[];
  dateline?: {
    raw: string;
    place?: string;
    /** The credit as printed: "Reuters", "Dispatches". */
    agency?: string;
    /** True for credits like "Dispatches" or "agencies": agency copy without a named agency. */
    unnamedAgency?: boolean;
    /** The registry's profiles of the agencies the credit names ("Reuters"; both of "AFP/dpa"). */
    agencyOutlets?: CreditedOutlet[];
    span?: Span;
    /** Where the credit itself stands ("Dispatches"). */
    creditSpan?: Span;
  };
  entities: Entity[];
  citations: Citation[];
  provenance: { matches: ProvenanceMatch[]; earliest?: string; reusedShare: number };
  warnings: Warning[];
  /** Milliseconds per pipeline stage. */
  timings: Record<string, number>;
}

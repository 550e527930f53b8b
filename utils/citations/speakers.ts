// The article's entity mentions, sorted, for the questions attribution asks: which named entity does this
// phrase end with, and who is the last person named before this point. Binary search: no scan of the text.
import type { Entity, EntityType } from '../annotation';

export interface NamedMention {
  start: number;
  end: number;
  entity: Entity;
}

export class MentionIndex {
  private readonly all: NamedMention[];

  constructor(entities: readonly Entity[]) {
    this.all = entities.flatMap((entity) => entity.mentions.map((m) => ({ start: m.start, end: m.end, entity })));
    this.all.sort((a, b) => a.start - b.start || b.end - a.end);
  }

  /** Index of the first mention starting at or after `pos`. */
  private from(pos: number): number {
    let lo = 0;
    let hi = this.all.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.all[mid].start < pos) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** Mentions lying within [start, end). */
  within(start: number, end: number): NamedMention[] {
    const out: NamedMention[] = [];
    for (let i = this.from(start); i < this.all.length && this.all[i].start < end; i++) if (this.all[i].end <= end) out.push(this.all[i]);
    return out;
  }

  /** The last mention of `type` ending before `pos` and starting at or after `floor`, skipping `excluded` ranges. */
  lastBefore(pos: number, floor: number, type: EntityType, excluded: (at: number) => boolean = () => false): NamedMention | undefined {
    for (let i = this.from(pos) - 1; i >= 0 && this.all[i].start >= floor; i--) {
      const m = this.all[i];
      if (m.end <= pos && m.entity.type === type && !excluded(m.start)) return m;
    }
    return undefined;
  }

  /** The distinct entities of `type` mentioned within [start, end). */
  entitiesWithin(start: number, end: number, type: EntityType): Set<Entity> {
    return new Set(this.within(start, end).filter((m) => m.entity.type === type).map((m) => m.entity));
  }
}

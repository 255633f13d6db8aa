import type { PartialDate } from './dates';
import type { ActorKind, LinkKind } from './vocabulary';

/** A news article (or other document) that reports facts in the story. */
export interface Source {
  readonly id: string;
  readonly outlet: string;
  readonly title: string;
  readonly authors: readonly string[];
  readonly published: PartialDate;
  /** Only a real http(s) address; absent when none is known. */
  readonly url?: string;
  /** How the source was dated or attributed, when that took judgement. */
  readonly note?: string;
}

export interface Actor {
  readonly id: string;
  readonly name: string;
  readonly kind: ActorKind;
  readonly aliases: readonly string[];
  readonly description?: string;
  /** The country actor this actor belongs to, for grouping. */
  readonly countryId?: string;
  readonly sourceIds: readonly string[];
}

export interface Quote {
  readonly text: string;
  readonly speakerId: string;
  readonly sourceId: string;
}

/** A link happens at a moment (a meeting) or holds over a span (a sanction in force); a span may be open. */
export type LinkTime =
  | { readonly type: 'moment'; readonly at: PartialDate }
  | { readonly type: 'span'; readonly start: PartialDate; readonly end: PartialDate | null };

export type LinkStatus = 'occurred' | 'planned';

export interface Link {
  readonly id: string;
  readonly from: string;
  readonly to: string;
  readonly kind: LinkKind;
  /** false for links without a direction (a meeting between equals). */
  readonly directed: boolean;
  /** -10 (hostile) … +10 (cooperative). */
  readonly tone: number;
  readonly description: string;
  readonly quotes: readonly Quote[];
  readonly sourceIds: readonly string[];
  readonly time: LinkTime;
  readonly status: LinkStatus;
  /** First millisecond of the link (UTC). */
  readonly start: number;
  /** First millisecond after it; Infinity while a span is open. */
  readonly end: number;
  /** When it was first reported: the earliest publication date among its sources. */
  readonly reported: number;
}

export interface Story {
  readonly id: string;
  readonly title: string;
  readonly description: string;
  /** The pair of actors whose relationship the story follows (for the tone line). */
  readonly focusPair?: readonly [string, string];
  readonly sources: readonly Source[];
  readonly actors: readonly Actor[];
  readonly links: readonly Link[];
  readonly actorById: ReadonlyMap<string, Actor>;
  readonly linkById: ReadonlyMap<string, Link>;
  readonly sourceById: ReadonlyMap<string, Source>;
  /** From the earliest link start to the latest finite link end (or start). */
  readonly extent: { readonly start: number; readonly end: number };
}

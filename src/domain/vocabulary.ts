/**
 * The closed vocabularies of the story format: kinds of actor, kinds of link, and the tone scale.
 * The schema (io/storySchema.ts), the legend and the stylesheet all read these lists.
 */

export const ACTOR_KINDS = [
  'person',
  'country',
  'government',
  'company',
  'party',
  'armed-group',
  'organisation',
  'university',
  'media',
  'place',
  'group',
] as const;
export type ActorKind = (typeof ACTOR_KINDS)[number];

export const ACTOR_KIND_LABELS: Record<ActorKind, string> = {
  person: 'Person',
  country: 'Country',
  government: 'Government body',
  company: 'Company',
  party: 'Political party',
  'armed-group': 'Armed group',
  organisation: 'Organisation',
  university: 'University or think tank',
  media: 'Media outlet',
  place: 'Place',
  group: 'Group of people',
};

export const LINK_KINDS = [
  'meeting',
  'phone-call',
  'visit',
  'invitation',
  'statement',
  'praise',
  'criticism',
  'accusation',
  'denial',
  'refusal',
  'threat',
  'tariff-threat',
  'military-threat',
  'military-action',
  'sanction',
  'designation',
  'decertification',
  'visa-revocation',
  'visa-grant',
  'legal-action',
  'gift',
  'agreement',
  'cooperation',
  'mobilisation',
  'office-held',
  'member-of',
  'family',
  'located-in',
] as const;
export type LinkKind = (typeof LINK_KINDS)[number];

export const LINK_KIND_LABELS: Record<LinkKind, string> = {
  meeting: 'Meeting',
  'phone-call': 'Phone call',
  visit: 'Visit',
  invitation: 'Invitation',
  statement: 'Statement',
  praise: 'Praise',
  criticism: 'Criticism',
  accusation: 'Accusation',
  denial: 'Denial',
  refusal: 'Refusal or blockade',
  threat: 'Threat',
  'tariff-threat': 'Tariff threat',
  'military-threat': 'Military threat',
  'military-action': 'Military action',
  sanction: 'Sanction',
  designation: 'Designation or listing',
  decertification: 'Decertification',
  'visa-revocation': 'Visa revocation',
  'visa-grant': 'Visa granted',
  'legal-action': 'Legal action',
  gift: 'Gift',
  agreement: 'Agreement',
  cooperation: 'Cooperation',
  mobilisation: 'Mobilisation',
  'office-held': 'Office held',
  'member-of': 'Member of',
  family: 'Family tie',
  'located-in': 'Based in',
};

/** Link kinds grouped into families that share one line style in the graph. */
export type LinkFamily = 'contact' | 'words' | 'coercion' | 'force' | 'tie';
export const LINK_FAMILY: Record<LinkKind, LinkFamily> = {
  meeting: 'contact',
  'phone-call': 'contact',
  visit: 'contact',
  invitation: 'contact',
  gift: 'contact',
  agreement: 'contact',
  cooperation: 'contact',
  statement: 'words',
  praise: 'words',
  criticism: 'words',
  accusation: 'words',
  denial: 'words',
  mobilisation: 'words',
  refusal: 'coercion',
  threat: 'coercion',
  'tariff-threat': 'coercion',
  'military-threat': 'coercion',
  sanction: 'coercion',
  designation: 'coercion',
  decertification: 'coercion',
  'visa-revocation': 'coercion',
  'visa-grant': 'coercion',
  'legal-action': 'coercion',
  'military-action': 'force',
  'office-held': 'tie',
  'member-of': 'tie',
  family: 'tie',
  'located-in': 'tie',
};

export const LINK_FAMILY_LABELS: Record<LinkFamily, string> = {
  contact: 'Contact (meetings, calls, visits, gifts)',
  words: 'Words (statements, accusations, denials)',
  coercion: 'Pressure (threats, sanctions, visas)',
  force: 'Use of force',
  tie: 'Standing ties (offices, membership, family)',
};

/**
 * Tone: one number from -10 (most hostile) to +10 (most cooperative), in the spirit of the
 * Goldstein conflict–cooperation scale used for event data. Bands are for colour and filters.
 */
export const TONE_MIN = -10;
export const TONE_MAX = 10;
export type ToneBand = 'hostile' | 'neutral' | 'cooperative';
export const TONE_BANDS: readonly ToneBand[] = ['hostile', 'neutral', 'cooperative'];
export const TONE_BAND_LABELS: Record<ToneBand, string> = {
  hostile: 'Hostile (tone −10 to −2)',
  neutral: 'Neutral (−1.9 to +1.9)',
  cooperative: 'Cooperative (+2 to +10)',
};

export function toneBand(tone: number): ToneBand {
  if (tone <= -2) return 'hostile';
  if (tone >= 2) return 'cooperative';
  return 'neutral';
}

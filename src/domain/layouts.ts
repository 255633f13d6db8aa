/** The ways the graph can be laid out (the choice is shared in links, so it is part of the vocabulary). */
export const LAYOUTS = ['story', 'country', 'radial'] as const;
export type LayoutChoice = (typeof LAYOUTS)[number];

export const LAYOUT_LABELS: Record<LayoutChoice, string> = {
  story: 'Whole story',
  country: 'By country',
  radial: 'Around selected',
};

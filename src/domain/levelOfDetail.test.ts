import { describe, expect, it } from 'vitest';
import { DENSE_DETAIL, FULL_DETAIL, detailFor } from './levelOfDetail';

describe('detailFor', () => {
  it('draws a story the size of the shipped one in full detail', () => {
    expect(detailFor({ actors: 46, links: 89 })).toBe(FULL_DETAIL);
    expect(detailFor({ actors: 400, links: 1500 })).toBe(FULL_DETAIL);
  });

  it('drops arrows, dashes, small labels, the highlight and repeated edges once a story has many actors or links', () => {
    expect(detailFor({ actors: 401, links: 10 })).toBe(DENSE_DETAIL);
    expect(detailFor({ actors: 50, links: 1501 })).toBe(DENSE_DETAIL);
    expect(DENSE_DETAIL).toMatchObject({
      arrows: false,
      lineStyles: false,
      highlightEntering: false,
      mergePairs: true,
    });
    expect(DENSE_DETAIL.minLabelPx).toBeGreaterThan(FULL_DETAIL.minLabelPx);
  });
});

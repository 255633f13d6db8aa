import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { DENSE_DETAIL } from '../domain/levelOfDetail';
import { ACTOR_KINDS } from '../domain/vocabulary';
import { actorPens, createActorBatcher, type ActorState } from './actorLooks';
import { ACTOR_STYLE } from './encoding';
import { buildStylesheet } from './stylesheet';

const plain: ActorState = {
  kind: 'person',
  focus: false,
  dim: false,
  onPath: false,
  selected: false,
};

/** What Cytoscape itself would draw for an actor with these classes, by the large-story stylesheet. */
function cytoscapeLook(classes: string[], focus = false, kind = 'person') {
  const cy = cytoscape({
    headless: true,
    styleEnabled: true,
    style: buildStylesheet(DENSE_DETAIL, { labels: false }),
    elements: [{ data: { id: 'a', kind, focus }, classes }],
  });
  const n = cy.getElementById('a');
  const look = {
    size: n.numericStyle('width') as number,
    color: n.style('background-color') as string,
    shape: n.style('shape') as string,
    opacity: n.numericStyle('opacity') as number,
    border: n.numericStyle('border-width') as number,
    borderColor: n.style('border-color') as string,
    overlay: n.numericStyle('overlay-opacity') as number,
    overlayColor: n.style('overlay-color') as string,
    overlayPadding: n.numericStyle('overlay-padding') as number,
  };
  cy.destroy();
  return look;
}

const rgb = (hex: string) => {
  const n = parseInt(hex.slice(1), 16);
  return `rgb(${n >> 16},${(n >> 8) & 255},${n & 255})`;
};

describe('actorPens', () => {
  it('gives each kind its shape and colour, and the focus pair a larger size, as the stylesheet does', () => {
    for (const kind of ACTOR_KINDS) {
      const [fill] = actorPens({ ...plain, kind });
      const css = cytoscapeLook([], false, kind);
      expect(fill).toMatchObject({ shape: css.shape, size: css.size, opacity: 1, lineWidth: 0 });
      expect(rgb(fill!.color)).toBe(css.color);
      expect(ACTOR_STYLE[kind].color).toBe(fill!.color);
      expect(css.border).toBe(0);
    }
    expect(actorPens({ ...plain, focus: true })[0]!.size).toBe(cytoscapeLook([], true).size);
  });

  it('dims, rings and marks the selection with the stylesheet’s values', () => {
    const cases: [Partial<ActorState>, string[]][] = [
      [{ dim: true }, ['faded']],
      [{ dim: true }, ['focus-out']],
      [{ onPath: true }, ['on-path']],
      [{ onPath: true, dim: true }, ['on-path', 'off-path']],
      [{ selected: true }, ['selected']],
    ];
    for (const [state, classes] of cases) {
      const pens = actorPens({ ...plain, ...state });
      const css = cytoscapeLook(classes);
      expect(pens[0]!.opacity).toBeCloseTo(css.opacity);
      const ring = pens.find((p) => p.lineWidth > 0);
      expect(ring?.lineWidth ?? 0).toBe(css.border);
      if (ring) expect(rgb(ring.color)).toBe(css.borderColor);
      const overlay = pens.find((p) => p.shape === 'round-rectangle' && p.size > pens[0]!.size);
      expect(overlay?.opacity ?? 0).toBeCloseTo(css.overlay);
      if (overlay) {
        expect(rgb(overlay.color)).toBe(css.overlayColor);
        expect(overlay.size).toBe(pens[0]!.size + 2 * css.overlayPadding);
      }
    }
  });

  it('keeps every kind and combination of marks apart', () => {
    const flags = [false, true];
    for (const kind of ACTOR_KINDS)
      for (const focus of flags)
        for (const dim of flags)
          for (const onPath of flags)
            for (const selected of flags) {
              const pens = actorPens({ kind, focus, dim, onPath, selected });
              expect(pens[0]).toMatchObject({
                shape: ACTOR_STYLE[kind].shape,
                color: ACTOR_STYLE[kind].color,
                size: focus ? 40 : 26,
                opacity: dim && !onPath ? 0.13 : 1,
              });
              expect(pens.some((p) => p.lineWidth > 0)).toBe(onPath);
              expect(pens.some((p) => p.order === 9)).toBe(selected);
            }
  });

  it('shares one pen object between actors that look alike', () => {
    expect(actorPens(plain)[0]).toBe(actorPens({ ...plain })[0]);
  });
});

describe('createActorBatcher', () => {
  it('batches alike actors together, dimmed first, then plain, then the path, then the selection', () => {
    const b = createActorBatcher();
    b.add(0, 0, { ...plain, selected: true });
    b.add(1, 1, { ...plain, onPath: true });
    b.add(2, 2, plain);
    b.add(3, 3, { ...plain, dim: true });
    b.add(4, 4, plain);
    const batches = b.batches();
    expect(batches.map((x) => [x.order, x.lineWidth, x.centres])).toEqual([
      [0, 0, [3, 3]],
      [2, 0, [0, 0, 2, 2, 4, 4]],
      [4, 0, [1, 1]],
      [5, 5, [1, 1]],
      [9, 0, [0, 0]],
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import { makeStoryFile } from '../../tests/builders';
import { parseStoryJson, parseStoryText } from './loadStory';
import { formatProblem } from './problems';

const problemsOf = (json: unknown) => {
  const r = parseStoryJson(json);
  return r.ok ? [] : r.problems.map(formatProblem);
};

describe('parseStoryText', () => {
  it('loads a valid story into the domain value', () => {
    const r = parseStoryText(JSON.stringify(makeStoryFile()));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const story = r.value;
    expect(story.actors.map((a) => a.name)).toEqual(['Ana', 'Borland']);
    const sanction = story.linkById.get('l2')!;
    expect(sanction.time.type).toBe('span');
    expect(sanction.end).toBe(Infinity);
    expect(story.linkById.get('l1')!.directed).toBe(true);
    expect(story.linkById.get('l1')!.reported).toBe(Date.UTC(2026, 1, 3));
    expect(story.extent).toEqual({ start: Date.UTC(2025, 8, 1), end: Date.UTC(2025, 9, 24) });
  });

  it('reports broken JSON with its line and column', () => {
    const r = parseStoryText('{\n  "format": "nexo-story",\n  "version": 1,,\n}');
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problems[0]!.where).toMatch(/^line 3, column \d+$/);
    expect(r.problems[0]!.message).toMatch(/^not valid JSON/);
  });

  it('reports a file that is not a story at all', () => {
    expect(problemsOf([1, 2, 3])[0]).toMatch(/expected object/);
    expect(problemsOf({ format: 'other' }).join('\n')).toMatch(/format/);
  });
});

describe('parseStoryJson', () => {
  it('reports every problem at once, each with where it is', () => {
    const file = makeStoryFile({
      links: [
        {
          id: 'l1',
          from: 'a',
          to: 'ghost',
          kind: 'meeting',
          tone: 3,
          at: 'early 2025',
          description: 'x',
          sources: ['s1'],
        },
        {
          id: 'l1',
          from: 'a',
          to: 'b',
          kind: 'meeting',
          tone: 3,
          at: '2025-09',
          description: 'x',
          sources: ['nope'],
        },
        {
          id: 'l3',
          from: 'a',
          to: 'b',
          kind: 'sanction',
          tone: -8,
          start: '2025-10',
          end: '2025-09',
          description: 'x',
          sources: ['s1'],
        },
        {
          id: 'l4',
          from: 'a',
          to: 'b',
          kind: 'hug',
          tone: 30,
          at: '2025-09-31',
          description: '',
          sources: [],
        },
      ],
    });
    expect(problemsOf(file)).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^links\[0\] \(l1\)\.at: "early 2025" is not a date/),
        'links[1] (l1).id: duplicate id: links[0] has it too',
        'links[1] (l1).sources[0]: "nope" is not the id of a source',
        'links[2] (l3).end: ends (2025-09) before it starts (2025-10)',
        expect.stringMatching(/^links\[3\] \(l4\)\.kind: /),
        expect.stringMatching(/^links\[3\] \(l4\)\.tone: /),
        'links[3] (l4).at: "2025-09-31": September 2025 has 30 days',
        'links[3] (l4).sources: a link must cite at least one source',
      ]),
    );
  });

  it('names an unknown endpoint even when another item failed to parse', () => {
    const file = makeStoryFile({
      links: [
        { id: 'bad', kind: 'meeting' },
        {
          id: 'l2',
          from: 'a',
          to: 'ghost',
          kind: 'meeting',
          tone: 0,
          at: '2025',
          description: 'x',
          sources: ['s1'],
        },
      ],
    });
    expect(problemsOf(file)).toContain('links[1] (l2).to: "ghost" is not the id of an actor');
  });

  it('requires exactly one of "at" and "start"', () => {
    const base = { id: 'x', from: 'a', to: 'b', kind: 'meeting', tone: 0, description: 'x', sources: ['s1'] };
    expect(problemsOf(makeStoryFile({ links: [base] })).join()).toMatch(/either "at".*or "start"/);
    expect(problemsOf(makeStoryFile({ links: [{ ...base, at: '2025', start: '2025' }] })).join()).toMatch(
      /not both/,
    );
  });

  it("checks that an actor's country is a country actor", () => {
    const file = makeStoryFile({
      actors: [
        { id: 'a', name: 'Ana', kind: 'person', country: 'c' },
        { id: 'b', name: 'Borland', kind: 'country' },
        { id: 'c', name: 'Corp', kind: 'company' },
      ],
    });
    expect(problemsOf(file)).toContain('actors[0] (a).country: "c" is not a country (it is a company)');
  });

  it('accepts only http(s) source addresses', () => {
    const file = makeStoryFile({
      sources: [{ id: 's1', outlet: 'X', title: 'T', published: '2026', url: 'javascript:alert(1)' }],
    });
    expect(problemsOf(file).join()).toMatch(/^sources\[0\] \(s1\)\.url/);
  });

  it('rejects unknown fields so typos do not pass silently', () => {
    const file = makeStoryFile({
      actors: [
        { id: 'a', name: 'Ana', kind: 'person', alias: ['x'] },
        { id: 'b', name: 'B', kind: 'country' },
      ],
    });
    expect(problemsOf(file).join()).toMatch(/actors\[0\] \(a\).*alias/);
  });
});

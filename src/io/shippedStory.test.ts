/**
 * Checks the story shipped in data/trump-petro.json: it loads, it is internally sound, and it keeps the
 * promises of data/README.md (every source used, every actor linked, nothing reported before it happened).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Story } from '../domain/types';
import { storyJsonSchemaText } from './jsonSchema';
import { parseStoryText } from './loadStory';
import { formatProblem } from './problems';

const storyText = readFileSync(new URL('../../data/trump-petro.json', import.meta.url), 'utf8');
const schemaText = readFileSync(new URL('../../data/story.schema.json', import.meta.url), 'utf8');
const result = parseStoryText(storyText);

/** The loaded story; fails the calling test (with every problem listed) if the file does not load. */
function story(): Story {
  if (!result.ok)
    throw new Error(`data/trump-petro.json does not load:\n${result.problems.map(formatProblem).join('\n')}`);
  return result.value;
}

describe('the shipped Trump–Petro story', () => {
  it('validates against the story schema', () => {
    const problems = result.ok ? [] : result.problems.map(formatProblem);
    expect(problems, problems.join('\n')).toEqual([]);
    expect(result.ok).toBe(true);
  });

  it('is described by an up-to-date data/story.schema.json (run `npm run schema` if not)', () => {
    expect(schemaText).toBe(storyJsonSchemaText());
  });

  it('points at the JSON Schema next to it', () => {
    expect((JSON.parse(storyText) as { $schema?: string }).$schema).toBe('./story.schema.json');
  });

  it('has its focus pair among its actors', () => {
    const s = story();
    expect(s.focusPair).toEqual(['donald-trump', 'gustavo-petro']);
    for (const id of s.focusPair ?? []) expect(s.actorById.has(id), id).toBe(true);
  });

  it('cites every source in at least one link', () => {
    const s = story();
    const cited = new Set(s.links.flatMap((l) => l.sourceIds));
    expect(s.sources.map((src) => src.id).filter((id) => !cited.has(id))).toEqual([]);
  });

  it('has every actor take part in at least one link', () => {
    const s = story();
    const linked = new Set(s.links.flatMap((l) => [l.from, l.to]));
    expect(s.actors.map((a) => a.id).filter((id) => !linked.has(id))).toEqual([]);
  });

  it('has no link that cites nothing', () => {
    expect(
      story()
        .links.filter((l) => l.sourceIds.length === 0)
        .map((l) => l.id),
    ).toEqual([]);
  });

  it('reports nothing before it happened: an occurred link starts no later than its latest source was published', () => {
    const s = story();
    const late = s.links
      .filter((l) => l.status === 'occurred')
      .filter((l) => {
        // Publication dates are partial dates too: compare against the end of the latest one.
        const latestPublished = Math.max(...l.sourceIds.map((id) => s.sourceById.get(id)!.published.end));
        return l.start >= latestPublished;
      })
      .map((l) => l.id);
    expect(late).toEqual([]);
  });

  it('gives every quote a speaker who exists and is one of the two ends of its link', () => {
    const s = story();
    for (const l of s.links) {
      for (const q of l.quotes) {
        expect(s.actorById.has(q.speakerId), `${l.id}: ${q.speakerId}`).toBe(true);
        expect([l.from, l.to], `${l.id}: quote by ${q.speakerId}`).toContain(q.speakerId);
        expect(l.sourceIds, `${l.id}: quote source ${q.sourceId}`).toContain(q.sourceId);
      }
    }
  });

  it('spells names with their accents as the sources do', () => {
    const names = new Set(story().actors.map((a) => a.name));
    for (const name of [
      'García-Peña',
      'Iván Cepeda',
      'Plaza de Bolívar',
      'Nicolás Maduro',
      'Pedro Sánchez',
    ]) {
      expect(
        [...names].some((n) => n.includes(name)),
        name,
      ).toBe(true);
    }
  });

  it('gives sources no invented web addresses', () => {
    expect(
      story()
        .sources.filter((src) => src.url !== undefined)
        .map((src) => src.id),
    ).toEqual([]);
  });

  it('keeps each span in order and leaves still-running sanctions open', () => {
    const s = story();
    for (const l of s.links) expect(l.end, l.id).toBeGreaterThan(l.start);
    const sanctions = s.links.filter((l) => l.kind === 'sanction');
    expect(sanctions.length).toBeGreaterThanOrEqual(4);
    for (const l of sanctions) expect(l.end, l.id).toBe(Infinity);
  });

  it('marks only announced things as planned', () => {
    const planned = story()
      .links.filter((l) => l.status === 'planned')
      .map((l) => l.id)
      .sort();
    expect(planned).toEqual(
      [
        'colombian-anti-drug-presentation',
        'petro-announces-legal-defence',
        'petro-georgetown-lecture',
        'petro-meets-cocoa-entrepreneurs',
        'petro-meets-congress-members',
        'petro-meets-diaspora',
        'petro-meets-oas-secretary-general',
        'rally-at-plaza-de-bolivar',
        'trump-petro-plan-further-cooperation',
      ].sort(),
    );
  });

  it('dates the Oval Office meeting on 3 February 2026 in Washington time', () => {
    const meeting = story().linkById.get('trump-petro-oval-office-meeting');
    expect(meeting?.time).toMatchObject({ type: 'span', start: { text: '2026-02-03T11:00-05:00' } });
    expect(meeting?.start).toBe(Date.UTC(2026, 1, 3, 16, 0));
    expect(meeting?.sourceIds.length).toBe(5);
  });
});

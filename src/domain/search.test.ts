import { describe, expect, it } from 'vitest';
import { makeActor, makeLink, makeStory } from '../../tests/builders';
import { buildActorSearchIndex, normaliseText, searchActors } from './search';

const actors = [
  makeActor('garcia-pena', { name: 'Daniel García-Peña', aliases: ['Daniel Garcia-Pena'] }),
  makeActor('cepeda', { name: 'Iván Cepeda', aliases: ['Senator Cepeda'] }),
  makeActor('petro', { name: 'Gustavo Petro', aliases: ['Petro'] }),
  makeActor('petro-wife', { name: "Petro's wife" }),
  makeActor('petro-base', { name: "Petro's political base" }),
  makeActor('roa', { name: 'Ricardo Roa' }),
  makeActor('ecopetrol', { name: 'Ecopetrol', kind: 'company' }),
  makeActor('treasury', { name: 'U.S. Treasury', aliases: ['Clinton List', 'OFAC'] }),
];
const story = makeStory([makeLink('l', { from: 'petro', to: 'roa' })], actors);
const index = buildActorSearchIndex(story);
const ids = (q: string) => searchActors(index, q).map((m) => m.actor.id);

describe('normaliseText', () => {
  it('drops case, accents and punctuation', () => {
    expect(normaliseText('  Daniel García-Peña ')).toBe('daniel garcia pena');
    expect(normaliseText('Bogotá, D.C.')).toBe('bogota d c');
    expect(normaliseText('IVÁN')).toBe('ivan');
  });
});

describe('searchActors', () => {
  it('finds a name whatever the accents and hyphens typed', () => {
    expect(ids('garcia pena')).toEqual(['garcia-pena']);
    expect(ids('GARCÍA-PEÑA')).toEqual(['garcia-pena']);
  });

  it('finds a person by the family name alone', () => {
    expect(ids('Cepeda')).toEqual(['cepeda']);
    expect(ids('cep')).toEqual(['cepeda']);
  });

  it('finds an actor by an alias and says which name matched', () => {
    const [match] = searchActors(index, 'clinton');
    expect(match?.actor.id).toBe('treasury');
    expect(match?.matched).toBe('Clinton List');
  });

  it('ranks whole names and word starts above matches inside a word', () => {
    expect(ids('petro')).toEqual(['petro', 'petro-wife', 'petro-base', 'ecopetrol']);
  });

  it('needs every word typed to match', () => {
    expect(ids('petro wife')).toEqual(['petro-wife']);
    expect(ids('petro nobody')).toEqual([]);
  });

  it('finds nothing for an empty or punctuation-only query', () => {
    expect(ids('')).toEqual([]);
    expect(ids(' - . ')).toEqual([]);
  });

  it('returns at most the number asked for', () => {
    expect(searchActors(index, 'e', 3)).toHaveLength(3);
  });
});

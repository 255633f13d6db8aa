import { describe, expect, it } from 'vitest';
import { makeStoryFile } from '../../tests/builders';
import { handleParseRequest } from './parseMessages';
import { parseStoryOffThread } from './parseOffThread';

describe('the story-parsing worker messages', () => {
  it('answer a request with its number and the loaded story, which survives a structured clone', () => {
    const reply = handleParseRequest({ id: 7, text: JSON.stringify(makeStoryFile()) });
    expect(reply.id).toBe(7);
    if (!reply.result.ok) throw new Error('expected a story');
    const copy = structuredClone(reply);
    if (!copy.result.ok) throw new Error('expected a story');
    expect(copy.result.value.linkById.get('l2')?.end).toBe(Infinity);
    expect(copy.result.value.actorById.get('a')?.name).toBe('Ana');
    expect(copy.result.value).toEqual(reply.result.value);
  });

  it('answer a broken file with its problems', () => {
    const reply = handleParseRequest({ id: 1, text: '{"format": ' });
    expect(reply).toMatchObject({ id: 1, result: { ok: false } });
  });

  it('are parsed on the spot where there is no Worker', async () => {
    const result = await parseStoryOffThread(JSON.stringify(makeStoryFile()));
    expect(result.ok && result.value.links).toHaveLength(2);
  });
});

import { describe, expect, it } from 'vitest';
import { makeLink, makeStory, testSource } from '../../tests/builders';
import { createStory } from '../domain/story';
import { captionFor, creditedOutlets, describeTime } from './caption';
import { embedSnippet, isEmbedUrl, viewUrl } from './embed';

const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`);

describe('the caption under an exported picture', () => {
  it.each([
    ['in-force', 'In force on 24 Oct 2025'],
    ['up-to', 'Everything up to 24 Oct 2025'],
    ['window', 'Active 1 Sep 2025 – 31 Oct 2025'],
  ] as const)('says what time the %s mode shows', (mode, text) => {
    expect(
      describeTime({
        mode,
        cursor: day('2025-10-24'),
        windowStart: day('2025-09-01'),
        windowEnd: day('2025-11-01'),
      }),
    ).toBe(text);
  });

  it('credits the outlets behind the links shown, most cited first', () => {
    const base = makeStory([makeLink('a', {}), makeLink('b', { sourceIds: ['s2', 's1'] })]);
    const story = createStory({
      ...base,
      sources: [
        testSource,
        { ...testSource, id: 's2', outlet: 'Reuters' },
        { ...testSource, id: 's3', outlet: 'Unused' },
      ],
    });
    expect(creditedOutlets(story, ['a', 'b'])).toEqual(['Test Wire', 'Reuters']);
    expect(creditedOutlets(story, [])).toEqual(['Reuters', 'Test Wire', 'Unused']);
    expect(
      captionFor(story, { mode: 'up-to', cursor: day('2026-01-01'), windowStart: 0, windowEnd: 0 }, ['b']),
    ).toEqual({
      title: 'Test story',
      when: 'Everything up to 1 Jan 2026',
      credit: 'Sources: Reuters, Test Wire · Made with Nexo',
    });
  });
});

describe('share addresses', () => {
  it('builds the view address from the page address, dropping its query and old fragment', () => {
    expect(viewUrl('https://nexo.example/app/?embed=1#s1.old', 's1.new')).toBe(
      'https://nexo.example/app/#s1.new',
    );
    expect(viewUrl('https://nexo.example/app/', 's1.x', true)).toBe('https://nexo.example/app/?embed=1#s1.x');
    expect(isEmbedUrl('https://nexo.example/?embed=1#s1.x')).toBe(true);
    expect(isEmbedUrl('https://nexo.example/#embed=1')).toBe(false);
  });

  it('escapes the story title in the iframe snippet', () => {
    const snippet = embedSnippet('https://nexo.example/', 's1.abc', 'Tom & "Jerry" <script>');
    expect(snippet).toBe(
      '<iframe src="https://nexo.example/?embed=1#s1.abc" title="Nexo: Tom &amp; &quot;Jerry&quot; &lt;script&gt;" ' +
        'width="800" height="500" style="border:0;max-width:100%" loading="lazy"></iframe>',
    );
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeBase64url, encodeBase64url } from './base64url';
import { deflate } from './compress';
import { decodeShareFragment, encodeShareFragment, MAX_DECODED_BYTES, MAX_LINK_CHARS } from './link';
import type { ShareState } from './shareState';

const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`);

const states: [string, ShareState][] = [
  ['a bare story', { v: 1, story: 'trump-petro' }],
  [
    'time in force with a selected actor',
    {
      v: 1,
      story: 'trump-petro',
      time: {
        mode: 'in-force',
        cursor: day('2025-10-24'),
        windowStart: day('2022-08-07'),
        windowEnd: day('2026-02-04'),
      },
      selection: { type: 'actor', id: 'gustavo-petro' },
    },
  ],
  [
    'a window with a selected link and a zoomed viewport',
    {
      v: 1,
      story: 'trump-petro',
      time: {
        mode: 'window',
        cursor: day('2026-01-01'),
        windowStart: day('2025-09-01'),
        windowEnd: day('2025-11-01'),
      },
      selection: { type: 'link', id: 'treasury-sanctions-petro' },
      viewport: { x: -120.5, y: 33.25, w: 640, h: 360.75 },
    },
  ],
  ['non-ASCII ids', { v: 1, story: 'petro-é-漢字', selection: { type: 'actor', id: 'garcía-peña' } }],
];

async function bytesOf(json: string) {
  return encodeBase64url(await deflate(new TextEncoder().encode(json)));
}

describe('the share link', () => {
  it.each(states)('round-trips %s', async (_name, state) => {
    const fragment = await encodeShareFragment(state);
    expect(fragment).toMatch(/^s1\.[A-Za-z0-9_-]+$/);
    expect(await decodeShareFragment(`#${fragment}`)).toEqual({ ok: true, state, notes: [] });
  });

  it('is short: a full view fits in a few hundred characters', async () => {
    const fragment = await encodeShareFragment(states[2]![1]);
    expect(fragment.length).toBeLessThan(300);
  });

  it('reads an empty fragment as no view at all', async () => {
    expect(await decodeShareFragment('')).toEqual({ ok: true, state: null, notes: [] });
    expect(await decodeShareFragment('#')).toEqual({ ok: true, state: null, notes: [] });
  });

  const failures: [string, () => Promise<string> | string, string, RegExp][] = [
    ['anything else after #', () => '#top', 'not-a-view', /not a Nexo view/],
    ['a link of a newer format', () => '#s2.AAAA', 'too-new', /newer version of Nexo \(link format 2/],
    ['characters outside base64url', () => '#s1.ab+/', 'corrupt', /damaged/],
    ['an empty payload', () => '#s1.', 'corrupt', /damaged/],
    [
      'a payload that is not deflate',
      () => `#s1.${encodeBase64url(new TextEncoder().encode('{"v":1}'))}`,
      'corrupt',
      /damaged or incomplete/,
    ],
    [
      'a link cut short',
      async () => (await encodeShareFragment(states[2]![1])).slice(0, 40),
      'corrupt',
      /damaged or incomplete/,
    ],
    ['a link longer than the limit', () => `#s1.${'A'.repeat(MAX_LINK_CHARS)}`, 'too-long', /too long/],
    [
      'a payload that unpacks too large',
      async () => `s1.${await bytesOf(' '.repeat(MAX_DECODED_BYTES + 1))}`,
      'too-large',
      /more than 32768 bytes/,
    ],
    [
      'JSON that is not an object',
      async () => `s1.${await bytesOf('[1,2]')}`,
      'invalid',
      /does not describe a view/,
    ],
    ['text that is not JSON', async () => `s1.${await bytesOf('{"v":1,')}`, 'corrupt', /not valid JSON/],
    [
      'a view of a newer version',
      async () => `s1.${await bytesOf('{"v":7,"story":"x"}')}`,
      'too-new',
      /newer version of Nexo \(view version 7/,
    ],
    ['a view without its story', async () => `s1.${await bytesOf('{"v":1}')}`, 'invalid', /which story/],
  ];

  it.each(failures)('rejects %s with a message, without throwing', async (_name, make, problem, message) => {
    const result = await decodeShareFragment(await make());
    expect(result).toMatchObject({ ok: false, problem });
    expect(result.ok || result.message).toMatch(message);
  });

  it('drops fields it cannot read and keys it does not know, and says so', async () => {
    const fragment = `s1.${await bytesOf(
      JSON.stringify({
        v: 1,
        story: 'x',
        time: { mode: 'sideways' },
        selection: { type: 'actor', id: 'a' },
        speed: 4,
      }),
    )}`;
    const result = await decodeShareFragment(fragment);
    expect(result).toEqual({
      ok: true,
      state: { v: 1, story: 'x', selection: { type: 'actor', id: 'a' } },
      notes: [
        'its time was not understood and was left out',
        'it holds settings this version of Nexo does not know (speed); they were left out',
      ],
    });
  });

  it('never lets __proto__ or constructor keys through', async () => {
    const json =
      '{"v":1,"story":"x","__proto__":{"polluted":1},"selection":{"type":"actor","id":"a","constructor":{"prototype":{"polluted":1}}}}';
    const result = await decodeShareFragment(`s1.${await bytesOf(json)}`);
    expect(result.ok && result.state).toEqual({ v: 1, story: 'x', selection: { type: 'actor', id: 'a' } });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('the link decoder under fuzzing', () => {
  const protoKeys = () => Object.getOwnPropertyNames(Object.prototype).sort();
  const before = protoKeys();

  it('never throws on random fragments', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.string(),
          fc
            .string({
              unit: fc.constantFrom(...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.'),
            })
            .map((s) => `s1.${s}`),
          fc.uint8Array({ maxLength: 200 }).map((b) => `s1.${encodeBase64url(b)}`),
        ),
        async (fragment) => {
          const result = await decodeShareFragment(fragment);
          expect(typeof result.ok).toBe('boolean');
        },
      ),
      { numRuns: 3000 },
    );
    expect(protoKeys()).toEqual(before);
  });

  it('never throws on random JSON, and never changes Object.prototype', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.jsonValue(),
          fc.dictionary(
            fc.constantFrom('v', 'story', 'time', 'selection', 'viewport', '__proto__', 'constructor'),
            fc.jsonValue(),
          ),
        ),
        async (value) => {
          const fragment = `s1.${await bytesOf(JSON.stringify(value) ?? 'null')}`;
          const result = await decodeShareFragment(fragment);
          expect(typeof result.ok).toBe('boolean');
        },
      ),
      { numRuns: 1500 },
    );
    expect(protoKeys()).toEqual(before);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('never decodes a changed valid link into a different view', async () => {
    const fragments = await Promise.all(states.map(([, s]) => encodeShareFragment(s)));
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
    const mutation = fc.oneof(
      fc.record({ kind: fc.constant('replace' as const), at: fc.nat(), char: fc.constantFrom(...alphabet) }),
      fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), char: fc.constantFrom(...alphabet) }),
      fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), char: fc.constant('') }),
      fc.record({ kind: fc.constant('truncate' as const), at: fc.nat(), char: fc.constant('') }),
    );
    let rejected = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.nat(states.length - 1),
        fc.array(mutation, { minLength: 1, maxLength: 3 }),
        async (which, edits) => {
          let text = fragments[which]!;
          for (const e of edits) {
            const at = 3 + (e.at % Math.max(1, text.length - 3)); // keep the "s1." prefix
            if (e.kind === 'replace') text = text.slice(0, at) + e.char + text.slice(at + 1);
            else if (e.kind === 'insert') text = text.slice(0, at) + e.char + text.slice(at);
            else if (e.kind === 'delete') text = text.slice(0, at) + text.slice(at + 1);
            else text = text.slice(0, at);
          }
          const result = await decodeShareFragment(text);
          if (text === fragments[which]) return;
          // A changed link is refused; it may only decode when the change left the bytes as they were.
          if (result.ok) expect(result.state).toEqual(states[which]![1]);
          else rejected += 1;
        },
      ),
      { numRuns: 3000 },
    );
    expect(rejected).toBeGreaterThan(2500);
  });
});

describe('base64url', () => {
  it('round-trips every length', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 64 }), (bytes) => {
        expect(decodeBase64url(encodeBase64url(bytes))).toEqual(bytes);
      }),
    );
  });

  it('accepts only the one canonical spelling', () => {
    expect(decodeBase64url('AA')).toEqual(new Uint8Array([0]));
    expect(decodeBase64url('AB')).toBeNull(); // leftover bits set
    expect(decodeBase64url('A')).toBeNull();
    expect(decodeBase64url('AA==')).toBeNull();
  });
});

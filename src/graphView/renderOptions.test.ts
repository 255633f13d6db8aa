import { describe, expect, it } from 'vitest';
import { readRenderOptions } from './renderOptions';

describe('readRenderOptions', () => {
  it('draws by diff unless the address asks for the naive baseline', () => {
    expect(readRenderOptions('')).toEqual({ renderer: 'diff' });
    expect(readRenderOptions('?renderer=naive')).toEqual({ renderer: 'naive' });
    expect(readRenderOptions('?renderer=fancy&x=1')).toEqual({ renderer: 'diff' });
  });
});

/**
 * Switches for how the graph is drawn, read from the page address. `?renderer=naive` is a benchmark
 * switch: each step clears the graph and adds everything visible, the baseline Nexo is measured
 * against (npm run bench). Nobody needs it to use the app.
 */
export interface RenderOptions {
  /** 'diff' (the default) touches only what changed; 'naive' rebuilds the graph at every step. */
  readonly renderer: 'diff' | 'naive';
}

export function readRenderOptions(search: string): RenderOptions {
  const params = new URLSearchParams(search);
  return { renderer: params.get('renderer') === 'naive' ? 'naive' : 'diff' };
}

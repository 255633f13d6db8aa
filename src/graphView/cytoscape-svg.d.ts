declare module 'cytoscape-svg' {
  import type { Ext } from 'cytoscape';
  /** Registers `cy.svg(options)`: the graph drawn as an SVG document (typed in adapter.ts). */
  const svg: Ext;
  export default svg;
}

import cytoscape from 'cytoscape';
const cy = cytoscape({ headless: true, styleEnabled: true, style: [
 { selector: 'node', style: { label: 'data(label)', 'text-max-width': '110px', 'border-style': 'dashed', shape: 'round-rectangle', 'text-margin-y': -4, padding: '14px' } },
 { selector: 'edge', style: { 'line-style': 'dashed', 'curve-style': 'unbundled-bezier', 'control-point-distances': 20, 'control-point-weights': 0.5, 'target-arrow-shape': 'tee', 'line-color': '#e03131' } } ],
 elements: [{ data: { id: 'p' } }, { data: { id: 'a', label: 'A', parent: 'p' }, position: { x: 0, y: 0 } }, { data: { id: 'b', label: 'B' }, position: { x: 100, y: 0 } }, { data: { id: 'e', source: 'a', target: 'b' } }] });
const e = cy.$('#e'); const n = cy.$('#a'); const p = cy.$('#p');
console.log(e.style('line-color'), e.numericStyle('width'), e.style('line-dash-pattern'), e.numericStyle('line-dash-pattern'), e.style('line-style'), e.numericStyle('arrow-scale'), e.style('target-arrow-shape'));
console.log(n.style('text-max-width'), n.numericStyle('text-max-width'), n.numericStyle('text-margin-y'), n.style('font-family'), n.style('font-weight'), n.numericStyle('font-size'), n.style('border-dash-pattern'), n.numericStyle('line-height'), n.style('text-wrap'), n.style('label'));
console.log(p.numericStyle('padding'), p.padding(), p.width(), p.paddedWidth(), p.position(), e.effectiveOpacity(), n.style('overlay-opacity'), n.numericStyle('overlay-opacity'), n.style('background-color'), n.numericStyle('min-zoomed-font-size'));
try { console.log(e.sourceEndpoint(), e.controlPoints()); } catch (err) { console.log('err', String(err)); }
console.log(cy.extent(), n.boundingBox(), e.boundingBox());

import type { CompositeNode } from './composite-expression';

/**
 * The availability a composite would have if its components failed independently, computed from their
 * percentages alone (what a spreadsheet does): a series multiplies availabilities, a parallel is down with
 * the product of the unavailabilities. A component that is itself a composite is expanded to its own
 * expression, so the figure stays naive all the way down. Null when a component has no availability.
 * Beside the composite's real availability (from its timelines) it shows what correlation did: outages
 * that overlap make a series better and a parallel worse than this figure.
 */
export function naiveAvailability(
  node: CompositeNode,
  availabilityOf: (service: string) => number | null,
  composites: ReadonlyMap<string, { root: CompositeNode }>,
): number | null {
  if (node.kind === 'service') {
    const inner = composites.get(node.name);
    return inner ? naiveAvailability(inner.root, availabilityOf, composites) : availabilityOf(node.name);
  }
  let product = 1;
  for (const p of node.parts) {
    const a = naiveAvailability(p, availabilityOf, composites);
    if (a === null) return null;
    product *= node.kind === 'series' ? a : 1 - a;
  }
  return node.kind === 'series' ? product : 1 - product;
}

/**
 * A service's code (its index in a table's `services`) by name. Made once per list and kept beside it: a
 * search of the list per service was quadratic in services (200,000 services: seconds per lookup pass).
 * The lists are never changed after an import finishes, so the map stays true for the list's life.
 */
const codesOf = new WeakMap<readonly string[], Map<string, number>>();

/** The code of `service` in `services`, or -1 when the list does not hold it. */
export function serviceCodeOf(services: readonly string[], service: string): number {
  let codes = codesOf.get(services);
  if (!codes) {
    codes = new Map();
    // the first spelling wins, as indexOf did
    for (let k = services.length - 1; k >= 0; k--) codes.set(services[k]!, k);
    codesOf.set(services, codes);
  }
  return codes.get(service) ?? -1;
}

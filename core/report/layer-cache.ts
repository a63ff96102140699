/**
 * The report engine's one caching mechanism: each layer keeps its values while the values it depends on (a
 * slice of the settings, and the layers under it) are unchanged, and drops them all when one changes.
 * Dependencies compare by value when they are plain data (numbers, strings, arrays, plain objects, in any key
 * order: settings arrive as fresh copies over IPC) and by identity otherwise (a layer's own value, such as the
 * range frame), so a layer above another is invalidated exactly when the one below is rebuilt.
 */
export class LayerCache<V> {
  private deps: readonly unknown[] | null = null;
  private items = new Map<string, V>();

  /** The values kept under `deps`, by item (a service): the last call's when its dependencies equal these, else none. */
  at(deps: readonly unknown[]): Map<string, V> {
    if (this.deps === null || !sameDeps(this.deps, deps)) {
      this.deps = deps;
      this.items = new Map();
    }
    return this.items;
  }

  /** How many values are kept: what the engine's held() reports per layer. */
  get size(): number {
    return this.items.size;
  }

  /** Whether `items` (from at()) are still the ones kept: no call with other dependencies came since. */
  holds(items: Map<string, V>): boolean {
    return this.items === items;
  }

  /** The one value under `deps`: the kept one, or make()'s. */
  value(deps: readonly unknown[], make: () => V): V {
    const items = this.at(deps);
    if (items.has('')) return items.get('')!;
    const v = make();
    items.set('', v);
    return v;
  }
}

/** Equality of dependency values: plain data by value, anything else by identity. */
export function sameDeps(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a)) {
    return Array.isArray(b) && a.length === b.length && a.every((x, i) => sameDeps(x, b[i]));
  }
  if (!isPlain(a) || !isPlain(b)) return false;
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  const x = a as Record<string, unknown>;
  const y = b as Record<string, unknown>;
  return keys.every((k) => Object.hasOwn(y, k) && sameDeps(x[k], y[k]));
}

function isPlain(v: object): boolean {
  const p = Object.getPrototypeOf(v) as unknown;
  return p === Object.prototype || p === null;
}

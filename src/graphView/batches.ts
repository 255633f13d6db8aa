/**
 * Grouping what is drawn alike, so a canvas draws it in a few calls: pens (how something is drawn)
 * are interned, one object per distinct pen, compared by identity, and the numbers each pen draws
 * are collected under it. Shared by the pair edges (pairLooks.ts) and the actors (actorLooks.ts).
 */

/** Returns one object per distinct key: `make` runs the first time a key is asked for. */
export function interner<T>(): (key: string, make: () => T) => T {
  const made = new Map<string, T>();
  return (key, make) => {
    let t = made.get(key);
    if (t === undefined) made.set(key, (t = make()));
    return t;
  };
}

/** Numbers collected per pen; `inOrder` gives the pens by `order`, lowest (drawn first) first. */
export function createBatches<P extends { readonly order: number }>() {
  const groups = new Map<P, number[]>();
  return {
    /** The numbers drawn with `pen`, to push onto. */
    of(pen: P): number[] {
      let values = groups.get(pen);
      if (!values) groups.set(pen, (values = []));
      return values;
    },
    inOrder(): [P, number[]][] {
      return [...groups].sort((a, b) => a[0].order - b[0].order);
    },
  };
}

// A tiny observable value, one per concept of the explorer's client state (graph view, selection,
// filters, history, panels), in the manner of Gephi Lite's core atoms: state changes only through pure
// producers `(state, ...args) => state`, so every transition is testable without a browser.

/** A value with subscribers. */
export interface Atom<T> {
  get(): T;
  set(next: T | ((current: T) => T)): void;
  subscribe(listener: () => void): () => void;
}

/** Creates an atom; `set` notifies only when the value actually changed (by identity). */
export function atom<T>(initial: T): Atom<T> {
  let value = initial;
  const listeners = new Set<() => void>();
  return {
    get: () => value,
    set(next) {
      const v = typeof next === 'function' ? (next as (c: T) => T)(value) : next;
      if (Object.is(v, value)) return;
      value = v;
      for (const l of [...listeners]) l();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

/** Binds a pure producer to an atom: calling the action applies it to the current value. */
export function action<T, A extends unknown[]>(a: Atom<T>, producer: (state: T, ...args: A) => T): (...args: A) => void {
  return (...args) => a.set((s) => producer(s, ...args));
}

/**
 * Build products made once per process. `next build` compiles the route handlers (app/**\/route.ts) and the pages
 * into separate bundles, each with its own copy of every module of lib/, and renders them all in the same worker
 * process; a cache in a module's own variable is therefore kept once per copy, and at 1,000 articles the library
 * was loaded and annotated twice, and the citations formatted twice, in the one worker (docs-bench.md, "Build
 * cost"). These caches live on `globalThis` under one registered symbol, so every copy of a module finds what
 * another copy made. Keys are the library object (or a content folder), so a test's own library starts afresh.
 *
 * With SIGHTLINES_BUILD_TIMING=1 each product's making is timed on stderr (`[build] citations: 11234 ms`), which
 * is how the stages' costs in docs-bench.md were found.
 */
type Store = Map<string, WeakMap<object, unknown> | Map<string, unknown>>;
const slot = Symbol.for('sightlines.build-cache');
const store = (): Store => ((globalThis as { [slot]?: Store })[slot] ??= new Map());

function timed<V>(name: string, make: () => V): V {
  if (!process.env.SIGHTLINES_BUILD_TIMING) return make();
  const start = performance.now();
  const value = make();
  console.error(`[build] ${name}: ${Math.round(performance.now() - start)} ms (process ${process.pid})`);
  return value;
}

/** The process-wide cache called `name`, made by `create` the first time any copy of a module asks for it. */
function cacheNamed<C extends WeakMap<object, unknown> | Map<string, unknown>>(name: string, create: () => C): C {
  const s = store();
  if (!s.has(name)) s.set(name, create());
  return s.get(name) as C;
}

/** `make(key)` once per process for each key object, whichever copy of the calling module asks. */
export function oncePerProcess<K extends object, V>(name: string, make: (key: K) => V): (key: K) => V {
  return (key) => {
    const cache = cacheNamed(name, () => new WeakMap<K, V>());
    if (!cache.has(key)) cache.set(key, timed(name, () => make(key)));
    return cache.get(key)!;
  };
}

/** `make()` once per process for each string key (a content folder), whichever copy of the calling module asks. */
export function oncePerProcessFor<V>(name: string, key: string, make: () => V): V {
  const cache = cacheNamed(name, () => new Map<string, V>());
  if (!cache.has(key)) cache.set(key, timed(name, make));
  return cache.get(key)!;
}

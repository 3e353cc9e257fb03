/** Keys whose string values keep their meaning: the view's structure (field kinds) and times. */
const KEEP = new Set(['fieldType', 'start', 'end']);
/** Keys that name things: unique within a body, so two of them never collide. */
const NAMES = new Set(['name', 'value', 'communicationTypeId', 'id', 'userId', 'linkId']);

/**
 * `body` with every string (except the KEEP keys) replaced by a payload from `corpus`, taken in
 * turn from `offset`: run N puts each payload in other fields than run N-1. Names stay unique
 * (a repeated one gets a `~n` suffix), so a `__proto__` payload lands as a real field name.
 */
export function injectPayloads(body: unknown, corpus: readonly string[], offset: number): unknown {
  let next = offset;
  const usedNames = new Map<string, Set<string>>();
  const payload = () => corpus[next++ % corpus.length]!;
  const visit = (value: unknown, key: string | undefined): unknown => {
    if (typeof value === 'string') {
      if (key !== undefined && KEEP.has(key)) return value;
      const text = payload();
      if (key === undefined || !NAMES.has(key)) return text;
      const used = usedNames.get(key) ?? new Set<string>();
      usedNames.set(key, used);
      let unique = text;
      for (let n = 2; used.has(unique); n += 1) unique = `${text}~${n}`;
      used.add(unique);
      return unique;
    }
    if (Array.isArray(value)) return value.map((item) => visit(item, key));
    if (typeof value === 'object' && value !== null) {
      const copy: Record<string, unknown> = {};
      for (const [name, child] of Object.entries(value)) Object.defineProperty(copy, name, { value: visit(child, name), enumerable: true, writable: true, configurable: true });
      return copy;
    }
    return value;
  };
  return visit(body, undefined);
}

/** Every path to a leaf or a container of `body`, for mutations. */
export function pathsOf(body: unknown, prefix: readonly (string | number)[] = []): (string | number)[][] {
  const paths: (string | number)[][] = [[...prefix]];
  if (Array.isArray(body)) body.forEach((item, index) => paths.push(...pathsOf(item, [...prefix, index])));
  else if (typeof body === 'object' && body !== null) {
    for (const [key, child] of Object.entries(body)) paths.push(...pathsOf(child, [...prefix, key]));
  }
  return paths;
}

/** A deep copy of `body` with the value at `path` replaced (the root path replaces the whole). */
export function setAt(body: unknown, path: readonly (string | number)[], value: unknown): unknown {
  if (path.length === 0) return value;
  const copy = structuredClone(body) as Record<string | number, unknown>;
  let node = copy;
  for (const key of path.slice(0, -1)) {
    const child = node[key];
    // An earlier mutation replaced a container on the way: nothing left to mutate here.
    if (typeof child !== 'object' || child === null) return copy;
    node = child as Record<string | number, unknown>;
  }
  if (typeof node !== 'object' || node === null) return copy;
  Object.defineProperty(node, path.at(-1)!, { value, enumerable: true, writable: true, configurable: true });
  return copy;
}

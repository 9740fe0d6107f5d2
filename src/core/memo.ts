// A bounded cache for pure functions of a string: campaign sheets repeat the same texts (dates,
// labels) thousands of times.

export function memoize<T>(fn: (text: string) => T, limit: number): (text: string) => T {
  const cache = new Map<string, T>();
  return (text) => {
    if (cache.has(text)) return cache.get(text)!;
    const value = fn(text);
    if (cache.size >= limit) cache.clear();
    cache.set(text, value);
    return value;
  };
}

/**
 * `compute` remembered per key, for keys that repeat endlessly (syllables, tag lists) but could in
 * principle vary without end: past `maxEntries` the memory is dropped and filled again, so it
 * never grows beyond that whatever the input.
 */
export function boundedMemo<V>(compute: (key: string) => V, maxEntries: number): (key: string) => V {
  const remembered = new Map<string, V>();
  return (key) => {
    let value = remembered.get(key);
    if (value === undefined) {
      value = compute(key);
      if (remembered.size >= maxEntries) remembered.clear();
      remembered.set(key, value);
    }
    return value;
  };
}

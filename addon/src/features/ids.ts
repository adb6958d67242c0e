// Stable ids for rows the sidebars create (activities, data-category rows, holdings). Made
// in memory rather than with Utilities.getUuid(), which is a service call per id: an import
// of a thousand activities must not cost a thousand round trips.

/** A generator of ids like "act-m3x9k2-1a4f", unique within a run and across runs. */
export function idFactory(
  prefix: string,
  now: number = Date.now(),
  random: () => number = Math.random,
): () => string {
  const stamp = now.toString(36);
  let counter = 0;
  return () => {
    counter += 1;
    const noise = Math.floor(random() * 36 ** 4)
      .toString(36)
      .padStart(4, '0');
    return `${prefix}-${stamp}${counter.toString(36)}-${noise}`;
  };
}

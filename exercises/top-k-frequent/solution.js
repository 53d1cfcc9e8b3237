function topKFrequent(words, k) {
  const counts = new Map();
  for (const w of words) counts.set(w, (counts.get(w) || 0) + 1);
  const distinct = [...counts.keys()];
  distinct.sort((a, b) => {
    const diff = counts.get(b) - counts.get(a); // more frequent first
    if (diff !== 0) return diff;
    return a < b ? -1 : a > b ? 1 : 0; // ties: UTF-16 code-unit order, like `<`
  });
  return distinct.slice(0, k);
}

// Inverted tie comparator: equally frequent words come out in descending order ("love" before "i").
function topKFrequent(words, k) {
  const counts = new Map();
  for (const w of words) counts.set(w, (counts.get(w) || 0) + 1);
  const distinct = [...counts.keys()];
  distinct.sort((a, b) => counts.get(b) - counts.get(a) || (a < b ? 1 : a > b ? -1 : 0));
  return distinct.slice(0, k);
}

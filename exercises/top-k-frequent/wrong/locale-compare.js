// Ties with localeCompare: locale order puts "apple" before "Apple" and "é" before "z", unlike `<`.
function topKFrequent(words, k) {
  const counts = new Map();
  for (const w of words) counts.set(w, (counts.get(w) || 0) + 1);
  const distinct = [...counts.keys()];
  distinct.sort((a, b) => counts.get(b) - counts.get(a) || a.localeCompare(b));
  return distinct.slice(0, k);
}

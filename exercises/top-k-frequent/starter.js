/**
 * @param {string[]} words non-empty array of non-empty strings
 * @param {number} k 1 <= k <= number of distinct words
 * @returns {string[]} the k most frequent words: by count descending, ties by `<` ascending
 */
function topKFrequent(words, k) {
  // Your code here.
  return [];
}

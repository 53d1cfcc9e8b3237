// Correct: no class — a constructor function returns an object of closures over private state, with `size` as a getter in the object literal.
function HashMap() {
  let buckets = emptyBuckets(8);
  let count = 0;

  function emptyBuckets(n) {
    const b = [];
    for (let i = 0; i < n; i++) b.push([]);
    return b;
  }

  function hash(key) {
    let h = 7;
    for (let i = 0; i < key.length; i++) h = (Math.imul(h, 31) + key.charCodeAt(i)) | 0;
    return h >>> 0;
  }

  const bucketFor = (key) => buckets[hash(key) % buckets.length];
  const find = (bucket, key) => bucket.findIndex((e) => e.key === key);

  function grow() {
    const old = buckets;
    buckets = emptyBuckets(old.length * 2);
    for (const bucket of old) for (const e of bucket) bucketFor(e.key).push(e);
  }

  return {
    set(key, value) {
      const bucket = bucketFor(key);
      const i = find(bucket, key);
      if (i >= 0) {
        bucket[i].value = value;
      } else {
        bucket.push({ key, value });
        count++;
        if (count > buckets.length * 0.75) grow();
      }
    },
    get(key) {
      const bucket = bucketFor(key);
      const i = find(bucket, key);
      return i >= 0 ? bucket[i].value : undefined;
    },
    has(key) {
      return find(bucketFor(key), key) >= 0;
    },
    delete(key) {
      const bucket = bucketFor(key);
      const i = find(bucket, key);
      if (i < 0) return false;
      bucket.splice(i, 1);
      count--;
      return true;
    },
    get size() {
      return count;
    },
  };
}

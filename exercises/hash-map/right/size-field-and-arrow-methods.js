// Correct: `size` is a plain field kept up to date (read as a property, like a getter) and the methods are arrow-function class fields; `set` returns the value stored.
class HashMap {
  size = 0;
  #buckets = Array.from({ length: 16 }, () => []);

  #slot = (key) => {
    let h = 0;
    for (const ch of key) h = (h * 33 + ch.codePointAt(0)) % 1000000007;
    return this.#buckets[h % this.#buckets.length];
  };

  set = (key, value) => {
    const slot = this.#slot(key);
    const entry = slot.find((e) => e[0] === key);
    if (entry) return (entry[1] = value);
    slot.push([key, value]);
    this.size++;
    if (this.size > this.#buckets.length) {
      const entries = this.#buckets.flat();
      this.#buckets = Array.from({ length: this.#buckets.length * 2 }, () => []);
      for (const e of entries) this.#slot(e[0]).push(e);
    }
    return value;
  };

  get = (key) => this.#slot(key).find((e) => e[0] === key)?.[1];
  has = (key) => this.#slot(key).some((e) => e[0] === key);

  delete = (key) => {
    const slot = this.#slot(key);
    const i = slot.findIndex((e) => e[0] === key);
    if (i < 0) return false;
    slot.splice(i, 1);
    this.size--;
    return true;
  };
}

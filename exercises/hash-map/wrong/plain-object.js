// A plain `{}` as the store: "toString"/"constructor" look present in a fresh map, and `obj["__proto__"] = v` stores nothing.
class HashMap {
  constructor() {
    this.data = {};
    this.count = 0;
  }
  set(key, value) {
    if (!(key in this.data)) this.count++;
    this.data[key] = value;
  }
  get(key) {
    return this.data[key];
  }
  has(key) {
    return key in this.data;
  }
  delete(key) {
    if (!(key in this.data)) return false;
    delete this.data[key];
    this.count--;
    return true;
  }
  get size() {
    return this.count;
  }
}

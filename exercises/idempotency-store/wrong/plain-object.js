// Stores records in a plain object: keys such as "__proto__" or "constructor" find inherited properties instead of nothing.
class IdempotencyStore {
  constructor(ttlMs) {
    this.ttlMs = ttlMs;
    this.records = {}; // key -> { hash, createdAt, done, response }
  }

  /** The key's live record, dropping it first if it has expired. */
  live(key, nowMs) {
    const record = this.records[key];
    if (record === undefined) return undefined;
    if (nowMs >= record.createdAt + this.ttlMs) {
      delete this.records[key];
      return undefined;
    }
    return record;
  }

  begin(key, requestHash, nowMs) {
    const record = this.live(key, nowMs);
    if (record === undefined) {
      this.records[key] = { hash: requestHash, createdAt: nowMs, done: false, response: undefined };
      return "new";
    }
    if (record.hash !== requestHash) return "conflict";
    return record.done ? "replay" : "in-progress";
  }

  complete(key, response, nowMs) {
    const record = this.live(key, nowMs);
    if (record !== undefined && !record.done) {
      record.done = true;
      record.response = response;
    }
  }

  response(key, nowMs) {
    const record = this.live(key, nowMs);
    return record !== undefined && record.done ? record.response : undefined;
  }
}

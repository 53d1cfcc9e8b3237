// Only remembers completed requests: a duplicate that arrives while the first is still being processed gets "new" and runs twice.
class IdempotencyStore {
  constructor(ttlMs) {
    this.ttlMs = ttlMs;
    this.done = new Map(); // key -> { hash, createdAt, response }
    this.started = new Map(); // key -> { hash, createdAt } until completed
  }

  begin(key, requestHash, nowMs) {
    const record = this.done.get(key);
    if (record !== undefined && nowMs < record.createdAt + this.ttlMs) {
      return record.hash === requestHash ? "replay" : "conflict";
    }
    this.done.delete(key);
    this.started.set(key, { hash: requestHash, createdAt: nowMs });
    return "new";
  }

  complete(key, response, nowMs) {
    const started = this.started.get(key);
    if (started === undefined || nowMs >= started.createdAt + this.ttlMs) return;
    this.started.delete(key);
    this.done.set(key, { hash: started.hash, createdAt: started.createdAt, response });
  }

  response(key, nowMs) {
    const record = this.done.get(key);
    return record !== undefined && nowMs < record.createdAt + this.ttlMs ? record.response : undefined;
  }
}

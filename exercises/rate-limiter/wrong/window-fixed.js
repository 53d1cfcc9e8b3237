// A fixed window (counts per block floor(t / windowMs)), not a sliding one: allows 2 × limit around a block edge.
class TokenBucket {
  /**
   * @param {number} capacity
   * @param {number} refillPerSecond
   */
  constructor(capacity, refillPerSecond) {
    this.capacity = capacity;
    this.ratePerMs = refillPerSecond / 1000;
    this.tokens = capacity; // starts full
    this.last = null; // time of the previous tryAcquire call
  }

  tryAcquire(nowMs) {
    if (this.last !== null) {
      const refilled = this.tokens + (nowMs - this.last) * this.ratePerMs;
      this.tokens = Math.min(this.capacity, refilled);
    }
    this.last = nowMs; // refill is measured from every call, granted or not
    if (this.tokens >= 1) {
      this.tokens -= 1;
      return true;
    }
    return false;
  }
}

class SlidingWindowLimiter {
  constructor(limit, windowMs) {
    this.limit = limit;
    this.windowMs = windowMs;
    this.counts = new Map(); // clientId -> { block, count }
  }

  allow(clientId, nowMs) {
    const block = Math.floor(nowMs / this.windowMs);
    let c = this.counts.get(clientId);
    if (!c || c.block !== block) {
      c = { block, count: 0 };
      this.counts.set(clientId, c);
    }
    if (c.count < this.limit) {
      c.count++;
      return true;
    }
    return false;
  }
}

// One global window for everybody: clientId is ignored, so clients block each other.
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
    this.times = [];
  }

  allow(clientId, nowMs) {
    this.times = this.times.filter((s) => s > nowMs - this.windowMs);
    if (this.times.length < this.limit) {
      this.times.push(nowMs);
      return true;
    }
    return false;
  }
}

// Uses the window [t - windowMs, t]: a grant still counts exactly windowMs later.
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
    this.granted = new Map();
  }

  allow(clientId, nowMs) {
    const times = (this.granted.get(clientId) || []).filter((s) => s >= nowMs - this.windowMs);
    this.granted.set(clientId, times);
    if (times.length < this.limit) {
      times.push(nowMs);
      return true;
    }
    return false;
  }
}

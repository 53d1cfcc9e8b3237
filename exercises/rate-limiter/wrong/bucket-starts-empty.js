// The bucket starts with 0 tokens instead of full: the first burst is refused.
class TokenBucket {
  constructor(capacity, refillPerSecond) {
    this.capacity = capacity;
    this.ratePerMs = refillPerSecond / 1000;
    this.tokens = 0;
    this.last = null;
  }

  tryAcquire(nowMs) {
    if (this.last !== null) this.tokens = Math.min(this.capacity, this.tokens + (nowMs - this.last) * this.ratePerMs);
    this.last = nowMs;
    if (this.tokens >= 1) {
      this.tokens -= 1;
      return true;
    }
    return false;
  }
}

class SlidingWindowLimiter {
  /**
   * @param {number} limit
   * @param {number} windowMs
   */
  constructor(limit, windowMs) {
    this.limit = limit;
    this.windowMs = windowMs;
    this.granted = new Map(); // clientId -> ascending times of granted requests
  }

  allow(clientId, nowMs) {
    let times = this.granted.get(clientId);
    if (times === undefined) {
      times = [];
      this.granted.set(clientId, times);
    }
    // Drop grants that have left the window (nowMs - windowMs, nowMs].
    let drop = 0;
    while (drop < times.length && times[drop] <= nowMs - this.windowMs) drop++;
    if (drop > 0) times.splice(0, drop);
    if (times.length < this.limit) {
      times.push(nowMs);
      return true;
    }
    return false; // denied requests are not recorded
  }
}

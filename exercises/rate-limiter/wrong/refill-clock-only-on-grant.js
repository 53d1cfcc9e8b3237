// Moves the refill clock only on granted calls: after a refusal the same interval is refilled twice.
class TokenBucket {
  constructor(capacity, refillPerSecond) {
    this.capacity = capacity;
    this.ratePerMs = refillPerSecond / 1000;
    this.tokens = capacity;
    this.last = null;
  }

  tryAcquire(nowMs) {
    if (this.last !== null) this.tokens = Math.min(this.capacity, this.tokens + (nowMs - this.last) * this.ratePerMs);
    if (this.tokens >= 1) {
      this.tokens -= 1;
      this.last = nowMs;
      return true;
    }
    if (this.last === null) this.last = nowMs;
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

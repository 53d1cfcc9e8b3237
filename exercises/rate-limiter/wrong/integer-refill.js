// Refills only whole elapsed seconds (Math.floor) and then resets the clock: the fractions are lost.
class TokenBucket {
  constructor(capacity, refillPerSecond) {
    this.capacity = capacity;
    this.rate = refillPerSecond;
    this.tokens = capacity;
    this.last = null;
  }

  tryAcquire(nowMs) {
    if (this.last !== null) {
      const seconds = Math.floor((nowMs - this.last) / 1000);
      this.tokens = Math.min(this.capacity, this.tokens + seconds * this.rate);
    }
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

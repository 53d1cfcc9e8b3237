// Correct: recordSuccess/recordFailure return the breaker itself (chainable); their return values are not checked.
class CircuitBreaker {
  /**
   * @param {number} failureThreshold
   * @param {number} cooldownMs
   */
  constructor(failureThreshold, cooldownMs) {
    this.failureThreshold = failureThreshold;
    this.cooldownMs = cooldownMs;
    this.mode = "closed";
    this.failures = 0; // consecutive failures while closed
    this.openedAt = 0;
    this.trialTaken = false; // half-open: has the one trial request been handed out?
  }

  /** Applies the only time-driven transition: open -> half-open when the cooldown is over. */
  advance(nowMs) {
    if (this.mode === "open" && nowMs >= this.openedAt + this.cooldownMs) {
      this.mode = "half-open";
      this.trialTaken = false;
    }
  }

  open(nowMs) {
    this.mode = "open";
    this.openedAt = nowMs;
    this.failures = 0;
  }

  state(nowMs) {
    this.advance(nowMs);
    return this.mode;
  }

  canRequest(nowMs) {
    this.advance(nowMs);
    if (this.mode === "closed") return true;
    if (this.mode === "open") return false;
    if (this.trialTaken) return false;
    this.trialTaken = true;
    return true;
  }

  recordSuccess(nowMs) {
    this.advance(nowMs);
    if (this.mode === "closed") {
      this.failures = 0;
    } else if (this.mode === "half-open") {
      this.mode = "closed";
      this.failures = 0;
    }
    // open: a late result is ignored
    return this;
  }

  recordFailure(nowMs) {
    this.advance(nowMs);
    if (this.mode === "closed") {
      this.failures++;
      if (this.failures >= this.failureThreshold) this.open(nowMs);
    } else if (this.mode === "half-open") {
      this.open(nowMs); // the trial failed: a fresh cooldown starts now
    }
    // open: a late result is ignored
    return this;
  }
}

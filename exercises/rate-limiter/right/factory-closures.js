// Correct: both limiters are plain functions returning objects of closures (no class, no `this`); `new` on them returns those objects.
function TokenBucket(capacity, refillPerSecond) {
  let tokens = capacity;
  let last = null;
  return {
    tryAcquire(nowMs) {
      if (last !== null) tokens = Math.min(capacity, tokens + ((nowMs - last) * refillPerSecond) / 1000);
      last = nowMs;
      if (tokens < 1) return false;
      tokens -= 1;
      return true;
    },
  };
}

function SlidingWindowLimiter(limit, windowMs) {
  const granted = new Map();
  return {
    allow(clientId, nowMs) {
      const times = (granted.get(clientId) || []).filter((t) => t > nowMs - windowMs);
      granted.set(clientId, times);
      if (times.length >= limit) return false;
      times.push(nowMs);
      return true;
    },
  };
}

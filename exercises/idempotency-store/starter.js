class IdempotencyStore {
  /** @param {number} ttlMs how long a record lives after the begin() that created it */
  constructor(ttlMs) {
    // Your code here.
  }

  /**
   * @param {string} key the idempotency key
   * @param {string} requestHash identifies the request's content
   * @param {number} nowMs the current time
   * @returns {"new" | "in-progress" | "replay" | "conflict"}
   */
  begin(key, requestHash, nowMs) {
    // Your code here.
    return "new";
  }

  /**
   * Stores the response of a request that is in progress.
   * @param {string} key
   * @param {*} response any value except undefined
   * @param {number} nowMs
   */
  complete(key, response, nowMs) {
    // Your code here.
  }

  /**
   * @param {string} key
   * @param {number} nowMs
   * @returns {*} the stored response of a live completed record, otherwise undefined
   */
  response(key, nowMs) {
    // Your code here.
    return undefined;
  }
}

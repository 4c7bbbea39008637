// A tiny concurrency limiter, and a timeout that never leaves a promise hanging.

/** Runs at most `n` tasks at once. @param {number} n */
export function createLimit(n) {
  let active = 0;
  const queue = [];
  const next = () => {
    if (active >= n || !queue.length) return;
    active++;
    const { task, ok, fail } = queue.shift();
    task().then(ok, fail).finally(() => { active--; next(); });
  };
  /** @template T @param {() => Promise<T>} task @returns {Promise<T>} */
  return (task) => new Promise((ok, fail) => { queue.push({ task, ok, fail }); next(); });
}

/**
 * `promise`, or `onTimeout()`'s value after `ms`.
 * @template T @param {Promise<T>} promise @param {number} ms @param {() => T} onTimeout
 */
export function within(promise, ms, onTimeout) {
  let timer;
  return Promise.race([
    promise.finally(() => clearTimeout(timer)),
    new Promise((ok) => { timer = setTimeout(() => ok(onTimeout()), ms); }),
  ]);
}

/**
 * Runs `task` when the browser is idle, and within `timeout` ms at the latest;
 * where requestIdleCallback is missing, after `fallback` ms.
 */
export function whenIdle(task: () => void, timeout: number, fallback: number): void {
  if ('requestIdleCallback' in window) requestIdleCallback(task, { timeout });
  else setTimeout(task, fallback);
}

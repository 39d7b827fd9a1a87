import { useEffect, useState } from 'preact/hooks';

/**
 * Re-renders every `intervalMs` while `active` and the page is visible (a hidden sidebar or tab
 * costs nothing). Returns a counter that changes on each tick.
 */
export function useVisibleTick(active: boolean, intervalMs: number): number {
  const [tick, setTick] = useState(0);
  useEffect(() => {
    if (!active) return;
    let id: ReturnType<typeof setInterval> | undefined;
    const stop = () => {
      if (id !== undefined) clearInterval(id);
      id = undefined;
    };
    const start = () => {
      stop();
      if (typeof document !== 'undefined' && document.visibilityState === 'hidden') return;
      id = setInterval(() => setTick((n) => n + 1), intervalMs);
    };
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') stop();
      else {
        setTick((n) => n + 1);
        start();
      }
    };
    start();
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      stop();
      document.removeEventListener('visibilitychange', onVisibility);
    };
  }, [active, intervalMs]);
  return tick;
}

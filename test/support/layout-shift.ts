/** Sums the layout shifts from now until `stop()` (all of them: these tests give no input). */
export function recordShifts(): { stop: () => number } {
  let sum = 0;
  const observer = new PerformanceObserver((entries) => entries.getEntries().forEach((entry) => (sum += (entry as PerformanceEntry & { value: number }).value)));
  observer.observe({ type: 'layout-shift' });
  return {
    stop: () => {
      observer.takeRecords().forEach((entry) => (sum += (entry as PerformanceEntry & { value: number }).value));
      observer.disconnect();
      return sum;
    },
  };
}

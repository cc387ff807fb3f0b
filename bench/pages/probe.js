// Loaded first by every bench page: records layout shifts, long tasks and slow events from the
// start, and offers the helpers both the widget and the vanilla cases use to wait and measure.
(() => {
  const observers = [];
  const shifts = [];
  const tasks = [];
  const events = [];
  const watch = (type, list, map, options = {}) => {
    try {
      const observer = new PerformanceObserver((entries) => entries.getEntries().forEach((e) => list.push(map(e))));
      observer.observe({ type, buffered: true, ...options });
      observers.push({ observer, list, map });
    } catch {
      // Entry type not supported: the figure stays empty.
    }
  };
  watch('layout-shift', shifts, (e) => ({ t: e.startTime, value: e.value, input: e.hadRecentInput }));
  watch('longtask', tasks, (e) => ({ t: e.startTime, d: e.duration }));
  watch('event', events, (e) => ({ t: e.startTime, d: e.duration, name: e.name }), { durationThreshold: 16 });
  const flush = () => observers.forEach(({ observer, list, map }) => observer.takeRecords().forEach((e) => list.push(map(e))));

  window.probe = {
    /** Resolves after the next frame has been rendered (rAF runs before paint; the timeout after it). */
    nextPaint: () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0))),
    /** The time just after the next frame has been rendered: where a case's CLS starts counting (its first render is the page's reserve's affair). */
    paintedAt: () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(() => resolve(performance.now()), 0))),
    /** Resolves after a task of its own, so that work queued before it has run. */
    tick: () => new Promise((resolve) => setTimeout(resolve, 0)),
    /** What happened between t0 and t1: CLS as the metric counts it (no shifts after input), long tasks, slow events. */
    between(t0, t1) {
      flush();
      const inside = (e) => e.t >= t0 && e.t <= t1;
      const counted = shifts.filter((s) => inside(s) && !s.input);
      const long = tasks.filter((task) => task.t + task.d >= t0 && task.t <= t1);
      return {
        cls: counted.reduce((sum, s) => sum + s.value, 0),
        shifts: counted.length,
        shiftsAfterInput: shifts.filter((s) => inside(s) && s.input).length,
        longTasks: long.length,
        longestTask: long.reduce((max, task) => Math.max(max, task.d), 0),
        slowestEvent: events.filter(inside).reduce((max, e) => Math.max(max, e.d), 0),
      };
    },
    /** Resolves with check()'s value once it is truthy, re-checking on every DOM change under `targets`. */
    waitFor(check, targets, timeout = 30_000) {
      return new Promise((resolve, reject) => {
        const observer = new MutationObserver(() => attempt());
        const timer = setTimeout(() => finish(() => reject(new Error(`timed out waiting for ${check}`))), timeout);
        const finish = (then) => {
          observer.disconnect();
          clearTimeout(timer);
          then();
        };
        const attempt = () => {
          let value;
          try {
            value = check();
          } catch (error) {
            finish(() => reject(error));
            return true;
          }
          if (value) finish(() => resolve(value));
          return !!value;
        };
        if (attempt()) return;
        for (const target of [targets].flat()) observer.observe(target, { childList: true, subtree: true, attributes: true, characterData: true });
      });
    },
  };

  // Keystroke cost: from the keydown's own timestamp (when the input reached the page) to the
  // frame after it, i.e. what a reader waits to see the letter.
  const keys = [];
  addEventListener(
    'keydown',
    (event) => {
      const start = event.timeStamp;
      requestAnimationFrame(() => setTimeout(() => keys.push(performance.now() - start), 0));
    },
    true,
  );
  window.probe.keys = keys;
})();

/** Lets the browser handle input before the next slice of work: a task of its own, which goes ahead of the page's other tasks (and of rendering). */
export const nextTask = (): Promise<void> => (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler?.yield?.() ?? new Promise((resolve) => setTimeout(resolve));

/**
 * A task of its own at the page's normal priority, so that a due frame is painted first. A yield
 * continuation goes ahead of rendering: a list appended in slices that way was painted once, at the
 * end, in one long layout.
 */
export const paintThenTask = (): Promise<void> =>
  new Promise((resolve) => {
    const scheduler = (globalThis as { scheduler?: { postTask?: (task: () => void) => unknown } }).scheduler;
    if (scheduler?.postTask) scheduler.postTask(resolve);
    else setTimeout(resolve);
  });

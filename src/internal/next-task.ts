/** Lets the browser handle input before the next slice of work: a task of its own, which goes ahead of the page's other tasks (and of rendering). */
export const nextTask = (): Promise<void> => (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler?.yield?.() ?? new Promise((resolve) => setTimeout(resolve));

/**
 * A task after the next frame is drawn, so that what was just rendered is painted before more
 * work: yielded slices go ahead of rendering, and even tasks at normal priority were seen to run
 * a list's slices to the end with no frame between them. A hidden tab draws no frames: there the
 * timeout (throttled, about a second) moves on.
 */
export const paintThenTask = (): Promise<void> =>
  new Promise((resolve) => {
    const timer = setTimeout(resolve, 100);
    requestAnimationFrame(() => setTimeout(() => (clearTimeout(timer), resolve())));
  });

/**
 * Lets the browser handle input before the next slice of work: a task of its own, which goes ahead
 * of the page's other tasks and (in Chromium) of rendering: what is rendered in slices is painted whole.
 */
export const nextTask = (): Promise<void> => (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler?.yield?.() ?? new Promise((resolve) => setTimeout(resolve));

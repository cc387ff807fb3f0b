/** Lets the browser handle input and paint before the next slice of work (a task of its own). */
export const nextTask = (): Promise<void> => (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler?.yield?.() ?? new Promise((resolve) => setTimeout(resolve));

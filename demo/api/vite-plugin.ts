import type { Plugin } from 'vite';

/** Mounts the demo's WordPress-compatible API on the Vite dev server. */
export function demoApi(): Plugin {
  return { name: 'press-widgets-demo-api' };
}

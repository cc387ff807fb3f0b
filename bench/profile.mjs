// Reads a V8 CPU profile (.cpuprofile, as CDP's Profiler.stop returns it) into the table one acts
// on: the functions with the most self time, and the most total time (each sample counted once
// per function on its stack, so recursion does not count twice). Every sample weighs the same:
// on a busy machine the renderer is sometimes descheduled between two samples, and weighing by the
// time to the next sample would charge that wait to whatever ran last.

const where = ({ functionName, url, lineNumber, columnNumber }) =>
  `${functionName || '(anonymous)'} ${url ? `${url.replace(/^https?:\/\/[^/]+/, '')}:${lineNumber + 1}:${columnNumber + 1}` : ''}`.trim();

/** Self and total milliseconds per function of `profile`, the `top` largest of each, as text. */
export function summarizeProfile(profile, top = 20) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of profile.nodes) for (const child of n.children ?? []) parent.set(child, n.id);
  const self = new Map();
  const total = new Map();
  const all = (profile.endTime - profile.startTime) / 1000;
  const ms = all / Math.max(1, profile.samples.length);
  profile.samples.forEach((id) => {
    const node = byId.get(id);
    const key = where(node.callFrame);
    self.set(key, (self.get(key) ?? 0) + ms);
    const seen = new Set();
    for (let at = id; at !== undefined; at = parent.get(at)) {
      const k = where(byId.get(at).callFrame);
      if (seen.has(k)) continue;
      seen.add(k);
      total.set(k, (total.get(k) ?? 0) + ms);
    }
  });
  const list = (map) =>
    [...map]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([k, t]) => `  ${t.toFixed(1).padStart(8)} ms ${((t / all) * 100).toFixed(1).padStart(5)}%  ${k}`)
      .join('\n');
  return `profile: ${all.toFixed(0)} ms sampled\nself time:\n${list(self)}\ntotal time:\n${list(total)}`;
}

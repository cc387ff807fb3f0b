/**
 * Node-only: keeps the demo's comments in demo/.data/comments.json (git-ignored) so posted
 * comments survive a restart of `npm start`. Delete the file to start from the seed again.
 */
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { CommentStore, seedSnapshot, type StoreSnapshot } from './store.js';

function isSnapshot(value: unknown): value is StoreSnapshot {
  const snapshot = value as StoreSnapshot;
  return !!snapshot && typeof snapshot.nextId === 'number' && Array.isArray(snapshot.comments);
}

/** A store loaded from `file` (or seeded when it is missing or unreadable) that writes every change back. */
export function fileStore(file: string): CommentStore {
  let snapshot = seedSnapshot();
  try {
    const saved: unknown = JSON.parse(readFileSync(file, 'utf8'));
    // The seed's comments always come from the current seed (a file from an older one gains the long
    // thread); what readers posted is kept.
    if (isSnapshot(saved)) {
      const seeded = new Set(snapshot.comments.map((c) => c.id));
      snapshot = { nextId: Math.max(saved.nextId, snapshot.nextId), comments: [...snapshot.comments, ...saved.comments.filter((c) => !seeded.has(c.id))] };
    }
  } catch {
    // No file yet, or a broken one: start from the seed and write it.
  }
  const save = (state: StoreSnapshot) => {
    mkdirSync(dirname(file), { recursive: true });
    // Write then rename, so a crash never leaves half a file.
    writeFileSync(`${file}.tmp`, `${JSON.stringify(state, null, 2)}\n`);
    renameSync(`${file}.tmp`, file);
  };
  save(snapshot);
  return new CommentStore(snapshot, save);
}

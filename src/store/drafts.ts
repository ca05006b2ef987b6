/**
 * Fields with typing that has not reached the document yet. The page commits them before it
 * goes (closing, reloading, switching away), and the save status never says "All changes
 * saved" while one is open.
 */
type Commit = () => void;

const open = new Map<symbol, Commit>();
const listeners = new Set<() => void>();

const notify = () => listeners.forEach((listener) => listener());

export function holdDraft(commit: Commit): () => void {
  const handle = Symbol('draft');
  open.set(handle, commit);
  notify();
  return () => {
    if (open.delete(handle)) notify();
  };
}

export const hasDrafts = (): boolean => open.size > 0;

/** Commits every open draft; each commit is the same step leaving the field would make. */
export function commitDrafts(): void {
  for (const commit of Array.from(open.values())) commit();
}

export function onDraftsChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

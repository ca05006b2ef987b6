import { create } from 'zustand';

/** Which source's text the reader shows, and which passage of it (offsets in the original text). */
export interface ReaderTarget {
  sourceId: string;
  highlight: { start: number; end: number } | null;
  locator: string;
}

export const useReader = create<{ target: ReaderTarget | null; open(target: ReaderTarget): void; close(): void }>()((set) => ({
  target: null,
  open: (target) => set({ target }),
  close: () => set({ target: null }),
}));

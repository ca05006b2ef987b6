import { create } from 'zustand';

/** Set while the printable report is on the page, from "Print or save as PDF" until printing ends. */
export const usePrint = create<{ printing: boolean; start(): void; end(): void }>()((set) => ({
  printing: false,
  start: () => set({ printing: true }),
  end: () => set({ printing: false }),
}));

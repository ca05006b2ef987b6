import { create } from 'zustand';
import { immer } from 'zustand/middleware/immer';
import { castDraft } from 'immer';
import type { Result } from '../domain/result';
import { describeError } from '../app/describeError';
import type { Workspace } from '../domain/schema';
import type { DragPreview, Mode, Panel, SaveStatus, StorageNotice, Toast } from './types';

const HISTORY_LIMIT = 200;

export interface AppState {
  workspace: Workspace;
  past: Workspace[];
  future: Workspace[];

  mode: Mode;
  panel: Panel;
  editingFactorId: string | null;
  /** The card that keyboard shortcuts (votes, delete) act on. */
  selectedFactorId: string | null;
  compareWithId: string | null;
  drag: DragPreview | null;
  toasts: Toast[];
  /** Polite screen-reader message; `seq` makes a repeat of the same words announce again. */
  announcement: { text: string; seq: number };
  saveStatus: SaveStatus;
  storageNotice: StorageNotice | null;

  /** Applies a domain result: on success it becomes an undoable step; on failure the user is told. */
  change(result: Result<Workspace>): boolean;
  undo(): void;
  redo(): void;
  /** Takes a workspace written elsewhere (another tab); not an undoable step of this tab. */
  adoptExternal(workspace: Workspace): void;
  setMode(mode: Mode): void;
  setPanel(panel: Panel): void;
  setEditing(factorId: string | null): void;
  select(factorId: string | null): void;
  setCompareWith(scenarioId: string | null): void;
  setDrag(drag: DragPreview | null): void;
  toast(message: string, options?: { tone?: Toast['tone']; action?: Toast['action'] }): void;
  dismissToast(id: number): void;
  announce(text: string): void;
  setSaveStatus(status: SaveStatus): void;
  setStorageNotice(notice: StorageNotice | null): void;
}

let toastSeq = 0;

export function createAppStore(workspace: Workspace) {
  return create<AppState>()(
    immer((set, get) => ({
      workspace,
      past: [],
      future: [],
      mode: 'edit',
      panel: null,
      editingFactorId: null,
      selectedFactorId: null,
      compareWithId: null,
      drag: null,
      toasts: [],
      announcement: { text: '', seq: 0 },
      saveStatus: { state: 'saved', at: Date.now() },
      storageNotice: null,

      change(result) {
        if (!result.ok) {
          get().toast(describeError(result.error), { tone: 'error' });
          return false;
        }
        const previous = get().workspace;
        if (result.value === previous) return true;
        set((state) => {
          state.past.push(castDraft(previous));
          if (state.past.length > HISTORY_LIMIT) state.past.shift();
          state.future = [];
          state.workspace = castDraft(result.value);
        });
        return true;
      },
      undo() {
        const { past, workspace } = get();
        const previous = past[past.length - 1];
        if (!previous) return get().announce('Nothing to undo');
        set((state) => {
          state.past.pop();
          state.future.push(castDraft(workspace));
          state.workspace = castDraft(previous);
        });
        get().announce('Undone');
      },
      redo() {
        const { future, workspace } = get();
        const next = future[future.length - 1];
        if (!next) return get().announce('Nothing to redo');
        set((state) => {
          state.future.pop();
          state.past.push(castDraft(workspace));
          state.workspace = castDraft(next);
        });
        get().announce('Redone');
      },
      adoptExternal(external) {
        set((state) => {
          state.workspace = castDraft(external);
          // Steps recorded against the old state would silently revert the other tab's work.
          state.past = [];
          state.future = [];
        });
      },
      setMode: (mode) => set({ mode }),
      setPanel: (panel) => set({ panel }),
      setEditing: (editingFactorId) => set({ editingFactorId }),
      select: (selectedFactorId) => set({ selectedFactorId }),
      setCompareWith: (compareWithId) => set({ compareWithId }),
      setDrag: (drag) => set({ drag }),
      toast(message, options) {
        const id = ++toastSeq;
        set((state) => {
          state.toasts.push({ id, message, tone: options?.tone ?? 'info', ...(options?.action ? { action: options.action } : {}) });
          if (state.toasts.length > 4) state.toasts.shift();
        });
        get().announce(message);
      },
      dismissToast: (id) =>
        set((state) => {
          state.toasts = state.toasts.filter((toast) => toast.id !== id);
        }),
      announce: (text) => set((state) => ({ announcement: { text, seq: state.announcement.seq + 1 } })),
      setSaveStatus: (saveStatus) => set({ saveStatus }),
      setStorageNotice: (storageNotice) => set({ storageNotice }),
    })),
  );
}

export type AppStore = ReturnType<typeof createAppStore>;

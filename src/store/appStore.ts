import { create } from 'zustand';
import { type DocumentContent } from '../doc/layout';
import { LOCAL_EDIT, type MatrixDoc } from '../doc/matrixDoc';
import type { Result } from '../domain/result';
import type { Workspace } from '../domain/schema';
import type { DragPreview, EditorTarget, Mode, Panel, SaveStatus, StorageNotice, Toast } from './types';
import { text } from '../i18n/core';
import { storeText } from '../i18n/en/store';
import { holdableNotifications } from './holdableNotifications';

/**
 * One store per tab. `workspace` is a read-only view of the shared document plus this tab's
 * choice of scenario; everything else here is the tab's session, which is never saved into the
 * document and never undone.
 */
export interface AppState {
  workspace: Workspace;
  canUndo: boolean;
  canRedo: boolean;
  /** Steps this tab can undo and redo: its own changes only. */
  undoDepth: number;
  redoDepth: number;

  mode: Mode;
  panel: Panel;
  editing: EditorTarget | null;
  /** The card that keyboard shortcuts (votes, delete) act on. */
  selectedFactorId: string | null;
  compareWithId: string | null;
  /** Cards picked (Ctrl+click, Shift+Enter) to make a strategy from. */
  picked: readonly string[];
  /** The grid shows the factors of low confidence and dims the rest. */
  lowConfidenceOnly: boolean;
  drag: DragPreview | null;
  toasts: Toast[];
  /** Polite screen-reader message; `seq` makes a repeat of the same words announce again. */
  announcement: { text: string; seq: number };
  saveStatus: SaveStatus;
  storageNotice: StorageNotice | null;

  /**
   * Applies a domain result: on success it becomes one undoable step; on failure the user is told.
   * With another origin than this tab's own edits (a live room's contributions), it is applied
   * but never enters this tab's undo history.
   */
  change(result: Result<Workspace>, origin?: symbol): boolean;
  undo(): void;
  redo(): void;
  /** Shows another scenario; `announcement`, when given, is announced in the same update. */
  setActiveScenario(scenarioId: string, announcement?: string): void;
  setMode(mode: Mode): void;
  setPanel(panel: Panel): void;
  /** Opens the editor on a factor of the scenario on screen, or closes it. */
  setEditing(factorId: string | null): void;
  select(factorId: string | null): void;
  setCompareWith(scenarioId: string | null): void;
  togglePicked(factorId: string): void;
  clearPicked(): void;
  setLowConfidenceOnly(on: boolean): void;
  setDrag(drag: DragPreview | null): void;
  toast(message: string, options?: { tone?: Toast['tone']; action?: Toast['action'] }): void;
  dismissToast(id: number): void;
  announce(text: string): void;
  /**
   * Makes the changes `run` makes reach the subscribers as one. Each change runs every subscribed
   * component's selector (a few hundred at 100 factors), and a drag's step or an edit comes with
   * words to announce and often a selection: told together, they are one pass, not three.
   */
  together<T>(run: () => T): T;
  setSaveStatus(status: SaveStatus): void;
  setStorageNotice(notice: StorageNotice | null): void;
}

let toastSeq = 0;

/** The next polite message: a new `seq` announces even words said just before. */
const nextAnnouncement = (state: AppState, text: string): AppState['announcement'] => ({ text, seq: state.announcement.seq + 1 });

const hasScenario = (content: DocumentContent, id: string | null | undefined): id is string =>
  !!id && content.scenarios.some((scenario) => scenario.id === id);

export function createAppStore(doc: MatrixDoc, initialScenarioId?: string | null) {
  const firstContent = doc.content();
  // The words for a step come with the first undo, not with the page (App fetches them when idle).
  const announceStep = (direction: 'undo' | 'redo', without: DocumentContent, withStep: DocumentContent) =>
    void import('../i18n/stepWording').then(({ stepAnnouncement }) => store.getState().announce(stepAnnouncement(direction, without, withStep)));
  const store = create<AppState>()(
    (set, get) => ({
      workspace: {
        ...firstContent,
        activeScenarioId: hasScenario(firstContent, initialScenarioId) ? initialScenarioId : (firstContent.scenarios[0]?.id ?? ''),
      },
      canUndo: false,
      canRedo: false,
      undoDepth: 0,
      redoDepth: 0,
      mode: 'edit',
      panel: null,
      editing: null,
      selectedFactorId: null,
      compareWithId: null,
      picked: [],
      lowConfidenceOnly: false,
      drag: null,
      toasts: [],
      announcement: { text: '', seq: 0 },
      saveStatus: { state: 'saved', at: Date.now() },
      storageNotice: null,

      change(result, origin) {
        if (!result.ok) {
          // Words for errors load on the first one, not with the page; the toast follows a moment later.
          const { error } = result;
          void import('../app/describeError').then(({ describeError }) => get().toast(describeError(error), { tone: 'error' }));
          return false;
        }
        doc.apply(result.value, origin);
        // Operations such as "add scenario" also say which scenario to show; that part is the tab's.
        const wanted = result.value.activeScenarioId;
        if (wanted !== get().workspace.activeScenarioId && hasScenario(doc.content(), wanted)) get().setActiveScenario(wanted);
        return true;
      },
      // Each says which step it took back or made again, since the change may be out of sight.
      undo() {
        if (!doc.undoManager.canUndo()) return get().announce(text(storeText).nothingToUndo);
        const withStep = doc.content();
        doc.undoManager.undo();
        announceStep('undo', doc.content(), withStep);
      },
      redo() {
        if (!doc.undoManager.canRedo()) return get().announce(text(storeText).nothingToRedo);
        const without = doc.content();
        doc.undoManager.redo();
        announceStep('redo', without, doc.content());
      },
      setActiveScenario(scenarioId, announcement) {
        if (!hasScenario(doc.content(), scenarioId)) return;
        set((state) => ({
          workspace: { ...state.workspace, activeScenarioId: scenarioId },
          editing: null,
          selectedFactorId: null,
          picked: [],
          ...(announcement === undefined ? {} : { announcement: nextAnnouncement(state, announcement) }),
        }));
      },
      setMode: (mode) => set({ mode }),
      setPanel: (panel) => set({ panel }),
      setEditing: (factorId) =>
        set({ editing: factorId === null ? null : { scenarioId: get().workspace.activeScenarioId, factorId } }),
      // Focus selects, and a keyboard move refocuses the card it moves: the same selection again
      // is no change, and must not run every card's subscription.
      select: (selectedFactorId) => {
        if (get().selectedFactorId !== selectedFactorId) set({ selectedFactorId });
      },
      setCompareWith: (compareWithId) => set({ compareWithId }),
      togglePicked: (factorId) =>
        set((state) => ({ picked: state.picked.includes(factorId) ? state.picked.filter((id) => id !== factorId) : [...state.picked, factorId] })),
      clearPicked: () => set({ picked: [] }),
      setLowConfidenceOnly: (lowConfidenceOnly) => set({ lowConfidenceOnly }),
      setDrag: (drag) => set({ drag }),
      toast(message, options) {
        const id = ++toastSeq;
        const toast: Toast = { id, message, tone: options?.tone ?? 'info', ...(options?.action ? { action: options.action } : {}) };
        set((state) => ({ toasts: [...state.toasts, toast].slice(-4) }));
        get().announce(message);
      },
      dismissToast: (id) => set((state) => ({ toasts: state.toasts.filter((toast) => toast.id !== id) })),
      announce: (text) => set((state) => ({ announcement: nextAnnouncement(state, text) })),
      together(run) {
        notifications.hold();
        try {
          return run();
        } finally {
          notifications.release();
        }
      },
      setSaveStatus: (saveStatus) => set({ saveStatus }),
      setStorageNotice: (storageNotice) => set({ storageNotice }),
    }),
  );

  // A transaction and what follows it here (the content, the undo history, the save status) reach
  // the subscribers as one change.
  // Made once the store exists; `together` above is only called after that.
  const notifications = holdableNotifications(store);
  doc.ydoc.on('beforeAllTransactions', notifications.hold);
  doc.ydoc.on('afterAllTransactions', notifications.release);

  const syncHistory = () => {
    const { undoStack, redoStack } = doc.undoManager;
    store.setState({ canUndo: undoStack.length > 0, canRedo: redoStack.length > 0, undoDepth: undoStack.length, redoDepth: redoStack.length });
  };
  for (const event of ['stack-item-added', 'stack-item-popped', 'stack-cleared'] as const) doc.undoManager.on(event, syncHistory);

  // Undo and redo are this tab's own changes too; only other tabs' and devices' are "remote".
  doc.onChange((content, transaction) =>
    followDocument(store, content, transaction.origin === LOCAL_EDIT || transaction.origin === doc.undoManager),
  );
  return store;
}

/** Keeps the tab's view valid when the document changes under it, here or in another tab. */
function followDocument(store: AppStore, content: DocumentContent, local: boolean): void {
  const state = store.getState();
  const activeScenarioId = hasScenario(content, state.workspace.activeScenarioId)
    ? state.workspace.activeScenarioId
    : (content.scenarios[0]?.id ?? '');
  const patch: Partial<AppState> = { workspace: { ...content, activeScenarioId } };
  const { editing } = state;
  if (editing) {
    const scenario = content.scenarios.find((candidate) => candidate.id === editing.scenarioId);
    const factor = scenario?.factors.find((candidate) => candidate.id === editing.factorId);
    if (!factor) {
      patch.editing = null;
      if (!local) {
        const message = scenario
          ? text(storeText).editorClosedFactor
          : text(storeText).editorClosedScenario;
        queueMicrotask(() => store.getState().toast(message, { tone: 'error' }));
      }
    }
  }
  if (state.compareWithId && !hasScenario(content, state.compareWithId)) patch.compareWithId = null;
  store.setState(patch);
}

export type AppStore = ReturnType<typeof createAppStore>;

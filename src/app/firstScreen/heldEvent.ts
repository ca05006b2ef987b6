// What holding input on the copy (holdInput.ts, in the first-screen script) and replaying it on
// the app (replayInput.ts, loaded only then) both need; kept out of keys.ts, which the app's first
// load imports, so that none of it is in that load.

/** A key pressed with Ctrl, Alt or ⌘: a browser's shortcut, or an edit the replay cannot redo. */
export const withModifier = (key: KeyboardEventInit): boolean => !!(key.ctrlKey || key.metaKey || key.altKey);

/** An element as the person saw it: the same in the copy and in the app where both draw it. */
export const shownAs = (element: Element | null): string => (element ? `${element.localName} ${element.textContent}` : '');

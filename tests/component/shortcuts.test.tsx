import { fireEvent } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from './renderApp';

describe('the editor’s shortcuts', () => {
  it('work on a Russian or Kazakh layout, where the key for P types "з"', () => {
    const { store } = renderApp();
    fireEvent.keyDown(window, { key: 'з', code: 'KeyP' });
    expect(store.getState().mode).toBe('present');
  });

  it('undo with Ctrl and the key for Z ("я" on a Russian layout)', () => {
    const { store } = renderApp();
    const { workspace, change } = store.getState();
    change({ ok: true, value: { ...workspace, scenarios: workspace.scenarios.map((s, i) => (i === 0 ? { ...s, name: 'Renamed' } : s)) } });
    expect(store.getState().canUndo).toBe(true);
    fireEvent.keyDown(window, { key: 'я', code: 'KeyZ', ctrlKey: true });
    expect(store.getState().workspace.scenarios[0]!.name).not.toBe('Renamed');
  });

  it('leave a Latin letter its own meaning, wherever the layout puts it', () => {
    const { store } = renderApp();
    fireEvent.keyDown(window, { key: 'p', code: 'KeyR' });
    expect(store.getState().mode).toBe('present');
  });
});

import { type ChangeSummary, summarizeChange } from '../domain/changeSummary';
import { cellLabel } from './axes';
import { count, text } from './core';
import { stepsText } from './en/steps';

/** A step as undo and redo name it ("moving "X" to Economic threats"), in the interface's language. */
export function stepWords(step: ChangeSummary): string {
  const S = text(stepsText).step;
  switch (step.kind) {
    case 'factorAdded':
      return S.factorAdded({ title: step.title, cell: cellLabel(step.cell) });
    case 'factorDeleted':
      return S.factorDeleted({ title: step.title });
    case 'factorMoved':
      return S.factorMoved({ title: step.title, cell: cellLabel(step.to) });
    case 'factorReordered':
      return S.factorReordered({ title: step.title, cell: cellLabel(step.cell) });
    case 'factorEdited':
      return S.factorEdited({ title: step.title });
    case 'vote':
      return S.vote({ title: step.title });
    case 'factors':
      return count(S.factors, step.count);
    case 'strategy':
      return S.strategy({ title: step.title });
    case 'scenarioAdded':
      return S.scenarioAdded({ name: step.name });
    case 'scenarioDeleted':
      return S.scenarioDeleted({ name: step.name });
    case 'scenarioEdited':
      return S.scenarioEdited({ name: step.name });
    case 'sources':
      return S.sources;
  }
}

/** "Undone: …" or "Redone: …"; the bare word where the step changed nothing a person made. */
function historyWords(direction: 'undo' | 'redo', step: ChangeSummary | null): string {
  const S = text(stepsText);
  if (!step) return direction === 'undo' ? S.undone : S.redone;
  return (direction === 'undo' ? S.undoneStep : S.redoneStep)({ step: stepWords(step) });
}

type Content = Parameters<typeof summarizeChange>[0];

/** What undo or redo says of the step between `without` and `withStep`. */
export const stepAnnouncement = (direction: 'undo' | 'redo', without: Content, withStep: Content): string =>
  historyWords(direction, summarizeChange(without, withStep));

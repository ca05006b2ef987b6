import { formatProblem } from '../../domain/document';
import { Modal } from './Modal';
import type { ImportState } from './useImport';

interface ImportDialogsProps {
  state: ImportState;
  onConfirm(): void;
  onCancel(): void;
}

/** What the user sees of an import: the problems that stopped it, or a preview to confirm. */
export function ImportDialogs({ state, onConfirm, onCancel }: ImportDialogsProps) {
  if (state.step === 'failed') {
    return (
      <Modal title="This file cannot be imported" onClose={onCancel}>
        <div role="alert" className="stack">
          <p>
            Nothing was changed. <strong>{state.fileName}</strong> has {state.errors.length === 1 ? 'this problem' : 'these problems'}:
          </p>
          <ul className="problems">
            {state.errors.map((problem) => (
              <li key={formatProblem(problem)}>
                <code>{problem.path}</code> {problem.message}
              </li>
            ))}
          </ul>
        </div>
        <div className="form-actions">
          <button type="button" className="button--primary" onClick={onCancel} data-autofocus>
            OK
          </button>
        </div>
      </Modal>
    );
  }
  if (state.step !== 'preview') return null;
  const { document, warnings } = state;
  const factorCount = document.scenarios.reduce((sum, s) => sum + s.factors.length, 0);
  return (
    <Modal title={`Import ${state.fileName}`} onClose={onCancel}>
      <div className="stack">
        <p>
          {document.scenarios.length} scenario{document.scenarios.length === 1 ? '' : 's'}, {factorCount} factors and{' '}
          {document.sources.length} sources will be added as new scenarios. Nothing you already have is replaced.
        </p>
        {state.migratedFrom !== null && <p>The file uses format version {state.migratedFrom}; it was brought up to date.</p>}
        <table className="preview-table">
          <caption className="visually-hidden">Scenarios in the file</caption>
          <thead>
            <tr>
              <th scope="col">Scenario</th>
              <th scope="col">Factors</th>
            </tr>
          </thead>
          <tbody>
            {document.scenarios.map((scenario) => (
              <tr key={scenario.id}>
                <td dir="auto">{scenario.name}</td>
                <td>{scenario.factors.length}</td>
              </tr>
            ))}
          </tbody>
        </table>
        {warnings.length > 0 && (
          <div className="warnings">
            <p>Repaired or ignored while reading:</p>
            <ul className="problems">
              {warnings.slice(0, 5).map((problem) => (
                <li key={formatProblem(problem)}>
                  <code>{problem.path}</code> {problem.message}
                </li>
              ))}
            </ul>
            {warnings.length > 5 && <p>…and {warnings.length - 5} more.</p>}
          </div>
        )}
        <div className="form-actions">
          <button type="button" className="button--primary" onClick={onConfirm} data-autofocus>
            Import {document.scenarios.length} scenario{document.scenarios.length === 1 ? '' : 's'}
          </button>
          <button type="button" onClick={onCancel}>
            Cancel
          </button>
        </div>
      </div>
    </Modal>
  );
}

import { describeImportProblem } from '../../app/describeError';
import { formatProblem } from '../../domain/document';
import { mergeSources } from '../../domain/importDocument';
import type { Source } from '../../domain/schema';
import { Modal } from './Modal';
import type { ImportState } from './useImport';
import { count, text } from '../../i18n/core';
import { panelsText } from '../../i18n/en/panels';
import { appText } from '../../i18n/en/app';

interface ImportDialogsProps {
  state: ImportState;
  /** The workspace's sources now: the preview counts only the file's sources the import would add to them. */
  sourcesHere: readonly Source[];
  onConfirm(): void;
  onCancel(): void;
}

/** What the user sees of an import: the problems that stopped it, or a preview to confirm. */
export function ImportDialogs({ state, sourcesHere, onConfirm, onCancel }: ImportDialogsProps) {
  const S = text(panelsText).import;
  if (state.step === 'failed') {
    return (
      <Modal title={S.cannot} onClose={onCancel}>
        <div role="alert" className="stack">
          <p>
            {S.nothingChanged} <strong>{state.fileName}</strong> {count(S.hasProblems, state.errors.length)}
          </p>
          <ul className="problems">
            {state.errors.map((problem) => (
              <li key={formatProblem(problem)}>
                <code>{problem.path}</code> {describeImportProblem(problem)}
              </li>
            ))}
          </ul>
        </div>
        <div className="form-actions">
          <button type="button" className="button--primary" onClick={onCancel} data-autofocus>
            {S.ok}
          </button>
        </div>
      </Modal>
    );
  }
  if (state.step !== 'preview') return null;
  const { document, warnings } = state;
  const factorCount = document.scenarios.reduce((sum, s) => sum + s.factors.length, 0);
  const sources = mergeSources(sourcesHere, document.sources);
  const texts = document.sourceTexts ?? [];
  const textsKept = texts.filter((entry) => state.textsHere.has(sources.renamed.get(entry.sourceId) ?? entry.sourceId)).length;
  return (
    <Modal title={S.title({ file: state.fileName })} onClose={onCancel}>
      <div className="stack">
        <p>
          {S.summary({
            scenarios: count(S.scenarios, document.scenarios.length),
            factors: count(S.factors, factorCount),
            sources: count(S.sources, sources.added.length),
          })}
        </p>
        {sources.renamed.size > 0 && <p>{count(S.sourcesRenamed, sources.renamed.size)}</p>}
        {sources.alreadyHere.length > 0 && <p>{count(S.sourcesHere, sources.alreadyHere.length)}</p>}
        {texts.length > textsKept && <p>{count(S.textsAttached, texts.length - textsKept)}</p>}
        {textsKept > 0 && <p>{count(S.textsKept, textsKept)}</p>}
        {state.migratedFrom !== null && <p>{S.migrated({ version: state.migratedFrom })}</p>}
        <table className="preview-table">
          <caption className="visually-hidden">{S.caption}</caption>
          <thead>
            <tr>
              <th scope="col">{S.scenario}</th>
              <th scope="col">{S.factorsColumn}</th>
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
            <p>{S.repaired}</p>
            <ul className="problems">
              {warnings.slice(0, 5).map((problem) => (
                <li key={formatProblem(problem)}>
                  <code>{problem.path}</code> {describeImportProblem(problem)}
                </li>
              ))}
            </ul>
            {warnings.length > 5 && <p>{S.more({ count: warnings.length - 5 })}</p>}
          </div>
        )}
        <div className="form-actions">
          <button type="button" className="button--primary" onClick={onConfirm} data-autofocus>
            {count(S.confirm, document.scenarios.length)}
          </button>
          <button type="button" onClick={onCancel}>
            {text(appText).cancel}
          </button>
        </div>
      </div>
    </Modal>
  );
}

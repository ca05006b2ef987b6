import { parseCellKey } from '../domain/axes';
import type { Problem } from '../domain/document';
import type { DomainError, FieldProblem } from '../domain/result';
import { cellLabel } from '../i18n/axes';
import { text } from '../i18n/core';
import { errorsText } from '../i18n/en/errors';

type Problems = (typeof errorsText)['errors']['problems'];

function problemText(S: Problems, problem: FieldProblem, limit: number | undefined): string {
  switch (problem) {
    case 'empty':
      return S.empty;
    case 'too-long':
      return limit === undefined ? S.tooLong : S.tooLongLimit({ limit });
    case 'too-many':
      return limit === undefined ? S.tooMany : S.tooManyLimit({ limit });
    case 'single-line':
      return S.singleLine;
    case 'control-characters':
      return S.controlCharacters;
    case 'web-url':
      return S.webUrl;
    case 'id-characters':
      return S.idCharacters;
    case 'whole-number':
      return S.wholeNumber;
    case 'repeated-id':
      return S.repeatedId;
    case 'out-of-range':
      return S.outOfRange;
    case 'not-allowed':
      return S.notAllowed;
    case 'missing':
      return S.missing;
    case 'wrong-type':
      return S.wrongType;
  }
}

/** What is wrong with an imported file, after the path of the value concerned, in the interface's language. */
export function describeImportProblem({ detail }: Problem): string {
  const P = text(errorsText).importProblems;
  const S = text(errorsText).errors;
  switch (detail.code) {
    case 'not-json':
      // The browser's own words for it are English whatever the page's language: say where instead.
      if (detail.where === 'end') return P.notJsonCut;
      return detail.where ? P.notJsonAt(detail.where) : P.notJson;
    case 'not-an-object':
      return P.notAnObject;
    case 'not-this-format':
      return P.notThisFormat({ format: detail.format });
    case 'too-many-factors':
      return P.tooManyFactors({ count: detail.count, limit: detail.limit });
    case 'nested-too-deep':
      return P.nestedTooDeep({ limit: detail.limit });
    case 'key-not-allowed':
      return P.keyNotAllowed({ key: detail.key });
    case 'key-ignored':
      return P.keyIgnored;
    case 'repeated-source-id':
      return P.repeatedSourceId({ id: detail.id });
    case 'id-renamed':
      return P.idRenamed({ id: detail.id, fresh: detail.fresh });
    case 'source-unknown':
      return P.sourceUnknown({ id: detail.id });
    case 'text-ignored':
      return P.textIgnored({ id: detail.id });
    case 'newer-version':
      return P.newerVersion({ version: detail.version, supported: detail.supported });
    case 'unknown-version':
      return P.unknownVersion({ version: detail.version });
    case 'migration-failed':
      return P.migrationFailed;
    case 'invalid-value': {
      const problem = problemText(S.problems, detail.problem, detail.limit);
      // A value with no key of its own (an item of a list) is named by its path alone.
      if (detail.field === null) return problem;
      return P.invalidValue({ field: (S.fields as Record<string, string>)[detail.field] ?? detail.field, problem });
    }
    case 'file-too-large':
      return P.fileTooLarge({ size: detail.size, limit: detail.limit });
    case 'file-unreadable':
      return P.fileUnreadable;
  }
}

/** "$.scenarios[0].factors[2].title: title must not be empty", in the interface's language. */
export const formatImportProblem = (problem: Problem): string => `${problem.path}: ${describeImportProblem(problem)}`;

/** A domain error in words the user can act on, in the interface's language. */
export function describeError(error: DomainError): string {
  const S = text(errorsText).errors;
  switch (error.code) {
    case 'scenario-not-found':
      return S.scenarioNotFound;
    case 'factor-not-found':
      return S.factorNotFound;
    case 'source-not-found':
      return S.sourceNotFound;
    case 'factor-id-taken':
      return S.factorIdTaken({ id: error.id });
    case 'index-out-of-range': {
      const cell = parseCellKey(error.cell);
      return S.indexOutOfRange({ position: error.index + 1, cell: cell ? cellLabel(cell) : S.theCell, room: error.max + 1 });
    }
    case 'citation-not-found':
      return S.citationNotFound({ number: error.index + 1 });
    case 'last-scenario':
      return S.lastScenario;
    case 'source-in-use':
      return S.sourceInUse({ names: error.scenarioNames.map((name) => `"${name}"`).join(', ') });
    case 'strategy-not-found':
      return S.strategyNotFound;
    case 'strategy-id-taken':
      return S.strategyIdTaken({ id: error.id });
    case 'strategy-index-out-of-range':
      return S.strategyIndexOutOfRange({ position: error.index + 1, quadrant: error.quadrant, room: error.max + 1 });
    case 'strategy-factor-unknown':
      return S.strategyFactorUnknown;
    case 'rating-out-of-band':
      return S.ratingOutOfBand({ allowed: error.allowed.join(S.or) });
    case 'no-factors-to-weigh':
      return S.noFactorsToWeigh({ matrix: S.matrices[error.matrix] });
    case 'total-out-of-range':
      return S.totalOutOfRange({ matrix: S.matrices[error.matrix], total: error.total.toFixed(2) });
    case 'invalid-field': {
      const field = (S.fields as Record<string, string>)[error.field] ?? error.field;
      return S.invalidField({ record: S.records[error.record], field, problem: problemText(S.problems, error.problem, error.limit) });
    }
  }
}

import { parseCellKey } from '../domain/axes';
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

import { parseCellKey, cellLabel } from '../domain/axes';
import type { DomainError, FieldProblem } from '../domain/result';

const FIELD_NAMES: Record<string, string> = {
  title: 'title',
  note: 'note',
  impact: 'impact',
  tags: 'tags',
  votes: 'votes',
  citations: 'citations',
  quote: 'quote',
  quoteTranslation: 'translation',
  locator: 'locator',
  sourceId: 'source',
  name: 'name',
  description: 'description',
  authors: 'authors',
  year: 'year',
  publisher: 'publisher',
  url: 'web address',
  id: 'id',
  weight: 'weight',
  rating: 'rating',
  likelihood: 'likelihood',
  evidence: 'evidence label',
  quadrant: 'quadrant',
  factorIds: 'linked factors',
  strategies: 'strategies',
  significanceThreshold: 'significance threshold',
};

const RECORD_NAMES = { factor: 'factor', citation: 'citation', scenario: 'scenario', source: 'source', strategy: 'strategy' } as const;
const MATRIX_NAMES = { ife: 'internal factor evaluation (IFE)', efe: 'external factor evaluation (EFE)' } as const;

function problemText(problem: FieldProblem, limit: number | undefined): string {
  switch (problem) {
    case 'empty':
      return 'must not be empty';
    case 'too-long':
      return limit === undefined ? 'is too long' : `must be at most ${limit} characters`;
    case 'too-many':
      return limit === undefined ? 'has too many entries' : `may have at most ${limit} entries`;
    case 'single-line':
      return 'must be a single line';
    case 'control-characters':
      return 'must not contain control characters';
    case 'web-url':
      return 'must be a web address starting with http:// or https://';
    case 'id-characters':
      return 'may hold only letters, digits, ".", "_", ":" and "-"';
    case 'whole-number':
      return 'must be a whole number';
    case 'repeated-id':
      return 'must not name the same factor twice';
    case 'out-of-range':
      return 'is out of range';
    case 'not-allowed':
      return 'is not an allowed value';
    case 'missing':
      return 'is missing';
    case 'wrong-type':
      return 'is not valid';
  }
}

/** A domain error in words the user can act on. */
export function describeError(error: DomainError): string {
  switch (error.code) {
    case 'scenario-not-found':
      return 'That scenario no longer exists.';
    case 'factor-not-found':
      return 'That factor no longer exists.';
    case 'source-not-found':
      return 'That source no longer exists.';
    case 'factor-id-taken':
      return `A factor with id "${error.id}" already exists.`;
    case 'index-out-of-range': {
      const cell = parseCellKey(error.cell);
      return `Position ${error.index + 1} is outside ${cell ? cellLabel(cell) : 'the cell'}, which has room for ${error.max + 1}.`;
    }
    case 'citation-not-found':
      return `There is no citation number ${error.index + 1}.`;
    case 'last-scenario':
      return 'The last scenario cannot be deleted; create another first.';
    case 'source-in-use':
      return `This source is still cited in ${error.scenarioNames.map((name) => `"${name}"`).join(', ')}; remove those citations first.`;
    case 'strategy-not-found':
      return 'That strategy no longer exists.';
    case 'strategy-id-taken':
      return `A strategy with id "${error.id}" already exists.`;
    case 'strategy-index-out-of-range':
      return `Position ${error.index + 1} is outside the ${error.quadrant} strategies, which have room for ${error.max + 1}.`;
    case 'strategy-factor-unknown':
      return 'A strategy can only rest on factors of its own scenario, and one of those factors is not there.';
    case 'rating-out-of-band':
      return `This factor may only be rated ${error.allowed.join(' or ')}.`;
    case 'no-factors-to-weigh':
      return `The ${MATRIX_NAMES[error.matrix]} has no factors to weigh.`;
    case 'total-out-of-range':
      return `The ${MATRIX_NAMES[error.matrix]} total is ${error.total.toFixed(2)}, outside 1 to 4; make its weights sum to 1 first.`;
    case 'invalid-field': {
      const field = FIELD_NAMES[error.field] ?? error.field;
      return `The ${RECORD_NAMES[error.record]}'s ${field} ${problemText(error.problem, error.limit)}.`;
    }
  }
}

/**
 * Domain operations report failure as a value, so an invalid request can never half-apply.
 * Errors are codes with parameters rather than sentences: the interface words them, in the
 * user's language, at the edge.
 */
export type FieldProblem =
  | 'empty'
  | 'too-long'
  | 'too-many'
  | 'single-line'
  | 'control-characters'
  | 'web-url'
  | 'id-characters'
  | 'whole-number'
  | 'repeated-id'
  | 'out-of-range'
  | 'not-allowed'
  | 'wrong-type'
  | 'missing';

export type RecordKind = 'factor' | 'citation' | 'scenario' | 'source' | 'strategy';

/** The two factor-evaluation matrices (David): internal (strengths, weaknesses) and external. */
export type EvaluationMatrix = 'ife' | 'efe';

export type DomainError =
  | { code: 'scenario-not-found'; id: string }
  | { code: 'factor-not-found'; id: string }
  | { code: 'source-not-found'; id: string }
  | { code: 'factor-id-taken'; id: string }
  /** A position in a cell; `max` is the highest position (0-based) that was allowed. */
  | { code: 'index-out-of-range'; index: number; max: number; cell: string }
  | { code: 'citation-not-found'; index: number }
  | { code: 'last-scenario' }
  | { code: 'source-in-use'; scenarioNames: string[] }
  | { code: 'strategy-not-found'; id: string }
  | { code: 'strategy-id-taken'; id: string }
  /** A position in a TOWS quadrant; `max` is the highest position (0-based) that was allowed. */
  | { code: 'strategy-index-out-of-range'; index: number; max: number; quadrant: string }
  /** A strategy may only be made to rest on factors of its own scenario. */
  | { code: 'strategy-factor-unknown'; id: string }
  /** IFE ratings have bands: a strength is rated 3 or 4, a weakness 1 or 2. */
  | { code: 'rating-out-of-band'; factorId: string; rating: number; allowed: readonly number[] }
  | { code: 'no-factors-to-weigh'; matrix: EvaluationMatrix }
  /** An IE-matrix position needs both totals on the 1-4 scale; weights that do not sum to 1 give others. */
  | { code: 'total-out-of-range'; matrix: EvaluationMatrix; total: number }
  /** A field failed the format's rules; `limit` is the length, count or bound that was broken. */
  | { code: 'invalid-field'; record: RecordKind; field: string; problem: FieldProblem; limit?: number; min?: number; max?: number };

export type ErrorCode = DomainError['code'];

export type Result<T> = { ok: true; value: T } | { ok: false; error: DomainError };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = <T = never>(error: DomainError): Result<T> => ({ ok: false, error });

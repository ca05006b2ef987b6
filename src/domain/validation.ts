import type * as v from 'valibot';
import type { DomainError, FieldProblem, RecordKind } from './result';

type Issue = v.BaseIssue<unknown>;

/**
 * The schema's own messages. Import reports them (in English, with a JSON path); a domain
 * operation turns them back into a `FieldProblem` code, which is why they live in one table.
 */
export const RULE_MESSAGES = {
  empty: 'must not be empty',
  'single-line': 'must be a single line',
  'control-characters': 'must not contain control characters',
  'web-url': 'must be a web address starting with http:// or https://',
  'id-characters': 'may hold only letters, digits, ".", "_", ":" and "-"',
  'whole-number': 'must be a whole number',
  'repeated-id': 'must not name the same id twice',
} as const satisfies Partial<Record<FieldProblem, string>>;

const PROBLEM_BY_MESSAGE = new Map<string, FieldProblem>(
  Object.entries(RULE_MESSAGES).map(([problem, message]) => [message, problem as FieldProblem]),
);

/** A JSON path such as `$.scenarios[0].factors[3].title`, for messages that point at the problem. */
export function issuePath(issue: Issue | undefined): string {
  let path = '$';
  for (const item of issue?.path ?? []) {
    const key = (item as { key?: unknown }).key;
    path += typeof key === 'number' ? `[${key}]` : `.${String(key)}`;
  }
  return path;
}

/** The field an issue is about: the nearest named key on its path ("tags" for tags[2]). */
function fieldOf(issue: Issue | undefined): string | null {
  const path = issue?.path ?? [];
  for (let i = path.length - 1; i >= 0; i--) {
    const key = (path[i] as { key?: unknown }).key;
    if (typeof key === 'string') return key;
  }
  return null;
}

export function lastKey(issue: Issue | undefined): string | null {
  const key = (issue?.path?.at(-1) as { key?: unknown } | undefined)?.key;
  return typeof key === 'string' ? key : null;
}

/** Our own messages read as a predicate ("must not be empty"); valibot's built-in ones are sentences. */
function phrase(issue: Issue): string {
  // valibot reports a missing key as the object expecting it ("should be \"title\", not undefined").
  if (issue.kind === 'schema' && issue.type === 'object' && issue.received === 'undefined') return 'is missing';
  if (issue.kind === 'schema' && issue.type !== 'literal' && issue.type !== 'picklist') {
    return `should be ${issue.expected ?? 'something else'}, not ${issue.received}`;
  }
  return issue.message;
}

/** "title must not be empty": the field and what is wrong with it, as import reports it. */
export function describeIssue(issue: Issue | undefined): string {
  if (!issue) return 'is not valid';
  const key = lastKey(issue);
  return key ? `${key} ${phrase(issue)}` : phrase(issue);
}

const requirement = (issue: Issue): number | undefined => {
  const value = (issue as { requirement?: unknown }).requirement;
  return typeof value === 'number' ? value : undefined;
};

export function problemOf(issue: Issue): { problem: FieldProblem; limit?: number } {
  const known = PROBLEM_BY_MESSAGE.get(issue.message);
  if (known) return { problem: known };
  const limit = requirement(issue);
  switch (issue.type) {
    case 'max_length':
      return { problem: issue.input !== null && typeof issue.input === 'object' ? 'too-many' : 'too-long', ...(limit === undefined ? {} : { limit }) };
    case 'min_length':
      return { problem: 'empty' };
    case 'min_value':
    case 'max_value':
      return { problem: 'out-of-range', ...(limit === undefined ? {} : { limit }) };
    case 'integer':
      return { problem: 'whole-number' };
    case 'picklist':
    case 'literal':
      return { problem: 'not-allowed' };
    case 'object':
      return { problem: issue.received === 'undefined' ? 'missing' : 'wrong-type' };
    default:
      return { problem: 'wrong-type' };
  }
}

/** A failed validation of one record as a coded domain error. */
export function fieldError(record: RecordKind, issue: Issue | undefined): DomainError {
  if (!issue) return { code: 'invalid-field', record, field: record, problem: 'wrong-type' };
  return { code: 'invalid-field', record, field: fieldOf(issue) ?? record, ...problemOf(issue) };
}

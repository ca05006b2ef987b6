import type * as v from 'valibot';

type Issue = v.BaseIssue<unknown>;

/** A JSON path such as `$.scenarios[0].factors[3].title`, for messages that point at the problem. */
export function issuePath(issue: Issue | undefined): string {
  let path = '$';
  for (const item of issue?.path ?? []) {
    const key = (item as { key?: unknown }).key;
    path += typeof key === 'number' ? `[${key}]` : `.${String(key)}`;
  }
  return path;
}

function lastKey(issue: Issue | undefined): string | null {
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

/** "title must not be empty": the field and what is wrong with it. */
export function describeIssue(issue: Issue | undefined): string {
  if (!issue) return 'is not valid';
  const key = lastKey(issue);
  return key ? `${key} ${phrase(issue)}` : phrase(issue);
}

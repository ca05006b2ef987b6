import * as v from 'valibot';
import { createId, uniqueId } from './ids';
import { jsonEqual } from './jsonEqual';
import { LIMITS } from './limits';
import { migrate } from './migrations';
import {
  FORMAT_NAME,
  FORMAT_VERSION,
  type MatrixDocument,
  MatrixDocumentSchema,
  type Scenario,
  type Source,
  type Workspace,
} from './schema';
import type { FieldProblem } from './result';
import { describeIssue, issuePath, lastKey, problemOf } from './validation';

/** What is wrong with an imported file, as a code with its details: the interface words it in the reader's language. */
export type ProblemDetail =
  | { code: 'not-json'; detail: string; where: JsonErrorLocation }
  | { code: 'not-an-object' }
  | { code: 'not-this-format'; format: string }
  | { code: 'too-many-factors'; count: number; limit: number }
  | { code: 'nested-too-deep'; limit: number }
  | { code: 'key-not-allowed'; key: string }
  | { code: 'key-ignored' }
  | { code: 'repeated-source-id'; id: string }
  | { code: 'id-renamed'; id: string; fresh: string }
  | { code: 'source-unknown'; id: string }
  | { code: 'text-ignored'; id: string }
  | { code: 'newer-version'; version: number; supported: number }
  | { code: 'unknown-version'; version: string }
  | { code: 'migration-failed' }
  | { code: 'invalid-value'; field: string | null; problem: FieldProblem; limit?: number }
  | { code: 'file-too-large'; size: string; limit: string }
  | { code: 'file-unreadable' };

/** `message` says it in English (for logs and other tools); `detail` is what the interface words. */
export interface Problem {
  path: string;
  message: string;
  detail: ProblemDetail;
}

export type ParseResult =
  | { ok: true; document: MatrixDocument; warnings: Problem[]; migratedFrom: number | null }
  | { ok: false; errors: Problem[]; newerVersion?: boolean };

const MAX_ERRORS = 5;
/** Keys that could reach Object.prototype if some later code copied the data carelessly. */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** An import's problem with one value: the key it is under, and what is wrong with it. */
const issueDetail = (issue: v.BaseIssue<unknown>): ProblemDetail => ({ code: 'invalid-value', field: lastKey(issue), ...problemOf(issue) });

const failure = (path: string, message: string, detail: ProblemDetail): ParseResult => ({ ok: false, errors: [{ path, message, detail }] });

/**
 * Where a walk is: the keys and indices from the root. The walks below push and pop it instead
 * of building a path string for each value (about 100,000 in a file of 5,000 factors); a path is
 * written out only for a problem.
 */
type Trail = Array<string | number>;
const pathOf = (trail: Trail, last?: string): string =>
  '$' + trail.map((step) => (typeof step === 'number' ? `[${step}]` : `.${step}`)).join('') + (last === undefined ? '' : `.${last}`);

/** Walks raw JSON once for the problems a schema cannot see: poisoned keys, depth, sheer size. */
const scanStructure = (root: unknown): Problem | null => scanValue(root, []);

function scanValue(node: unknown, trail: Trail): Problem | null {
  if (node === null || typeof node !== 'object') return null;
  if (trail.length > LIMITS.nestingDepth) {
    return { path: pathOf(trail), message: `is nested more than ${LIMITS.nestingDepth} levels deep`, detail: { code: 'nested-too-deep', limit: LIMITS.nestingDepth } };
  }
  if (Array.isArray(node)) return scanChildren(node, node.keys(), trail);
  const keys = Object.keys(node);
  const forbidden = keys.find((key) => FORBIDDEN_KEYS.has(key));
  if (forbidden !== undefined) return { path: pathOf(trail, forbidden), message: `"${forbidden}" is not allowed as a key`, detail: { code: 'key-not-allowed', key: forbidden } };
  return scanChildren(node as Record<string, unknown>, keys, trail);
}

function scanChildren<K extends string | number>(node: Record<K, unknown>, keys: Iterable<K>, trail: Trail): Problem | null {
  for (const key of keys) {
    trail.push(key);
    const problem = scanValue(node[key], trail);
    trail.pop();
    if (problem) return problem;
  }
  return null;
}

type AnySchema = v.GenericSchema & { type: string; entries?: Record<string, AnySchema>; item?: AnySchema; wrapped?: AnySchema };

/** Keys the format does not define. They are dropped on import, and the user is told which. */
function unknownKeys(node: unknown, schema: AnySchema, trail: Trail, found: Problem[]): void {
  if (found.length >= MAX_ERRORS || node === null || typeof node !== 'object') return;
  let inner = schema;
  while (inner.wrapped) inner = inner.wrapped;
  if (inner.type === 'array' && inner.item && Array.isArray(node)) {
    for (let index = 0; index < node.length; index++) {
      trail.push(index);
      unknownKeys(node[index], inner.item, trail, found);
      trail.pop();
    }
  } else if (inner.type === 'object' && inner.entries && !Array.isArray(node)) {
    for (const [key, value] of Object.entries(node)) {
      const entry = inner.entries[key];
      if (!entry) {
        found.push({ path: pathOf(trail, key), message: 'is not part of the format and was ignored', detail: { code: 'key-ignored' } });
        continue;
      }
      trail.push(key);
      unknownKeys(value, entry, trail, found);
      trail.pop();
    }
  }
}

function countFactors(scenarios: unknown): number {
  if (!Array.isArray(scenarios)) return 0;
  return scenarios.reduce<number>((sum, s) => sum + (Array.isArray(s?.factors) ? s.factors.length : 0), 0);
}

const renamed = (path: string, id: string, fresh: string): Problem => ({
  path,
  message: `repeats "${id}"; it was given the id "${fresh}"`,
  detail: { code: 'id-renamed', id, fresh },
});

/** Problems across records: ids that must be unique, citations that must point at a source. */
function crossCheck(document: MatrixDocument): { errors: Problem[]; warnings: Problem[]; document: MatrixDocument } {
  const errors: Problem[] = [];
  const warnings: Problem[] = [];
  const sourceIds = new Set<string>();
  document.sources.forEach((source, index) => {
    if (sourceIds.has(source.id)) {
      errors.push({ path: `$.sources[${index}].id`, message: `repeats the source id "${source.id}"`, detail: { code: 'repeated-source-id', id: source.id } });
    }
    sourceIds.add(source.id);
  });
  // A repeated id gets a fresh one that no other record in the file uses, so a later record
  // whose id was fine never has to be renamed in turn.
  const scenarioIds = new Set<string>();
  const scenarioIdsTaken = new Set(document.scenarios.map((scenario) => scenario.id));
  const scenarios = document.scenarios.map((scenario, s) => {
    let id = scenario.id;
    if (scenarioIds.has(id)) {
      id = uniqueId(id, scenarioIdsTaken);
      scenarioIdsTaken.add(id);
      warnings.push(renamed(`$.scenarios[${s}].id`, scenario.id, id));
    }
    scenarioIds.add(id);
    const factorIds = new Set<string>();
    const factorIdsTaken = new Set(scenario.factors.map((factor) => factor.id));
    const factors = scenario.factors.map((factor, f) => {
      factor.citations.forEach((citation, c) => {
        if (!sourceIds.has(citation.sourceId) && errors.length < MAX_ERRORS) {
          errors.push({
            path: `$.scenarios[${s}].factors[${f}].citations[${c}].sourceId`,
            message: `names "${citation.sourceId}", which is not in "sources"`,
            detail: { code: 'source-unknown', id: citation.sourceId },
          });
        }
      });
      if (!factorIds.has(factor.id)) {
        factorIds.add(factor.id);
        return factor;
      }
      const fresh = uniqueId(factor.id, factorIdsTaken);
      factorIdsTaken.add(fresh);
      warnings.push(renamed(`$.scenarios[${s}].factors[${f}].id`, factor.id, fresh));
      return { ...factor, id: fresh };
    });
    // Strategies are keyed by id in the document as factors are, so a repeated id would merge two into one.
    const strategyIds = new Set<string>();
    const strategyIdsTaken = new Set(scenario.strategies.map((strategy) => strategy.id));
    const strategies = scenario.strategies.map((strategy, t) => {
      if (!strategyIds.has(strategy.id)) {
        strategyIds.add(strategy.id);
        return strategy;
      }
      const fresh = uniqueId(strategy.id, strategyIdsTaken);
      strategyIdsTaken.add(fresh);
      warnings.push(renamed(`$.scenarios[${s}].strategies[${t}].id`, strategy.id, fresh));
      return { ...strategy, id: fresh };
    });
    return { ...scenario, id, factors, strategies };
  });
  (document.sourceTexts ?? []).forEach((entry, index) => {
    if (!sourceIds.has(entry.sourceId)) {
      warnings.push({
        path: `$.sourceTexts[${index}].sourceId`,
        message: `names "${entry.sourceId}", which is not in "sources"; the text was ignored`,
        detail: { code: 'text-ignored', id: entry.sourceId },
      });
    }
  });
  return { errors, warnings, document: { ...document, scenarios } };
}

/** Where a text stops being JSON: a line and column (from 1), its end, or unknown. */
export type JsonErrorLocation = { line: number; column: number } | 'end' | null;

/**
 * Where JSON.parse gave up, from its message ("… in JSON at position 37", "Unexpected end of JSON
 * input"), so that every language can say it in its own words rather than the browser's English.
 */
export function jsonErrorLocation(text: string, message: string): JsonErrorLocation {
  if (/end of JSON input/i.test(message)) return 'end';
  const position = /at position (\d+)/.exec(message);
  if (!position) return null;
  const at = Math.min(Number(position[1]), text.length);
  if (at >= text.length) return 'end';
  const before = text.slice(0, at);
  return { line: before.split('\n').length, column: at - before.lastIndexOf('\n') };
}

/** Reads a document from text: the one gate that stored data and imported files pass through. */
export function parseDocument(text: string): ParseResult {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    const detail = error instanceof Error ? error.message : 'parse error';
    const where = jsonErrorLocation(text, detail);
    const message = where === 'end' ? 'is not valid JSON: the text is cut off' : where ? `is not valid JSON (line ${where.line}, column ${where.column})` : 'is not valid JSON';
    return failure('$', message, { code: 'not-json', detail, where });
  }
  return readDocument(raw);
}

export function readDocument(raw: unknown): ParseResult {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) return failure('$', 'should be a JSON object', { code: 'not-an-object' });
  const loose = raw as Record<string, unknown>;
  if (loose.format !== FORMAT_NAME) {
    return failure('$.format', `should be "${FORMAT_NAME}"; this does not look like a SWOT/PEST matrix file`, { code: 'not-this-format', format: FORMAT_NAME });
  }
  const structural = scanStructure(raw);
  if (structural) return { ok: false, errors: [structural] };
  const factorCount = countFactors(loose.scenarios);
  if (factorCount > LIMITS.factorsInDocument) {
    return failure('$.scenarios', `hold ${factorCount} factors; the limit is ${LIMITS.factorsInDocument}`, {
      code: 'too-many-factors',
      count: factorCount,
      limit: LIMITS.factorsInDocument,
    });
  }
  const migrated = migrate(loose);
  if (migrated.type === 'error') {
    const detail: ProblemDetail =
      migrated.reason === 'newer-version'
        ? { code: 'newer-version', version: loose.version as number, supported: FORMAT_VERSION }
        : migrated.reason === 'unknown-version'
          ? { code: 'unknown-version', version: JSON.stringify(loose.version) ?? 'undefined' }
          : { code: 'migration-failed' };
    return { ok: false, errors: [{ path: '$.version', message: migrated.message, detail }], newerVersion: migrated.reason === 'newer-version' };
  }
  const warnings: Problem[] = [];
  unknownKeys(migrated.document, MatrixDocumentSchema as unknown as AnySchema, [], warnings);
  const parsed = v.safeParse(MatrixDocumentSchema, migrated.document);
  if (!parsed.success) {
    return {
      ok: false,
      errors: parsed.issues.slice(0, MAX_ERRORS).map((issue) => ({ path: issuePath(issue), message: describeIssue(issue), detail: issueDetail(issue) })),
    };
  }
  const checked = crossCheck(parsed.output);
  if (checked.errors.length > 0) return { ok: false, errors: checked.errors.slice(0, MAX_ERRORS) };
  return { ok: true, document: checked.document, warnings: [...warnings, ...checked.warnings], migratedFrom: migrated.migratedFrom };
}

/** "$.scenarios[0].factors[2].title: must not be empty" */
export const formatProblem = (problem: Problem): string => `${problem.path}: ${problem.message}`;

// Writing a document lives in its own module: the app needs it on every load, while reading
// and checking one (this module) is needed only for imports, seeds and old storage. Joining a
// checked document to the workspace is importDocument.ts's.
export { serializeDocument, toDocument, workspaceFromDocument } from './exportDocument';

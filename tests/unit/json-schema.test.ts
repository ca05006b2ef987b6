import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { toJsonSchema } from '@valibot/to-json-schema';
import { describe, expect, it } from 'vitest';
import { MatrixDocumentSchema } from '../../src/domain/schema';

const published = join(__dirname, '../../src/domain/swot-pest-matrix.schema.json');

/** The JSON Schema other tools validate against, generated from the one runtime schema. */
function generate() {
  const schema = toJsonSchema(MatrixDocumentSchema, { errorMode: 'ignore' });
  return {
    ...schema,
    $id: 'https://swot-pest-matrix.local/swot-pest-matrix.schema.json',
    title: 'SWOT × PEST matrix document',
    description: 'Export format of the SWOT × PEST matrix editor. Generated from src/domain/schema.ts; run `npm run schema:json` after changing it.',
  };
}

describe('the published JSON Schema', () => {
  it('matches what the runtime schema generates today', () => {
    const text = `${JSON.stringify(generate(), null, 2)}\n`;
    if (process.env.UPDATE_JSON_SCHEMA) writeFileSync(published, text);
    expect(readFileSync(published, 'utf8')).toBe(text);
  });

  it('names the format and version and requires every field of a factor', () => {
    const schema = JSON.parse(readFileSync(published, 'utf8'));
    expect(schema.properties.format.const).toBe('swot-pest-matrix');
    expect(schema.properties.version.const).toBe(3);
    const factor = schema.properties.scenarios.items.properties.factors.items;
    expect(factor.required).toEqual(expect.arrayContaining(['id', 'title', 'note', 'impact', 'tags', 'pest', 'swot', 'votes', 'citations']));
    expect(factor.properties.pest.enum).toEqual(['political', 'economic', 'social', 'technological']);
  });
});

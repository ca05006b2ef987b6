/**
 * Hard limits on what a document may hold. They keep a hostile or broken file from
 * freezing the page, and are generous enough that no real analysis comes near them.
 */
export const LIMITS = {
  fileBytes: 5 * 1024 * 1024,
  scenarios: 200,
  sources: 1_000,
  factorsPerScenario: 10_000,
  factorsInDocument: 20_000,
  citationsPerFactor: 100,
  strategiesPerScenario: 1_000,
  factorsPerStrategy: 200,
  tagsPerFactor: 20,
  authorsPerSource: 50,
  idLength: 100,
  titleLength: 200,
  nameLength: 200,
  tagLength: 40,
  locatorLength: 300,
  quoteLength: 2_000,
  noteLength: 20_000,
  descriptionLength: 5_000,
  nestingDepth: 12,
} as const;

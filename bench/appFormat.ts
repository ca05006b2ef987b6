// The app's own format code, gathered for the bench. bench/fixtures.mjs builds this file with
// Vite into one ES module at start-up (Node 20 cannot import the TypeScript sources), so the
// generated documents follow the app's axes, format name and version, storage envelope and
// storage key, and pass the same validation as a file the user imports.
export { ALL_CELLS, PEST, SWOT } from '../src/domain/axes';
export { readDocument, formatProblem } from '../src/domain/document';
export { serializeDocument, toDocument } from '../src/domain/exportDocument';
export { encodeWorkspace } from '../src/io/persistence';
export { WORKSPACE_KEY } from '../src/io/setAside';

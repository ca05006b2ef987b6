import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach, beforeAll } from 'vitest';

// Panels and dialogs load their code on first use (a dynamic import), which on a busy two-core CI
// machine can take longer than findBy*'s 1 s default; the queries still return as soon as the
// element appears.
configure({ asyncUtilTimeout: 4000 });

afterEach(() => {
  cleanup();
  localStorage.clear();
});

// The store loads its words for refusals and for undo's steps on first use (a dynamic import).
// Loaded before each file's tests, none is still loading when the file's environment is torn down
// (a property test's refusals once did: "Cannot load … after the environment was torn down").
beforeAll(async () => {
  await Promise.all([import('../src/app/describeError'), import('../src/i18n/stepWording')]);
});

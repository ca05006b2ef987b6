import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';

// Panels and dialogs load their code on first use (a dynamic import), which on a busy two-core CI
// machine can take longer than findBy*'s 1 s default; the queries still return as soon as the
// element appears.
configure({ asyncUtilTimeout: 4000 });

afterEach(() => {
  cleanup();
  localStorage.clear();
});

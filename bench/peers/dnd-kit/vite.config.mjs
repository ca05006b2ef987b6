// The bare dnd-kit peer: React 19 and @dnd-kit from the app's node_modules, JSX compiled by
// Vite's own transformer with the automatic runtime, as the app's config does.
import { defineConfig } from 'vite';

export default defineConfig({
  root: import.meta.dirname,
  oxc: { jsx: { runtime: 'automatic' } },
  build: { target: 'es2022' },
});

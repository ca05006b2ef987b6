// The no-framework peer: plain modules and the shared stylesheet, bundled like the app.
import { defineConfig } from 'vite';

export default defineConfig({
  root: import.meta.dirname,
  build: { target: 'es2022' },
});

import type { Plugin } from 'vite';

export function firstScreenScript(): Plugin;

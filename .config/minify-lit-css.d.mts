import type { Plugin as EsbuildPlugin } from 'esbuild';
import type { Plugin as VitePlugin } from 'vite';

export function minifyCssTemplates(source: string, filename: string): string;
export function minifyLitCssVite(): VitePlugin;
export function minifyLitCssEsbuild(): EsbuildPlugin;

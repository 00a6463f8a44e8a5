import type { Plugin } from 'esbuild';

/** How the bundle carries directive descriptions: parsed on first read, or not at all. */
export type Descriptions = 'lazy' | 'omit';

export function referenceModuleText(descriptions: Descriptions): string;

export function referenceLibPlugin(options: { descriptions: Descriptions }): Plugin;

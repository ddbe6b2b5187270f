import type { Plugin } from 'vite';

/** The text with every whitespace run that holds a newline cut down to its newlines. */
export function compactTemplateText(text: string): string;

/** Drops the indentation inside Lit `html` templates of the widgets' components (see the .mjs). */
export function compactHtmlTemplates(options?: { include?: RegExp }): Plugin;

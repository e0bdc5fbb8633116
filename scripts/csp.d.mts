/** Types for scripts/csp.mjs (a plain Node script run after `next build`, also imported by its unit test). */
export declare function hashSource(text: string): string;
export declare function inlineContent(html: string): { scripts: string[]; styles: string[]; styleAttributes: string[]; forbidden: string[] };
export declare function policyFor(html: string): string;
export declare function withPolicy(html: string, file?: string): string;
export declare function htmlFiles(dir: string): string[];
export declare function applyToDirectory(dir: string): { file: string; scripts: number; styles: number; styleAttributes: number }[];
export declare class CspError extends Error {}
export type Where = { start: number; end: number };
export declare function readHtml(
  html: string,
  handlers?: {
    open?: (name: string, attributes: Record<string, string>, where: Where | null) => void;
    close?: (name: string, where: Where | null) => void;
    text?: (data: string, where: Where) => void;
    comment?: (data: string, where: Where) => void;
  },
): void;

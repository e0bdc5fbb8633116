import fs from 'node:fs';
import path from 'node:path';
import matter from 'gray-matter';
import type { z } from 'zod';
import { parseEntrySlug, type EntrySlug } from '../ids';
import type { ContentProblem } from './errors';

export type RawEntry<T> = { slug: EntrySlug; file: string; data: T; body: string };

/** How a value looked in the file, for "found …" in error messages. */
function describe(value: unknown): string {
  if (value === undefined) return 'nothing (the field is missing)';
  if (value instanceof Date) return `the date ${value.toISOString().slice(0, 10)}`;
  const json = JSON.stringify(value);
  return json.length > 80 ? `${json.slice(0, 77)}…` : json;
}

function valueAt(data: unknown, pathParts: PropertyKey[]): unknown {
  let value: unknown = data;
  for (const part of pathParts) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[part];
  }
  return value;
}

/** Turns zod's issues into problems that say which field, what was expected and what was found. */
export function problemsFromZod(
  collection: string,
  file: string,
  data: unknown,
  error: z.ZodError,
  allowedKeys: string[],
): ContentProblem[] {
  return error.issues.map((issue) => {
    const field = issue.path.map(String).join('.') || undefined;
    if (issue.code === 'unrecognized_keys') {
      const keys = issue.keys;
      return {
        code: 'unknown-field' as const,
        collection,
        file,
        field: [field, keys[0]].filter(Boolean).join('.'),
        message: `unknown field${keys.length > 1 ? 's' : ''} ${keys.map((k) => `"${k}"`).join(', ')}; expected only ${allowedKeys.join(', ')}`,
      };
    }
    const found = describe(valueAt(data, issue.path));
    const expected = issue.message.replace(/^Invalid input: /, '');
    return { code: 'field' as const, collection, file, field, message: `${expected}; found ${found}` };
  });
}

/**
 * Reads every Markdown file of one collection folder and validates its front matter.
 * Problems are collected, not thrown, so that one build reports all of them at once.
 */
export function readCollection<S extends z.ZodType>(
  dir: string,
  collection: string,
  schema: S,
  problems: ContentProblem[],
): RawEntry<z.infer<S>>[] {
  if (!fs.existsSync(dir)) return [];
  const allowedKeys = 'shape' in schema ? Object.keys((schema as unknown as { shape: object }).shape) : [];
  const entries: RawEntry<z.infer<S>>[] = [];
  for (const file of fs.readdirSync(dir).sort()) {
    if (!file.endsWith('.md') || file === 'README.md') continue;
    const slug = parseEntrySlug(file.slice(0, -3));
    if (!slug) {
      problems.push({ code: 'file-name', collection, file, message: `the file name must be a lower-case slug such as "chongqing.md"; found "${file}"` });
      continue;
    }
    let parsed: matter.GrayMatterFile<string>;
    try {
      // A fresh options object keeps gray-matter from returning a cached parse of identical text.
      parsed = matter(fs.readFileSync(path.join(dir, file), 'utf8'), {});
    } catch (error) {
      problems.push({ code: 'yaml', collection, file, message: `the front matter is not valid YAML: ${(error as Error).message.split('\n')[0]}` });
      continue;
    }
    const result = schema.safeParse(parsed.data);
    if (!result.success) {
      problems.push(...problemsFromZod(collection, file, parsed.data, result.error, allowedKeys));
      continue;
    }
    entries.push({ slug, file, data: result.data, body: parsed.content });
  }
  return entries;
}

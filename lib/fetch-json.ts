/**
 * A JSON file of the site, fetched in the browser, with a failure said in words a reader can act on: `name` is
 * how the message names the file ("the file for this article"). Every failure is an Error whose message starts
 * with `name`; nothing is cached here (callers keep what arrived and forget a failure, so asking again retries).
 */
export async function fetchJson(href: string, name: string): Promise<unknown> {
  let response: Response;
  try {
    response = await fetch(href);
  } catch {
    throw new Error(`${name} could not be fetched; the connection may be down`);
  }
  if (!response.ok) throw new Error(`${name} did not load (HTTP ${response.status})`);
  try {
    return (await response.json()) as unknown;
  } catch {
    throw new Error(`${name} is not valid JSON`);
  }
}

/** A plain object (not null, not an array): the first check of any fetched JSON (search, compare, reading lists). */
export const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** A whole number, zero or more: a count, an offset or a position in fetched JSON. */
export const isCount = (value: unknown): value is number => Number.isInteger(value) && (value as number) >= 0;

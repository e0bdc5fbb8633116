/**
 * Markup written as text for the two large parts of /graph (the drawing's contents and the table's rows). React
 * would repeat them in the page's RSC payload as a tree of JSON arrays, about three times their size; as one
 * string they are repeated at about their own size. Attributes are single-quoted so the payload needs no escapes.
 * Every value is escaped here; nothing in them comes from a visitor.
 */
const escapes: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
export const esc = (value: string | number) => String(value).replace(/[&<>"']/g, (c) => escapes[c]!);

/** ` name='value'…` for the attributes that have a value. */
export const attrs = (values: Record<string, string | number | undefined | null>) =>
  Object.entries(values)
    .filter(([, v]) => v !== undefined && v !== null && v !== '')
    .map(([k, v]) => ` ${k}='${esc(v!)}'`)
    .join('');

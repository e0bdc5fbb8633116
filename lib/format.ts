const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "2018-07-08" → "8 July 2018", without depending on the machine's locale. */
export function formatDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return `${d} ${months[m - 1]} ${y}`;
}

/** "2018-07-08" → "July 8, 2018" (American style, for MLA/Chicago). */
export function formatDateUS(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return `${months[m - 1]} ${d}, ${y}`;
}

export function monthName(iso: string): string {
  return months[Number(iso.split('-')[1]) - 1]!;
}

export function listNames(names: string[]): string {
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

const units = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const tens = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];

/** 4 → "four", 28 → "twenty-eight": a count in words below a hundred, in digits from there on. */
export function numberWords(n: number): string {
  if (!Number.isInteger(n) || n < 0 || n >= 100) return String(n);
  if (n < 20) return units[n]!;
  return n % 10 ? `${tens[Math.floor(n / 10)]}-${units[n % 10]}` : tens[n / 10]!;
}

/** "four" → "Four". */
export const capitalize = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

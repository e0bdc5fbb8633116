/**
 * The header's two icons, drawn with one stroke style set once on the <svg> (written on each shape it was 70 bytes
 * more an icon, on every page). Decorative: the button beside or around them says what they do.
 */
const stroke = { fill: 'none', stroke: 'currentColor', strokeWidth: 2, strokeLinecap: 'round' } as const;

export function SearchIcon({ size }: { size: number }) {
  return (
    <svg aria-hidden="true" viewBox="0 0 20 20" width={size} height={size} focusable="false" {...stroke}>
      <circle cx="8.5" cy="8.5" r="5.5" />
      <path d="M13 13l5 5" />
    </svg>
  );
}

export function MenuIcon({ size }: { size: number }) {
  return (
    <svg aria-hidden="true" viewBox="0 0 20 20" width={size} height={size} focusable="false" {...stroke}>
      <path d="M3 5h14M3 10h14M3 15h14" />
    </svg>
  );
}

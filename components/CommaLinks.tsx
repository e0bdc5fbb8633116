type Link = { key: string; href: string; name: string };

/** Links in a row separated by commas ("Xinjiang, China"), each in its own span. */
export function CommaLinks({ links }: { links: Link[] }) {
  return links.map((link, i) => (
    <span key={link.key}>
      {i > 0 ? ', ' : ''}
      <a href={link.href}>{link.name}</a>
    </span>
  ));
}

/** A term of a facts list (`<dl className="facts">`) whose description is links in a row; nothing when there are none. */
export function FactLinks({ term, links }: { term: string; links: Link[] }) {
  return links.length ? (
    <>
      <dt>{term}</dt>
      <dd>
        <CommaLinks links={links} />
      </dd>
    </>
  ) : null;
}

'use client';

import { useState } from 'react';
import { citationFormatNames, citationFormats, type CitationFormat } from '@/lib/cite/formats';
import type { CslRecord } from '@/lib/cite/record';

/**
 * An article's record for reference managers, as RIS, BibTeX (BibLaTeX) or CSL-JSON: one button each, which
 * makes the file in the browser and saves it (./saveCitationFile.ts, loaded on the first press). The page
 * carries the CSL-JSON record and the BibLaTeX text the build wrote; no file per article is exported.
 */
export function CiteDownloads({ record, biblatex }: { record: CslRecord; biblatex: string }) {
  const [status, setStatus] = useState('');
  const save = async (format: CitationFormat) => {
    try {
      const { saveCitationFile } = await import('./saveCitationFile');
      saveCitationFile(format, record, biblatex);
      setStatus('');
    } catch {
      setStatus(`The ${citationFormatNames[format]} file could not be made; reload the page and try again`);
    }
  };
  return (
    <p className="cite-files">
      For a reference manager, download:{' '}
      {citationFormats.map((format) => (
        <span key={format}>
          <button type="button" onClick={() => save(format)}>
            {citationFormatNames[format]}
          </button>{' '}
        </span>
      ))}
      <span role="status" className="copy-status">
        {status}
      </span>
    </p>
  );
}

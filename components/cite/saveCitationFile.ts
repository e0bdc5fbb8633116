import { citationFileName, citationFileText, citationMediaTypes } from '@/lib/cite/files';
import { citationFormats, type CitationFormat } from '@/lib/cite/formats';
import type { CslRecord } from '@/lib/cite/record';

/**
 * Saves an article's record as a file, made here in the browser: the text from its CSL-JSON record (RIS,
 * CSL-JSON) or the BibLaTeX the build wrote, put in a Blob and saved through a temporary `<a download>`. Nothing
 * is fetched. Loaded by the article page's client module (components/article/ArticleIslands.tsx) when a download
 * button of the Cite panel is pressed, so no page carries it before.
 */
export function saveCitationFile(format: CitationFormat, record: CslRecord, biblatex: string): void {
  // What the page's markup carries is checked before a file is made of it: a wrong file is worse than none.
  if (!citationFormats.includes(format)) throw new Error(`no citation format "${String(format)}"`);
  if (typeof record?.id !== 'string' || !record.id) throw new Error('the citation record has no id');
  if (format === 'bib' && !biblatex.trim()) throw new Error('there is no BibLaTeX text to save');
  const blob = new Blob([citationFileText(format, record, biblatex)], { type: citationMediaTypes[format] });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = citationFileName(record.id, format);
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has started from the click; the address is no longer needed once this task is over.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

import type { Metadata } from 'next';
import { Suspense } from 'react';
import { PrintFallback, PrintView } from '@/components/reading-list/PrintView';

export const metadata: Metadata = {
  title: 'Reading packet',
  description: 'A reading list as a printable packet: full texts with paragraph numbers, notes and citations.',
};

/** The print view of a reading list: the same link parameters as /reading-list. */
export default function ReadingPacketPage() {
  return (
    <div className="page reading-packet">
      <Suspense fallback={<PrintFallback />}>
        <PrintView />
      </Suspense>
    </div>
  );
}

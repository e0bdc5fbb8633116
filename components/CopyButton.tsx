'use client';

import { useState } from 'react';
import { copyText } from '@/lib/copy-text';

/** Copies a text to the clipboard and says so to screen readers. */
export function CopyButton({ text, label }: { text: string; label: string }) {
  const [status, setStatus] = useState('');
  return (
    <span className="copy">
      <button type="button" onClick={() => copyText(text).then(setStatus)}>
        {label}
      </button>
      <span role="status" className="copy-status">
        {status}
      </span>
    </span>
  );
}

import { toJsxRuntime } from 'hast-util-to-jsx-runtime';
import { Fragment, jsx, jsxs } from 'react/jsx-runtime';
import type { Root } from 'hast';

/** Renders an already sanitized HTML tree (from lib/render) as React elements. */
export function Hast({ tree }: { tree: Root }) {
  return toJsxRuntime(tree, { Fragment, jsx, jsxs });
}

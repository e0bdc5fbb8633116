import { defineConfig, globalIgnores } from 'eslint/config';
import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  {
    rules: {
      // Sightlines links with plain <a>: every page is a prerendered static page, and full page loads keep
      // fragment links (#p-12) native. After a client-side navigation, the App Router treated the popstate of a
      // fragment link as a navigation of its own and undid the scroll to the paragraph.
      '@next/next/no-html-link-for-pages': 'off',
      // `const { omitted, ...rest } = value` is how an object is copied without a field.
      '@typescript-eslint/no-unused-vars': ['warn', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true }],
    },
  },
  globalIgnores(['.next/**', 'out/**', 'node_modules/**', 'next-env.d.ts', 'content-staging/**']),
]);

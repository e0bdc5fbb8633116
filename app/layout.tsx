import type { Metadata, Viewport } from 'next';
import { SiteHeader } from '@/components/SiteHeader';
import { themeScript } from '@/components/ThemeToggle';
import { siteDescription, siteName, siteNav } from '@/lib/site';
import './globals.css';
import { aboutHref, dataHref, graphHref } from '@/lib/links';
import { articleCountWords } from '@/lib/library';

export const metadata: Metadata = {
  title: { default: siteName, template: `%s · ${siteName}` },
  description: siteDescription(),
  referrer: 'no-referrer',
};

export const viewport: Viewport = {
  width: 'device-width',
  initialScale: 1,
  colorScheme: 'light dark',
};

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en" suppressHydrationWarning>
      <head>
        <script dangerouslySetInnerHTML={{ __html: themeScript }} />
      </head>
      <body>
        <SiteHeader nav={siteNav()} />
        <main id="main" tabIndex={-1}>
          {children}
        </main>
        <footer className="site-footer">
          <p>
            Sightlines quotes {articleCountWords()} published articles for study; their words belong to their publishers. No
            analytics, no cookies, no third-party requests. <a href={aboutHref()}>About the sources and the editing</a> ·{' '}
            <a href={graphHref()}>The graph of connections</a> · <a href={dataHref()}>Open data</a>.
          </p>
        </footer>
      </body>
    </html>
  );
}

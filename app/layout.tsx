import type { Metadata, Viewport } from 'next';
import { SiteHeader } from '@/components/SiteHeader';
import { themeScript } from '@/components/ThemeToggle';
import { siteDescription, siteName, siteNav } from '@/lib/site';
import './globals.css';
import { SiteFooter } from '@/components/SiteFooter';
import { islandsApart } from '@/lib/islands';

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
        {/* The header's sections and buttons and the footer are static islands (lib/islands.ts). */}
        <SiteHeader nav={siteNav()} filled={!islandsApart()} />
        <main id="main" tabIndex={-1}>
          {children}
        </main>
        <SiteFooter filled={!islandsApart()} />
      </body>
    </html>
  );
}

import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';
import './globals.css';

export const metadata: Metadata = {
  title: 'Trame — news knowledge graph',
  description: 'Who sent what to whom, who claims it, and the sentence behind every edge.',
};

export const viewport: Viewport = { width: 'device-width', initialScale: 1 };

/** Root layout: the explorer and the other pages share fonts and base styles. */
export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}

import type { Metadata } from 'next';
import MapView from './MapView';

export const metadata: Metadata = { title: 'Trame — map', robots: { index: false } };

/** /map: a chrome-less relationship map for report pictures and the screenshot CLI. */
export default function MapPage() {
  return <MapView />;
}

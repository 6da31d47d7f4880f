import ExplorerRoot from './components/explorer/ExplorerRoot';

export const dynamic = 'force-dynamic';

/** The explorer. `?fixture=big` loads the seeded 10k/30k test graph instead of Neo4j; `?limit=` caps the overview. */
export default async function Page({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const params = await searchParams;
  const fixture = typeof params.fixture === 'string' ? params.fixture : null;
  const limit = Math.min(20_000, Math.max(1, Number(params.limit) || 2_000));
  return <ExplorerRoot fixture={fixture} limit={limit} />;
}

/** Runs once when the server starts: installs what must act before Next sees a request. */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const { installServerGuard } = await import('./lib/http/server-guard');
  installServerGuard();
}

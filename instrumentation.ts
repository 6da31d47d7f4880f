/** Runs once when the server starts: installs what must act before Next sees a request. */
export async function register(): Promise<void> {
  // The condition wraps the import (no early return): only then does the edge build leave node:http out.
  if (process.env.NEXT_RUNTIME === 'nodejs') {
    const { installServerGuard } = await import('./lib/http/server-guard');
    installServerGuard();
  }
}

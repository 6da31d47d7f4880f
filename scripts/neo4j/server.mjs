// Trame's local Neo4j: an embedded Neo4j Community 5.26 (see pom.xml and
// src/main/java/trame/Launcher.java) that speaks Bolt on 127.0.0.1 only,
// with auth disabled. Used by `npm run neo4j:start` / `npm run neo4j:stop`
// and by any script that needs a database without Docker.
//
//   import { startNeo4j, stopNeo4j } from './neo4j/server.mjs';
//   const { uri, started, ms } = await startNeo4j({ port: 7688, dataDir: '/tmp/x' });
//   ...
//   await stopNeo4j({ dataDir: '/tmp/x', port: 7688 });
//
// Needs Java 17+ and (the first time only, to fetch Neo4j into lib/) Maven.
// Plain ESM, no TypeScript, so it runs before anything is built.

import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { BUILD_TIMEOUT_MS, ensureBuilt, findJava, isAlive, readText, sleep, withLock } from './build.mjs';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.resolve(HERE, '..', '..');

export const DEFAULT_PORT = 7687;
export const DEFAULT_DATA_DIR = path.join(ROOT, '.neo4j', 'demo');

const READY_LINE = 'trame-neo4j: ready bolt://';
const START_TIMEOUT_MS = 180_000;
const STOP_TIMEOUT_MS = 30_000;


/** Every path the launcher uses, for a given data folder (default: <root>/.neo4j/demo). */
export function neo4jPaths(dataDir = DEFAULT_DATA_DIR) {
  const data = path.resolve(ROOT, dataDir);
  const target = path.join(HERE, 'target');
  return {
    root: ROOT,
    dir: HERE,
    pom: path.join(HERE, 'pom.xml'),
    source: path.join(HERE, 'src', 'main', 'java', 'trame', 'Launcher.java'),
    lib: path.join(HERE, 'lib'),
    target,
    classes: path.join(target, 'classes'),
    launcherClass: path.join(target, 'classes', 'trame', 'Launcher.class'),
    buildStamp: path.join(target, 'trame-neo4j.stamp'),
    buildLock: path.join(target, 'build.lock'),
    dataDir: data,
    logFile: path.join(data, 'neo4j.log'),
    pidFile: path.join(data, 'neo4j.pid'),
    startLock: path.join(data, 'neo4j.lock'),
  };
}

/**
 * Start the local Neo4j (or reuse the one already answering on `port`).
 *
 * Resolves to { uri, pid, started, logFile, ms, built }:
 *   started  true when this call launched the JVM, false when it reused one
 *   ms       wall time of this call in milliseconds (build + boot)
 *   built    true when this call had to fetch Neo4j / compile the launcher
 * Throws an Error whose first line says what went wrong (further lines, if
 * any, are the tail of the launcher's log).
 *
 * port and dataDir default to TRAME_NEO4J_PORT / TRAME_NEO4J_DATA, then to
 * 7687 and <root>/.neo4j/demo.
 */
export async function startNeo4j({
  port = envPort() ?? DEFAULT_PORT,
  dataDir = process.env.TRAME_NEO4J_DATA || DEFAULT_DATA_DIR,
  heap = process.env.TRAME_NEO4J_HEAP || '768m',
  pageCache = process.env.TRAME_NEO4J_PAGECACHE || '256m',
  log = console.error,
} = {}) {
  const t0 = Date.now();
  port = checkPort(port);
  const p = neo4jPaths(dataDir);
  const uri = `bolt://127.0.0.1:${port}`;
  const result = (pid, started, built = false) => ({
    uri,
    pid,
    started,
    logFile: p.logFile,
    ms: Date.now() - t0,
    built,
  });

  if (await boltAnswers(uri)) return result(readLauncherPid(p.pidFile), false);

  fs.mkdirSync(p.dataDir, { recursive: true });
  // The holder may be fetching Neo4j first: wait as long as a build and a boot.
  return withLock(p.startLock, BUILD_TIMEOUT_MS + START_TIMEOUT_MS, async () => {
    // Someone may have finished starting it while we waited for the lock.
    if (await boltAnswers(uri)) return result(readLauncherPid(p.pidFile), false);

    // A launcher for this data folder that is still booting (lock holder died)?
    const existing = readLauncherPid(p.pidFile);
    if (existing) {
      log(`neo4j: waiting for the launcher already starting (pid ${existing})`);
      await waitForBolt({ uri, pid: existing, logFile: p.logFile });
      return result(existing, false);
    }
    fs.rmSync(p.pidFile, { force: true });

    const { java, major } = findJava();
    const built = await ensureBuilt(p, log);

    const xmx = parseSize(heap, 'heap');
    const xms = Math.min(xmx, 256 * 1024 * 1024);
    parseSize(pageCache, 'pageCache');
    const args = [
      `-Xms${Math.floor(xms / 1024 / 1024)}m`,
      `-Xmx${Math.floor(xmx / 1024 / 1024)}m`,
      // Two shared cores: the serial collector costs no extra threads and the
      // least memory; pauses on a <1 GB heap are short.
      '-XX:+UseSerialGC',
      '-XX:+ExitOnOutOfMemoryError',
      '-XX:-OmitStackTraceInFastThrow',
      '-Djdk.nio.maxCachedBufferSize=1024',
      '-Dio.netty.tryReflectionSetAccessible=true',
      '-Dlog4j2.disable.jmx=true',
      '--add-opens=java.base/java.nio=ALL-UNNAMED',
      '--add-opens=java.base/java.io=ALL-UNNAMED',
      '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
      '--enable-native-access=ALL-UNNAMED',
      ...(major >= 23 ? ['--sun-misc-unsafe-memory-access=allow'] : []),
      '-cp',
      [p.classes, path.join(p.lib, '*')].join(path.delimiter),
      'trame.Launcher',
    ];

    log(`neo4j: starting on ${uri} (data ${shortPath(p.dataDir)}, heap ${heap}, Java ${major})`);
    const out = fs.openSync(p.logFile, 'w');
    let child;
    try {
      child = spawn(java, args, {
        cwd: ROOT,
        detached: true,
        stdio: ['ignore', out, out],
        env: {
          ...process.env,
          TRAME_NEO4J_PORT: String(port),
          TRAME_NEO4J_DATA: p.dataDir,
          TRAME_NEO4J_PAGECACHE: pageCache,
          // dbms.memory.transaction.total.max: two thirds of the heap (512m for 768m).
          TRAME_NEO4J_TX_MAX:
            process.env.TRAME_NEO4J_TX_MAX || `${Math.max(64, Math.floor((xmx * 2) / 3 / 1024 / 1024))}m`,
          // db.memory.transaction.max: a sixth of the heap (128m for 768m), so one query cannot take the pool.
          TRAME_NEO4J_TX_ONE_MAX:
            process.env.TRAME_NEO4J_TX_ONE_MAX || `${Math.max(16, Math.floor(xmx / 6 / 1024 / 1024))}m`,
        },
      });
    } finally {
      fs.closeSync(out);
    }
    const exited = new Promise((resolve) => {
      child.once('exit', (code, signal) => resolve({ code, signal }));
      child.once('error', (err) => resolve({ code: null, signal: null, err }));
    });
    child.unref();
    if (!child.pid) {
      const { err } = await exited;
      throw new Error(`neo4j: could not run ${java}: ${err?.message ?? 'unknown error'}`);
    }
    fs.writeFileSync(p.pidFile, `${child.pid}\n`);

    try {
      await waitForBolt({ uri, pid: child.pid, logFile: p.logFile, exited });
    } catch (err) {
      await killAndWait(child.pid, 5_000);
      fs.rmSync(p.pidFile, { force: true });
      throw err;
    }
    return result(child.pid, true, built);
  });
}

/**
 * Stop the launcher recorded in <dataDir>/neo4j.pid: SIGTERM, wait up to 30 s,
 * then SIGKILL. Fine if it is not running. Resolves to { stopped, pid, uri }.
 */
export async function stopNeo4j({
  dataDir = process.env.TRAME_NEO4J_DATA || DEFAULT_DATA_DIR,
  port = envPort() ?? DEFAULT_PORT,
} = {}) {
  const p = neo4jPaths(dataDir);
  const uri = `bolt://127.0.0.1:${checkPort(port)}`;
  const pid = readLauncherPid(p.pidFile);
  if (!pid) {
    fs.rmSync(p.pidFile, { force: true });
    return { stopped: false, pid: null, uri };
  }
  const forced = !(await killAndWait(pid, STOP_TIMEOUT_MS));
  fs.rmSync(p.pidFile, { force: true });
  return { stopped: true, pid, uri, forced };
}

// ---------------------------------------------------------------------------

function envPort() {
  const v = process.env.TRAME_NEO4J_PORT;
  return v ? Number(v) : undefined;
}

function checkPort(port) {
  const n = Number(port);
  if (!Number.isInteger(n) || n <= 0 || n > 65535) {
    throw new Error(`neo4j: not a port number: ${port}`);
  }
  return n;
}

function parseSize(s, what) {
  const m = /^\s*(\d+)\s*([kmg]?)b?\s*$/i.exec(String(s));
  if (!m) throw new Error(`neo4j: ${what} must look like 512m or 1g, got: ${s}`);
  const mult = { '': 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3 }[m[2].toLowerCase()];
  return Number(m[1]) * mult;
}

/** Does a Neo4j answer on `uri` (no auth, ~2 s budget)? Throws if it wants auth. */
async function boltAnswers(uri, timeoutMs = 2000) {
  const { default: neo4j } = await import('neo4j-driver');
  const driver = neo4j.driver(uri, neo4j.auth.none(), {
    connectionTimeout: Math.min(1500, timeoutMs),
    connectionAcquisitionTimeout: timeoutMs,
    maxConnectionPoolSize: 1,
    maxTransactionRetryTime: 0,
  });
  let timer;
  try {
    const info = driver.getServerInfo();
    const timeout = new Promise((_, reject) => {
      timer = setTimeout(() => reject(new Error('timeout')), timeoutMs);
    });
    await Promise.race([info, timeout]);
    return true;
  } catch (err) {
    if (String(err?.code ?? '').startsWith('Neo.ClientError.Security')) {
      throw new Error(
        `neo4j: ${uri} is a Neo4j that requires a password — stop it, pick another ` +
          `TRAME_NEO4J_PORT, or point NEO4J_URI/NEO4J_USER/NEO4J_PASSWORD at it`,
      );
    }
    return false;
  } finally {
    clearTimeout(timer);
    await driver.close().catch(() => {});
  }
}

/**
 * Poll until Bolt answers. Fails if the process dies (with the tail of its log)
 * or after START_TIMEOUT_MS.
 */
async function waitForBolt({ uri, pid, logFile, exited }) {
  let dead = null;
  exited?.then((e) => {
    dead = e;
  });
  const deadline = Date.now() + START_TIMEOUT_MS;
  while (Date.now() < deadline) {
    await sleep(250);
    if (dead || !isAlive(pid)) {
      // It may have lost a race to another launcher that now serves the port.
      if (await boltAnswers(uri)) return;
      const how = dead
        ? dead.err
          ? dead.err.message
          : dead.signal
            ? `killed by ${dead.signal}`
            : `exit code ${dead.code}`
        : 'process gone';
      const failed = /^trame-neo4j: failed: (.*)$/m.exec(readText(logFile))?.[1];
      if (failed) throw new Error(`neo4j: could not start on ${uri}: ${failed} (log: ${shortPath(logFile)})`);
      throw new Error(
        `neo4j: the launcher stopped during startup (${how}; log: ${shortPath(logFile)}); last lines:\n${tail(logFile)}`,
      );
    }
    if (readText(logFile).includes(READY_LINE) && (await boltAnswers(uri))) return;
  }
  throw new Error(
    `neo4j: no answer on ${uri} after ${START_TIMEOUT_MS / 1000} s (log: ${shortPath(logFile)}); last lines:\n${tail(logFile)}`,
  );
}

function shortPath(p) {
  const rel = path.relative(ROOT, p);
  return rel && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel : p;
}


function tail(file, lines = 20) {
  return readText(file).trimEnd().split('\n').slice(-lines).join('\n');
}


/** The pid in `pidFile` if that process is alive and is our launcher, else null. */
function readLauncherPid(pidFile) {
  const pid = Number.parseInt(readText(pidFile), 10);
  if (!Number.isInteger(pid) || pid <= 0 || !isAlive(pid)) return null;
  let cmd = '';
  try {
    cmd = fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').replaceAll('\0', ' ');
  } catch {
    const ps = spawnSync('ps', ['-p', String(pid), '-o', 'command='], { encoding: 'utf8' });
    cmd = ps.stdout ?? '';
  }
  return cmd.includes('trame.Launcher') ? pid : null;
}

/** SIGTERM, wait up to timeoutMs, then SIGKILL. True if it exited on SIGTERM. */
async function killAndWait(pid, timeoutMs) {
  try {
    process.kill(pid, 'SIGTERM');
  } catch {
    return true;
  }
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (!isAlive(pid)) return true;
    await sleep(100);
  }
  try {
    process.kill(pid, 'SIGKILL');
  } catch {
    return true;
  }
  for (let i = 0; i < 50 && isAlive(pid); i++) await sleep(100);
  return false;
}

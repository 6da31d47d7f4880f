// Building the local Neo4j: find Java, fetch Neo4j's jars with Maven and compile the launcher once per
// pom + source, under a cross-process lock. Used by server.mjs; plain ESM like it.

import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

export const MISSING_TOOLS =
  'neo4j: Java 17+ and Maven are needed to run the local Neo4j — install them, ' +
  'or set NEO4J_URI to a Neo4j 5 server (Docker, Desktop or Aura)';
export const BUILD_TIMEOUT_MS = 15 * 60_000;

/** Resolves after ms milliseconds. */
export const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** A file's text, or an empty string when it cannot be read. */
export function readText(file) {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch {
    return '';
  }
}

/** True while a process with this pid exists (zombies count as gone). */
export function isAlive(pid) {
  try {
    process.kill(pid, 0);
  } catch (err) {
    return err.code === 'EPERM';
  }
  // A zombie (exited, not yet reaped) still answers kill(0).
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3) !== 'Z';
  } catch {
    return true;
  }
}

/** { java, major }: JAVA_HOME's java, else PATH's, if Java 17 or newer; else the one-line error. */
export function findJava() {
  const candidates = [];
  if (process.env.JAVA_HOME) candidates.push(path.join(process.env.JAVA_HOME, 'bin', 'java'));
  candidates.push('java');
  for (const java of candidates) {
    const r = spawnSync(java, ['-version'], { encoding: 'utf8' });
    if (r.error || r.status !== 0) continue;
    const m = /version "(\d+)(?:\.(\d+))?/.exec(`${r.stderr}${r.stdout}`);
    if (!m) continue;
    const major = m[1] === '1' ? Number(m[2]) : Number(m[1]);
    if (major >= 17) return { java, major };
  }
  throw new Error(MISSING_TOOLS);
}

function hasMaven() {
  const r = spawnSync('mvn', ['-v'], { encoding: 'utf8', env: { ...process.env, MAVEN_OPTS: '' } });
  return !r.error && r.status === 0;
}

const sha = (text) => createHash('sha256').update(text).digest('hex');

/** What lib/ and target/classes were built from. */
function buildKey(p) {
  return { pom: sha(readText(p.pom)), source: sha(readText(p.source)) };
}

function readStamp(p) {
  try {
    return JSON.parse(readText(p.buildStamp));
  } catch {
    return {};
  }
}

function isBuilt(p) {
  const key = buildKey(p);
  const stamp = readStamp(p);
  return (
    stamp.pom === key.pom &&
    stamp.source === key.source &&
    fs.existsSync(p.launcherClass) &&
    fs.existsSync(p.lib) &&
    fs.readdirSync(p.lib).some((f) => f.endsWith('.jar'))
  );
}

/** Fetch Neo4j into lib/ and compile the launcher unless already done for this pom + source. */
export async function ensureBuilt(p, log) {
  if (isBuilt(p)) return false;
  fs.mkdirSync(p.target, { recursive: true });
  return withLock(p.buildLock, BUILD_TIMEOUT_MS, async () => {
    if (isBuilt(p)) return false;
    if (!hasMaven()) throw new Error(MISSING_TOOLS);
    const version = /<neo4j\.version>([^<]+)</.exec(readText(p.pom))?.[1] ?? '5';
    // A lib/ from another pom (older Neo4j version) would put two versions on
    // the classpath: start it afresh. Otherwise keep it, other instances may be
    // running from it.
    const fetch = readStamp(p).pom !== buildKey(p).pom || !fs.existsSync(p.lib);
    if (fetch) {
      log(`neo4j: fetching Neo4j ${version} with Maven and compiling the launcher (first run only)…`);
      fs.rmSync(p.lib, { recursive: true, force: true });
    } else {
      log('neo4j: compiling the launcher…');
    }
    fs.rmSync(p.buildStamp, { force: true });
    const t = Date.now();
    const { code, output } = await run('mvn', ['-q', '-B', '-f', p.pom, 'package'], p.dir);
    if (code !== 0) {
      const lines = output.trim().split('\n');
      log(lines.slice(-40).join('\n'));
      const err = lines.find((l) => l.includes('[ERROR]')) ?? lines.at(-1) ?? '';
      throw new Error(`neo4j: Maven could not build the launcher (exit ${code}): ${err.trim()}`);
    }
    fs.writeFileSync(p.buildStamp, `${JSON.stringify(buildKey(p))}\n`);
    log(`neo4j: ${fetch ? 'fetched and compiled' : 'compiled'} in ${((Date.now() - t) / 1000).toFixed(1)} s`);
    return true;
  });
}

function run(cmd, args, cwd) {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('error', (err) => resolve({ code: -1, output: `${output}\n${err.message}` }));
    child.on('close', (code) => resolve({ code, output }));
  });
}

/**
 * Cross-process lock: mkdir is atomic. The owner's pid is written inside so a
 * lock left by a dead process is taken over.
 */
export async function withLock(lockDir, timeoutMs, fn) {
  const owner = path.join(lockDir, 'owner');
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      fs.mkdirSync(lockDir);
      fs.writeFileSync(owner, `${process.pid}\n`);
      break;
    } catch (err) {
      if (err.code !== 'EEXIST') throw err;
      const holder = Number.parseInt(readText(owner), 10);
      let age = 0;
      try {
        age = Date.now() - fs.statSync(lockDir).mtimeMs;
      } catch {
        continue; // released in between
      }
      const stale = Number.isInteger(holder) ? !isAlive(holder) : age > 10_000;
      if (stale || age > timeoutMs) {
        fs.rmSync(lockDir, { recursive: true, force: true });
        continue;
      }
      if (Date.now() > deadline) throw new Error(`neo4j: timed out waiting for ${lockDir}`);
      await sleep(250);
    }
  }
  try {
    return await fn();
  } finally {
    fs.rmSync(lockDir, { recursive: true, force: true });
  }
}

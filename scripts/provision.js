#!/usr/bin/env node
/**
 * The first step of `npm test` and of `npm start` (--for start): makes sure the machine has what
 * the command needs, from Debian's packages, before anything else runs.
 *
 * - Chromium at /usr/bin/chromium (or CHROMIUM_PATH): the explorer's browser test (tests only).
 * - Java 17 or newer: the local Neo4j (not needed with NEO4J_TEST_URI for tests, NEO4J_URI to start).
 * - Maven: builds that Neo4j's launcher on first use (not needed once neo4j-local/target is built).
 *
 * What is missing is installed with apt-get when the user may (root, or sudo without a password);
 * otherwise, or with DIPLOGRAPH_PROVISION=check, it stops at once and prints the one command to run.
 */
'use strict';
const { spawnSync } = require('node:child_process');
const { existsSync } = require('node:fs');
const { join } = require('node:path');

const ROOT = join(__dirname, '..');
const LAUNCHER = join(ROOT, 'neo4j-local', 'target', 'classes', 'diplograph', 'Neo4jLocal.class');

/** The requirements, as data: a Debian package each, when it is needed and how to see it is there. */
const REQUIREMENTS = [
  {
    what: 'Chromium',
    pkg: 'chromium',
    why: 'the browser test of the explorer',
    needed: (env, purpose) => purpose === 'test',
    present: (env) => existsSync(env.CHROMIUM_PATH || '/usr/bin/chromium'),
  },
  {
    what: 'Java 17',
    pkg: 'openjdk-17-jdk-headless',
    why: 'the local Neo4j',
    needed: (env, purpose) => !usesServer(env, purpose),
    present: () => (javaMajor() ?? 0) >= 17,
  },
  {
    what: 'Maven',
    pkg: 'maven',
    why: 'building the local Neo4j launcher on first use',
    needed: (env, purpose) => !usesServer(env, purpose) && !existsSync(LAUNCHER),
    present: () => runs('mvn', ['-v']),
  },
];

/** npm start with NEO4J_URI, or npm test with NEO4J_TEST_URI, uses a Neo4j server: no local one to run. */
function usesServer(env, purpose) {
  return Boolean(purpose === 'test' ? env.NEO4J_TEST_URI : env.NEO4J_URI);
}

function runs(command, args) {
  const result = spawnSync(command, args, { stdio: 'ignore' });
  return !result.error && result.status === 0;
}

/** The major version of `java` on PATH ("1.8.0" is 8), or undefined when there is none. */
function javaMajor() {
  const result = spawnSync('java', ['-version'], { encoding: 'utf8' });
  if (result.error || result.status !== 0) return undefined;
  const version = /version "(\d+)(?:\.(\d+))?/.exec(result.stderr + result.stdout);
  if (!version) return undefined;
  return version[1] === '1' ? Number(version[2]) : Number(version[1]);
}

/** The machine, as the decision needs it. */
function observe(env, purpose) {
  return {
    missing: REQUIREMENTS.filter((r) => r.needed(env, purpose) && !r.present(env)),
    root: typeof process.getuid === 'function' && process.getuid() === 0,
    sudo: runs('sudo', ['-n', 'true']),
    sudoExists: runs('sh', ['-c', 'command -v sudo']),
    apt: runs('sh', ['-c', 'command -v apt-get']),
    checkOnly: env.DIPLOGRAPH_PROVISION === 'check',
  };
}

/**
 * What to do, from what is observed: nothing, install (with or without sudo), or refuse with the
 * one command for the user to run. Pure, so a unit test covers every branch.
 */
function decide({ missing, root, sudo, sudoExists, apt, checkOnly }) {
  if (missing.length === 0) return { action: 'none' };
  const pkgs = missing.map((r) => r.pkg);
  const install = `apt-get install -y ${pkgs.join(' ')}`;
  if (!apt) {
    return { action: 'refuse', reason: 'no apt-get on this machine', command: undefined, pkgs };
  }
  if (!checkOnly && (root || sudo)) {
    return { action: 'install', sudo: !root, pkgs };
  }
  const reason = checkOnly ? 'DIPLOGRAPH_PROVISION=check' : sudoExists ? 'not root, and sudo asks for a password' : 'not root, and no sudo';
  let command = `apt-get update && ${install}`;
  if (!root) command = sudoExists ? `sudo apt-get update && sudo ${install}` : `su -c '${command}'`;
  return { action: 'refuse', reason, command, pkgs };
}

function explainMissing(missing) {
  return missing.map((r) => `  - ${r.what} (${r.pkg}): ${r.why}`).join('\n');
}

function refuse(decision, missing) {
  const lines = [`npm ${PURPOSE}: this machine lacks what it needs:`, explainMissing(missing)];
  if (decision.command) {
    lines.push(`Not installing them (${decision.reason}). Run this once, then npm ${PURPOSE} again:`, '', `  ${decision.command}`, '');
  } else {
    lines.push("There is no apt-get here: install them with your system's packages;",
      'Chromium may be anywhere if CHROMIUM_PATH names it, and NEO4J_TEST_URI spares Java and Maven.');
  }
  process.stderr.write(lines.join('\n') + '\n');
  return 1;
}

function apt(args, sudo) {
  const [command, argv] = sudo ? ['sudo', ['-n', 'apt-get', ...args]] : ['apt-get', args];
  const result = spawnSync(command, argv, {
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
  if (result.error || result.status !== 0) throw new Error(`${command} ${argv.join(' ')} failed (exit ${result.status})`);
}

function installMissing(decision, missing) {
  const started = Date.now();
  process.stderr.write(`npm ${PURPOSE}: installing what it needs from Debian's packages:\n${explainMissing(missing)}\n`);
  apt(['update', '-qq'], decision.sudo);
  apt(['install', '-y', '-qq', ...decision.pkgs], decision.sudo);
  const still = missing.filter((r) => !r.present(process.env));
  if (still.length > 0) throw new Error(`still missing after apt-get install: ${still.map((r) => r.what).join(', ')}`);
  process.stderr.write(`npm ${PURPOSE}: installed ${decision.pkgs.join(' ')} in ${((Date.now() - started) / 1000).toFixed(0)} s\n`);
  return 0;
}

function main() {
  const machine = observe(process.env, PURPOSE);
  const decision = decide(machine);
  if (decision.action === 'none') return 0;
  if (decision.action === 'refuse') return refuse(decision, machine.missing);
  try {
    return installMissing(decision, machine.missing);
  } catch (error) {
    process.stderr.write(`npm ${PURPOSE}: ${error.message}\n`);
    return 1;
  }
}

/** `npm test` (the default) or `npm start` (--for start): what the command about to run needs. */
const PURPOSE = process.argv.includes('--for') ? process.argv[process.argv.indexOf('--for') + 1] : 'test';

module.exports = { REQUIREMENTS, decide };

if (require.main === module) process.exitCode = main();

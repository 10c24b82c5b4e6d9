import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const BIN = resolve(__dirname, '..', '..', 'bin', 'diplograph.js');

describe('diplograph db', () => {
  it('says what to do, and exits non-zero, when java is missing', () => {
    const emptyPath = mkdtempSync(join(tmpdir(), 'nojava-'));
    const result = spawnSync(process.execPath, [BIN, 'db', 'start'], {
      env: { PATH: emptyPath, NEO4J_LOCAL_PORT: '7699', NEO4J_LOCAL_DIR: join(emptyPath, 'db') },
      encoding: 'utf8',
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/needs Java 17 or newer, and "java" is not on PATH/);
    expect(result.stderr).toMatch(/NEO4J_URI/);
    expect(result.stderr).toMatch(/docker compose/i);
  });

  it('reports status of a local Neo4j that is not running with exit code 3', () => {
    const dir = mkdtempSync(join(tmpdir(), 'nodb-'));
    const result = spawnSync(process.execPath, [BIN, 'db', 'status'], { env: { ...process.env, NEO4J_LOCAL_PORT: '7698', NEO4J_LOCAL_DIR: dir }, encoding: 'utf8' });
    expect(result.status).toBe(3);
    expect(result.stdout).toMatch(/^stopped \(bolt:\/\/127\.0\.0\.1:7698/);
  });
});

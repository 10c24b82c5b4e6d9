/** The first step of `npm test` (scripts/provision.js): what it decides to install, or to ask for. */

interface Requirement {
  what: string;
  pkg: string;
  needed: (env: NodeJS.ProcessEnv, purpose: 'test' | 'start') => boolean;
}
interface Machine {
  missing: Requirement[];
  root: boolean;
  sudo: boolean;
  sudoExists: boolean;
  apt: boolean;
  checkOnly: boolean;
}
interface Decision {
  action: 'none' | 'install' | 'refuse';
  sudo?: boolean;
  pkgs?: string[];
  command?: string;
}
// eslint-disable-next-line @typescript-eslint/no-var-requires
const provision: { REQUIREMENTS: Requirement[]; decide: (m: Machine) => Decision } = require('../../scripts/provision.js');

const requirement = (pkg: string) => provision.REQUIREMENTS.find((r) => r.pkg === pkg)!;
const chromium = requirement('chromium');
const java = requirement('openjdk-17-jdk-headless');
const maven = requirement('maven');

const debianUser: Machine = { missing: [chromium], root: false, sudo: false, sudoExists: true, apt: true, checkOnly: false };

describe('what npm test installs before it runs', () => {
  it('does nothing when nothing is missing, whoever runs it', () => {
    expect(provision.decide({ ...debianUser, missing: [] }).action).toBe('none');
    expect(provision.decide({ ...debianUser, missing: [], apt: false }).action).toBe('none');
  });

  it('installs the missing packages directly as root', () => {
    expect(provision.decide({ ...debianUser, root: true, missing: [chromium, maven] }))
      .toEqual({ action: 'install', sudo: false, pkgs: ['chromium', 'maven'] });
  });

  it('installs through sudo when sudo needs no password', () => {
    expect(provision.decide({ ...debianUser, sudo: true })).toEqual({ action: 'install', sudo: true, pkgs: ['chromium'] });
  });

  it('stops with the one sudo command when sudo would ask for a password', () => {
    const decision = provision.decide({ ...debianUser, missing: [chromium, java] });
    expect(decision.action).toBe('refuse');
    expect(decision.command).toBe('sudo apt-get update && sudo apt-get install -y chromium openjdk-17-jdk-headless');
  });

  it('stops with an su command on a machine without sudo', () => {
    const decision = provision.decide({ ...debianUser, sudoExists: false });
    expect(decision.command).toBe("su -c 'apt-get update && apt-get install -y chromium'");
  });

  it('never installs with DIPLOGRAPH_PROVISION=check, even as root: it prints the command instead', () => {
    const decision = provision.decide({ ...debianUser, root: true, checkOnly: true });
    expect(decision.action).toBe('refuse');
    expect(decision.command).toBe('apt-get update && apt-get install -y chromium');
  });

  it('gives no Debian command where there is no apt-get', () => {
    const decision = provision.decide({ ...debianUser, root: true, apt: false });
    expect(decision.action).toBe('refuse');
    expect(decision.command).toBeUndefined();
  });
});

describe('which requirements apply', () => {
  it('wants Chromium for the tests (the browser test), not to start the product', () => {
    expect(chromium.needed({ NEO4J_TEST_URI: 'bolt://elsewhere:7687' }, 'test')).toBe(true);
    expect(chromium.needed({}, 'start')).toBe(false);
  });

  it('spares Java and Maven when the tests use a Neo4j of their own (NEO4J_TEST_URI)', () => {
    expect(java.needed({}, 'test')).toBe(true);
    expect(java.needed({ NEO4J_TEST_URI: 'bolt://elsewhere:7687' }, 'test')).toBe(false);
    expect(maven.needed({ NEO4J_TEST_URI: 'bolt://elsewhere:7687' }, 'test')).toBe(false);
  });

  it('wants Java for npm start on the embedded Neo4j, and not with a server (NEO4J_URI)', () => {
    expect(java.needed({}, 'start')).toBe(true);
    expect(java.needed({ NEO4J_URI: 'neo4j://db:7687' }, 'start')).toBe(false);
    expect(java.needed({ NEO4J_URI: 'neo4j://db:7687' }, 'test')).toBe(true);
  });
});

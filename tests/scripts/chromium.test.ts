// Each branch of the browser finder, driven through its probes: nothing is installed nor looked up.
import { describe, expect, it } from 'vitest';
import { findChromium, NOT_FOUND, type Probes } from '../../scripts/chromium.mts';

const PLAYWRIGHT = '/root/.cache/ms-playwright/chromium-1/chrome-linux64/chrome';

type Machine = {
  env?: Record<string, string>;
  onPath?: Record<string, string>;
  files?: string[];
  root?: boolean;
  /** Exit code of each command by its first word; a command may also "install" files or put names on PATH. */
  commands?: Record<string, { code: number; installs?: string[]; puts?: Record<string, string> }>;
};

function machine(m: Machine) {
  const files = new Set(m.files ?? []);
  const onPath = { ...m.onPath };
  const ran: string[] = [];
  const logged: string[] = [];
  const probes: Probes = {
    env: m.env ?? {},
    which: (name) => onPath[name],
    exists: (file) => files.has(file),
    run: (command, args) => {
      ran.push([command, ...args].join(' '));
      const outcome = m.commands?.[`${command} ${args[0]}`] ?? m.commands?.[command] ?? { code: 1 };
      for (const file of outcome.installs ?? []) files.add(file);
      Object.assign(onPath, outcome.puts);
      return outcome.code;
    },
    playwrightChromium: () => PLAYWRIGHT,
    isRoot: () => m.root ?? false,
    log: (line) => logged.push(line),
  };
  return { probes, ran, logged };
}

describe('findChromium', () => {
  it('takes CHROMIUM_PATH first, before anything on PATH', () => {
    const { probes, ran } = machine({ env: { CHROMIUM_PATH: '/opt/chrome/chrome' }, files: ['/opt/chrome/chrome'], onPath: { chromium: '/usr/bin/chromium' } });
    expect(findChromium(probes)).toEqual({ path: '/opt/chrome/chrome', source: 'CHROMIUM_PATH' });
    expect(ran).toEqual([]);
  });

  it('says so when CHROMIUM_PATH names no file, without looking elsewhere', () => {
    const { probes } = machine({ env: { CHROMIUM_PATH: '/nowhere/chrome' }, onPath: { chromium: '/usr/bin/chromium' } });
    expect(findChromium(probes)).toEqual({ error: 'CHROMIUM_PATH=/nowhere/chrome : fichier introuvable.' });
  });

  it.each([
    ['chromium', '/usr/bin/chromium'],
    ['chromium-browser', '/usr/bin/chromium-browser'],
    ['google-chrome', '/usr/bin/google-chrome'],
  ])('finds a system browser named %s on PATH', (name, file) => {
    const { probes, ran } = machine({ onPath: { [name]: file }, files: [PLAYWRIGHT] });
    expect(findChromium(probes)).toEqual({ path: file, source: 'système' });
    expect(ran).toEqual([]);
  });

  it('prefers chromium to chromium-browser to google-chrome', () => {
    const { probes } = machine({ onPath: { 'google-chrome': '/usr/bin/google-chrome', 'chromium-browser': '/usr/bin/chromium-browser' } });
    expect(findChromium(probes)).toEqual({ path: '/usr/bin/chromium-browser', source: 'système' });
  });

  it("uses Playwright's own browser when it is already installed", () => {
    const { probes, ran } = machine({ files: [PLAYWRIGHT], root: true, commands: { [`${PLAYWRIGHT} --version`]: { code: 0 } } });
    expect(findChromium(probes)).toEqual({ path: PLAYWRIGHT, source: 'Playwright' });
    expect(ran).toEqual([`${PLAYWRIGHT} --version`]);
  });

  it("installs Playwright's browser when the download works", () => {
    const { probes, ran, logged } = machine({
      commands: { npx: { code: 0, installs: [PLAYWRIGHT] }, [`${PLAYWRIGHT} --version`]: { code: 0 } },
      root: true,
      files: ['/etc/debian_version'],
    });
    expect(findChromium(probes)).toEqual({ path: PLAYWRIGHT, source: 'Playwright' });
    expect(ran).toEqual(['npx playwright install chromium', `${PLAYWRIGHT} --version`]);
    expect(logged).toHaveLength(1);
  });

  it("passes over a Playwright browser that cannot start (system libraries missing) for apt-get's", () => {
    const { probes, ran } = machine({
      root: true,
      files: ['/etc/debian_version'],
      onPath: { 'apt-get': '/usr/bin/apt-get' },
      commands: {
        npx: { code: 0, installs: [PLAYWRIGHT] },
        [`${PLAYWRIGHT} --version`]: { code: 127 },
        'apt-get update': { code: 0 },
        'apt-get install': { code: 0, puts: { chromium: '/usr/bin/chromium' } },
      },
    });
    expect(findChromium(probes)).toEqual({ path: '/usr/bin/chromium', source: 'apt-get' });
    expect(ran).toEqual(['npx playwright install chromium', `${PLAYWRIGHT} --version`, 'apt-get update -qq', 'apt-get install -y -qq chromium']);
  });

  it('falls back to apt-get on Debian as root when the download fails', () => {
    const { probes, ran } = machine({
      root: true,
      files: ['/etc/debian_version'],
      onPath: { 'apt-get': '/usr/bin/apt-get' },
      commands: { npx: { code: 1 }, 'apt-get update': { code: 0 }, 'apt-get install': { code: 0, puts: { chromium: '/usr/bin/chromium' } } },
    });
    expect(findChromium(probes)).toEqual({ path: '/usr/bin/chromium', source: 'apt-get' });
    expect(ran).toEqual(['npx playwright install chromium', 'apt-get update -qq', 'apt-get install -y -qq chromium']);
  });

  it('does not install when apt-get update fails', () => {
    const { probes, ran } = machine({ root: true, files: ['/etc/debian_version'], onPath: { 'apt-get': '/usr/bin/apt-get' }, commands: { 'apt-get update': { code: 100 } } });
    expect(findChromium(probes)).toEqual({ error: NOT_FOUND });
    expect(ran).toEqual(['npx playwright install chromium', 'apt-get update -qq']);
  });

  it.each([
    ['not root', { root: false, files: ['/etc/debian_version'], onPath: { 'apt-get': '/usr/bin/apt-get' } }],
    ['not Debian', { root: true, onPath: { 'apt-get': '/usr/bin/apt-get' } }],
    ['without apt-get', { root: true, files: ['/etc/debian_version'] }],
  ])('gives one line saying what to do when %s and offline', (_case, m: Machine) => {
    const { probes, ran } = machine(m);
    expect(findChromium(probes)).toEqual({ error: NOT_FOUND });
    expect(ran).toEqual(['npx playwright install chromium']);
    expect(NOT_FOUND).not.toContain('\n');
    expect(NOT_FOUND).toMatch(/CHROMIUM_PATH/);
  });

  it('only looks, never installs, when asked to look only', () => {
    const { probes, ran } = machine({ root: true, files: ['/etc/debian_version'], onPath: { 'apt-get': '/usr/bin/apt-get' }, commands: { npx: { code: 0, installs: [PLAYWRIGHT] } } });
    expect(findChromium(probes, { install: false })).toEqual({ error: NOT_FOUND });
    expect(ran).toEqual([]);
  });
});

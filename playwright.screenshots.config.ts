// npm run screenshots: the main configuration (same build, servers and browser) on the
// screenshot walk only. The images land in screenshots/ (git-ignored).
import { defineConfig } from '@playwright/test';
import main from './playwright.config';

export default defineConfig({ ...main, testDir: 'tests/screenshots', timeout: 120_000 });

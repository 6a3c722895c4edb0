import { defineConfig } from 'vitest/config';

const shared = {
  testTimeout: 60_000,
  hookTimeout: 60_000,
  pool: 'forks',
  globalSetup: ['test/global-setup.ts'],
} as const;

export default defineConfig({
  test: {
    reporters: ['default'],
    projects: [
      { test: { ...shared, name: 'default', include: ['src/**/*.test.ts', 'test/**/*.test.ts'] } },
      // The Teams suite once more, against the Bot Framework adapter (TEAMS_ADAPTER=botbuilder; the default is teams-sdk; test/teams/adapter-under-test.ts).
      { test: { ...shared, name: 'botbuilder', include: ['test/teams/**/*.test.ts'], env: { TEAMS_ADAPTER: 'botbuilder' } } },
    ],
  },
});

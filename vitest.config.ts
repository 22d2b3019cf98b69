import { defineConfig } from 'vitest/config';

export default defineConfig({
	test: {
		projects: [
			{ test: { name: 'unit', include: ['tests/{unit,scripts}/**/*.test.ts'] } },
			{
				test: {
					name: 'site',
					include: ['tests/{build,e2e,errors}/**/*.test.ts'],
					// Builds the test sites once and serves them (tests/setup/global.ts).
					globalSetup: ['tests/setup/global.ts'],
					testTimeout: 60_000,
					hookTimeout: 240_000,
				},
			},
		],
		// Browser tests start Chromium; two at once is what this machine's two cores take.
		maxWorkers: 2,
		// CI reads the counts from this report (.ci/run prints them as "N passed, N failed").
		reporters: process.env['CI'] ? ['default', ['json', { outputFile: '.tools/vitest-report.json' }]] : ['default'],
	},
});

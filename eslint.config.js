import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import astro from 'eslint-plugin-astro';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/**
 * ESLint, run by `npm run lint` and `npm test`. TypeScript files get the type-aware rules (the project's
 * tsconfig through the project service): a floating promise in a browser script or an `any` leaking out
 * of parsed content is a bug a reader would meet. Astro components get Astro's own rules and the
 * TypeScript rules that need no types (their front matter is also type-checked by `astro check`). The
 * service worker is plain JavaScript in a worker scope (type-checked on its own: tsconfig.sw.json).
 */
export default defineConfig(
	{ ignores: ['dist/', '.astro/', '.tools/', '.bench/', 'node_modules/', 'public/', 'tests/fixtures/'] },
	js.configs.recommended,
	...tseslint.configs.strict,
	...astro.configs['flat/recommended'],
	{
		files: ['**/*.ts'],
		extends: [...tseslint.configs.strictTypeCheckedOnly, ...tseslint.configs.stylisticTypeCheckedOnly],
		languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
		rules: {
			// Template literals with numbers are how this code writes figures and sizes.
			'@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
			// `x!` after a check TypeScript cannot follow (e.g. an index within bounds) is used deliberately.
			'@typescript-eslint/no-non-null-assertion': 'off',
			// tsconfig's noPropertyAccessFromIndexSignature asks for `env['CI']`: the two rules would fight.
			'@typescript-eslint/dot-notation': 'off',
			// `env['X'] || fallback` means "unset or empty": `??` would keep an empty string.
			'@typescript-eslint/prefer-nullish-coalescing': ['error', { ignorePrimitives: { string: true, boolean: true } }],
			// `() => el.remove()` in a handler is clear; braces would add nothing.
			'@typescript-eslint/no-confusing-void-expression': ['error', { ignoreArrowShorthand: true }],
			// An async event handler is how the browser scripts work; unhandled rejections are still caught
			// by no-floating-promises.
			'@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { arguments: false } }],
			// `const { a: _a, ...rest } = x` leaves out a field on purpose.
			'@typescript-eslint/no-unused-vars': ['error', { ignoreRestSiblings: true, varsIgnorePattern: '^_' }],
		},
	},
	{
		files: ['src/scripts/**/*.ts'],
		languageOptions: { globals: globals.browser },
		rules: {
			// The DOM types promise what old Android WebViews and WeChat's browser may lack
			// (indexedDB.databases, requestFullscreen, the wake lock, a textContent): these scripts test for it.
			'@typescript-eslint/no-unnecessary-condition': 'off',
		},
	},
	{
		files: ['src/lib/markdown/**/*.ts'],
		rules: {
			// The compiler's trees are typed as complete, but a root has no parent and a node made by a
			// plugin may lack its properties: the plugins check.
			'@typescript-eslint/no-unnecessary-condition': 'off',
		},
	},
	{
		files: ['tests/**/*.ts'],
		rules: {
			// Tests read JSON from built files and assert on its shape with expect(): the assertion is the check.
			'@typescript-eslint/no-unsafe-assignment': 'off',
			'@typescript-eslint/no-unsafe-member-access': 'off',
			'@typescript-eslint/no-unsafe-call': 'off',
			// `browser?.close()` in afterAll: the browser is missing when beforeAll failed.
			'@typescript-eslint/no-unnecessary-condition': 'off',
		},
	},
	{
		files: ['src/scripts/sw.js'],
		languageOptions: { globals: globals.serviceworker, sourceType: 'script' },
	},
	{
		files: ['scripts/**', 'tests/**', '*.config.ts', 'src/integrations/**', 'src/lib/**'],
		languageOptions: { globals: globals.node },
	},
);

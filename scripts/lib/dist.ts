import { builtPath } from '../../src/lib/paths.ts';
export { listFiles } from '../../src/lib/files.ts';

/** The address path of a built HTML file, with the base: `zh/prep/index.html` → `/roses/zh/prep/`. */
export function pathOf(file: string, base: string): string {
	return builtPath(base, file);
}

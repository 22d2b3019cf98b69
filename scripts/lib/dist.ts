import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** Every file under a built site folder, relative to it, with forward slashes, sorted. */
export function listFiles(dir: string): string[] {
	return readdirSync(dir, { recursive: true, withFileTypes: true })
		.filter((entry) => entry.isFile())
		.map((entry) => relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/'))
		.sort();
}

/** The address path of a built HTML file, with the base: `zh/prep/index.html` → `/roses/zh/prep/`. */
export function pathOf(file: string, base: string): string {
	return base + file.replace(/(^|\/)index\.html$/, '$1');
}

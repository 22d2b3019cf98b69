/**
 * A front-matter value as text, read before the schema has checked it (the page model, the reference
 * marks, `npm run sources`): a string, number, boolean or date as written; a list, a map or nothing
 * as '' (the schema then names the field and the fix).
 */
export function scalarText(value: unknown): string {
	if (typeof value === 'string') return value;
	if (typeof value === 'number' || typeof value === 'boolean') return String(value);
	if (value instanceof Date) return value.toISOString().slice(0, 10);
	return '';
}

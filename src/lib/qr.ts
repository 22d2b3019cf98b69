import { encode } from 'uqr';

/**
 * A QR code as one SVG path, drawn at build time (no network, no script): runs of dark modules on a
 * row become one rectangle each, which keeps the markup small. Returns the viewBox size and path.
 */
export function qrPath(text: string): { size: number; d: string } {
	const { data } = encode(text, { ecc: 'M', border: 2 });
	let d = '';
	data.forEach((row, y) => {
		let x = 0;
		while (x < row.length) {
			if (!row[x]) {
				x++;
				continue;
			}
			let end = x;
			while (row[end]) end++;
			d += `M${x} ${y}h${end - x}v1h${x - end}z`;
			x = end;
		}
	});
	return { size: data.length, d };
}

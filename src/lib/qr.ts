import { encode } from 'uqr';

/**
 * A QR code as one SVG path, drawn at build time (no network, no script): each run of dark modules on
 * a row is one horizontal line, 1 unit thick, drawn with `stroke` through the middle of the row. A row
 * starts with an absolute move (`M x y.5`), the next runs on it move relatively (`m dx 0`): the
 * smallest markup. Returns the viewBox size and path.
 */
export function qrPath(text: string): { size: number; d: string } {
	const { data } = encode(text, { ecc: 'M', border: 2 });
	let d = '';
	data.forEach((row, y) => {
		let x = 0;
		let pen: number | undefined;
		while (x < row.length) {
			if (!row[x]) {
				x++;
				continue;
			}
			let end = x;
			while (row[end]) end++;
			d += pen === undefined ? `M${x} ${y}.5h${end - x}` : `m${x - pen} 0h${end - x}`;
			pen = end;
			x = end;
		}
	});
	return { size: data.length, d };
}

/**
 * The QR code as an SVG file, `qr.svg` beside each page. The printed leaflet shows it; a page links it
 * as a lazy image in a print-only block, which a browser fetches only to print, never on a visit.
 */
export function qrSvg(text: string): string {
	const { size, d } = qrPath(text);
	return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${size} ${size}"><path d="${d}" stroke="#000"/></svg>\n`;
}

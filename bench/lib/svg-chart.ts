/** A small line chart as SVG: latency (log scale) against concurrency, one line per series. */
export interface Series {
  readonly name: string;
  readonly color: string;
  readonly dash?: string;
  readonly points: ReadonlyArray<{ x: number; y: number }>;
}

const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

export function lineChartSvg(title: string, xLabel: string, yLabel: string, series: readonly Series[], xs: readonly number[]): string {
  const width = 760;
  const height = 420;
  const left = 70;
  const right = 230;
  const top = 40;
  const bottom = 50;
  const plotW = width - left - right;
  const plotH = height - top - bottom;
  const ys = series.flatMap((s) => s.points.map((p) => p.y)).filter((y) => y > 0);
  const yMin = 10 ** Math.floor(Math.log10(Math.min(...ys)));
  const yMax = 10 ** Math.ceil(Math.log10(Math.max(...ys)));
  const xPos = (x: number) => left + (xs.indexOf(x) / (xs.length - 1)) * plotW;
  const yPos = (y: number) => top + plotH - ((Math.log10(Math.max(y, yMin)) - Math.log10(yMin)) / (Math.log10(yMax) - Math.log10(yMin))) * plotH;
  const parts: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" font-family="sans-serif" font-size="12" role="img">`,
    `<title>${escapeXml(title)}</title>`,
    `<rect width="100%" height="100%" fill="#fff"/>`,
    `<text x="${left}" y="22" font-size="15" font-weight="bold">${escapeXml(title)}</text>`,
  ];
  for (let decade = yMin; decade <= yMax; decade *= 10) {
    const y = yPos(decade);
    parts.push(`<line x1="${left}" x2="${left + plotW}" y1="${y}" y2="${y}" stroke="#ddd"/>`, `<text x="${left - 8}" y="${y + 4}" text-anchor="end">${decade}</text>`);
  }
  for (const x of xs) parts.push(`<text x="${xPos(x)}" y="${top + plotH + 18}" text-anchor="middle">${x}</text>`);
  parts.push(
    `<line x1="${left}" x2="${left}" y1="${top}" y2="${top + plotH}" stroke="#333"/>`,
    `<line x1="${left}" x2="${left + plotW}" y1="${top + plotH}" y2="${top + plotH}" stroke="#333"/>`,
    `<text x="${left + plotW / 2}" y="${height - 12}" text-anchor="middle">${escapeXml(xLabel)}</text>`,
    `<text transform="translate(18 ${top + plotH / 2}) rotate(-90)" text-anchor="middle">${escapeXml(yLabel)}</text>`,
  );
  series.forEach((s, i) => {
    const path = s.points.map((p, j) => `${j === 0 ? 'M' : 'L'}${xPos(p.x).toFixed(1)},${yPos(p.y).toFixed(1)}`).join(' ');
    parts.push(`<path d="${path}" fill="none" stroke="${s.color}" stroke-width="2"${s.dash ? ` stroke-dasharray="${s.dash}"` : ''}/>`);
    for (const p of s.points) parts.push(`<circle cx="${xPos(p.x).toFixed(1)}" cy="${yPos(p.y).toFixed(1)}" r="3" fill="${s.color}"/>`);
    const ly = top + 10 + i * 18;
    parts.push(
      `<line x1="${left + plotW + 15}" x2="${left + plotW + 40}" y1="${ly}" y2="${ly}" stroke="${s.color}" stroke-width="2"${s.dash ? ` stroke-dasharray="${s.dash}"` : ''}/>`,
      `<text x="${left + plotW + 46}" y="${ly + 4}">${escapeXml(s.name)}</text>`,
    );
  });
  parts.push('</svg>');
  return parts.join('\n');
}

export interface BarGroup {
  /** What the group is, e.g. "20 concurrent conversations". */
  readonly label: string;
  /** One bar per series, in series order; NaN for none. */
  readonly values: readonly number[];
}

/**
 * Grouped bars (linear scale from 0) as an accessible SVG: role img with a
 * title and a description that carries every value as text, a value printed
 * on every bar and a legend, so nothing depends on telling colours apart.
 */
export function barChartSvg(title: string, yLabel: string, series: ReadonlyArray<{ name: string; color: string }>, groups: readonly BarGroup[], description: string): string {
  const width = 760;
  const height = 440;
  const left = 70;
  const right = 230;
  const top = 40;
  const bottom = 50;
  const plotW = width - left - right;
  const plotH = height - top - bottom;
  const all = groups.flatMap((g) => g.values).filter(Number.isFinite);
  const step = 10 ** Math.floor(Math.log10(Math.max(...all, 1)));
  const yMax = Math.ceil(Math.max(...all, 1) / step) * step;
  const yPos = (y: number) => top + plotH - (y / yMax) * plotH;
  const groupW = plotW / groups.length;
  const barW = Math.min(36, (groupW * 0.8) / series.length);
  const parts: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" font-family="sans-serif" font-size="12" role="img" aria-labelledby="chart-title chart-desc">`,
    `<title id="chart-title">${escapeXml(title)}</title>`,
    `<desc id="chart-desc">${escapeXml(description)}</desc>`,
    `<rect width="100%" height="100%" fill="#fff"/>`,
    `<text x="${left}" y="22" font-size="15" font-weight="bold" aria-hidden="true">${escapeXml(title)}</text>`,
    '<g aria-hidden="true">',
  ];
  for (let i = 0; i <= 4; i++) {
    const value = (yMax / 4) * i;
    const y = yPos(value);
    parts.push(`<line x1="${left}" x2="${left + plotW}" y1="${y}" y2="${y}" stroke="#ddd"/>`, `<text x="${left - 8}" y="${y + 4}" text-anchor="end">${Math.round(value)}</text>`);
  }
  groups.forEach((g, gi) => {
    const x0 = left + gi * groupW + (groupW - barW * series.length) / 2;
    g.values.forEach((v, si) => {
      if (!Number.isFinite(v)) return;
      const x = x0 + si * barW;
      parts.push(
        `<rect x="${x.toFixed(1)}" y="${yPos(v).toFixed(1)}" width="${(barW - 3).toFixed(1)}" height="${(top + plotH - yPos(v)).toFixed(1)}" fill="${series[si]!.color}"><title>${escapeXml(`${series[si]!.name}, ${g.label}: ${v}`)}</title></rect>`,
        `<text x="${(x + (barW - 3) / 2).toFixed(1)}" y="${(yPos(v) - 4).toFixed(1)}" text-anchor="middle" font-size="10">${Math.round(v)}</text>`,
      );
    });
    parts.push(`<text x="${(left + gi * groupW + groupW / 2).toFixed(1)}" y="${top + plotH + 18}" text-anchor="middle">${escapeXml(g.label)}</text>`);
  });
  parts.push(
    `<line x1="${left}" x2="${left}" y1="${top}" y2="${top + plotH}" stroke="#333"/>`,
    `<line x1="${left}" x2="${left + plotW}" y1="${top + plotH}" y2="${top + plotH}" stroke="#333"/>`,
    `<text transform="translate(18 ${top + plotH / 2}) rotate(-90)" text-anchor="middle">${escapeXml(yLabel)}</text>`,
  );
  series.forEach((s, i) => {
    const ly = top + 10 + i * 20;
    parts.push(`<rect x="${left + plotW + 15}" y="${ly - 7}" width="14" height="14" fill="${s.color}"/>`, `<text x="${left + plotW + 36}" y="${ly + 4}">${escapeXml(s.name)}</text>`);
  });
  parts.push('</g>', '</svg>');
  return parts.join('\n');
}

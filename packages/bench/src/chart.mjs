// The throughput benchmark as an SVG chart: for each call and mode, one bar per client, its
// calls per second as a ratio to the bare node:http floor of the same rounds (the line at 1.0).

const COLORS = ["#2563eb", "#dc2626", "#9333ea", "#c026d3", "#ea580c", "#6b7280", "#059669", "#0891b2"];
const xml = (text) => String(text).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/**
 * `result[scenario][mode][candidate].vsFloor` (from throughput()) as an SVG document.
 * `titles[scenario]` names the calls; `floor` is the candidate every ratio is relative to;
 * `colors[candidate]` fixes a candidate's colour (the others take the palette's in turn).
 */
export function throughputChart(result, { titles, floor, subtitle, colors = {}, target = 0.9 }) {
  const scenarios = Object.keys(result);
  const modes = Object.keys(result[scenarios[0]]);
  const candidates = Object.keys(result[scenarios[0]][modes[0]]).filter((c) => c !== floor);
  const palette = COLORS.filter((c) => !Object.values(colors).includes(c));
  const color = Object.fromEntries(candidates.map((c, i) => [c, colors[c] ?? palette[i % palette.length]]));
  const max = Math.max(
    1.2,
    ...scenarios.flatMap((s) => modes.flatMap((m) => candidates.map((c) => result[s][m][c].vsFloor))),
  );
  const scaleMax = Math.ceil(max * 4) / 4;
  const left = 40;
  const plotLeft = 40;
  const plotWidth = 600;
  const width = plotLeft + plotWidth + 120;
  const bar = 13;
  const gap = 3;
  const groupHeight = 22 + candidates.length * (bar + gap) + 10;
  const legendHeight = 18 * Math.ceil(candidates.length / 2) + 10;
  const top = 58 + legendHeight;
  const height = top + scenarios.length * modes.length * groupHeight + 28;
  const x = (ratio) => plotLeft + (ratio / scaleMax) * plotWidth;
  const parts = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="system-ui, -apple-system, Segoe UI, sans-serif" font-size="12">`,
    `<rect width="100%" height="100%" fill="#ffffff"/>`,
    `<text x="${left}" y="22" font-size="15" font-weight="600">Throughput, as a ratio to bare node:http (1.0 = the floor)</text>`,
    `<text x="${left}" y="40" fill="#4b5563">${xml(subtitle)}</text>`,
  ];
  candidates.forEach((c, i) => {
    const lx = left + (i % 2) * 320;
    const ly = 58 + Math.floor(i / 2) * 18;
    parts.push(
      `<rect x="${lx}" y="${ly - 10}" width="12" height="12" fill="${color[c]}"/>`,
      `<text x="${lx + 18}" y="${ly}">${xml(c)}</text>`,
    );
  });
  const plotTop = top - 6;
  const plotBottom = height - 28;
  for (let tick = 0; tick <= scaleMax + 1e-9; tick += 0.25) {
    const tx = x(tick);
    const strong = Math.abs(tick - 1) < 1e-9;
    parts.push(
      `<line x1="${tx}" y1="${plotTop}" x2="${tx}" y2="${plotBottom}" stroke="${strong ? "#111827" : "#e5e7eb"}" stroke-width="${strong ? 1.5 : 1}"${strong ? ' stroke-dasharray="4 3"' : ""}/>`,
      `<text x="${tx}" y="${plotBottom + 16}" text-anchor="middle" fill="#4b5563">${tick.toFixed(2)}</text>`,
    );
  }
  parts.push(
    `<line x1="${x(target)}" y1="${plotTop}" x2="${x(target)}" y2="${plotBottom}" stroke="#059669" stroke-width="1" stroke-dasharray="2 3"/>`,
    `<text x="${x(target) - 4}" y="${plotTop - 2}" text-anchor="end" fill="#059669" font-size="11">${target.toFixed(2)}× target</text>`,
    `<text x="${x(1) + 4}" y="${plotTop - 2}" fill="#111827" font-size="11">floor</text>`,
  );
  let y = top;
  for (const scenario of scenarios) {
    for (const mode of modes) {
      parts.push(
        `<text x="${left}" y="${y + 14}" font-weight="600">${xml(titles[scenario])}: ${xml(mode === "concurrent" ? "32 concurrent" : mode)}</text>`,
      );
      candidates.forEach((c, i) => {
        const ratio = result[scenario][mode][c].vsFloor;
        const by = y + 22 + i * (bar + gap);
        parts.push(
          `<rect x="${plotLeft}" y="${by}" width="${Math.max(1, x(ratio) - plotLeft).toFixed(1)}" height="${bar}" fill="${color[c]}"><title>${xml(c)}: ${ratio.toFixed(2)}×</title></rect>`,
          `<text x="${(x(ratio) + 4).toFixed(1)}" y="${by + bar - 2}" font-size="11">${ratio.toFixed(2)}×</text>`,
        );
      });
      y += groupHeight;
    }
  }
  parts.push("</svg>", "");
  return parts.join("\n");
}

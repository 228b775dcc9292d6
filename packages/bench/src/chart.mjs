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

/**
 * `pnpm bench:scale`'s results as an SVG document: two panels, creates per second and the time
 * of a page of 1,000, against persons stored (a log scale), one line per build and mode.
 * `results[build][mode].rows[]` with `size`, `createsPerSecond`, `pageMs`.
 */
export function scaleChart(results, { sizes, subtitle }) {
  const series = [];
  const styles = { this: { color: "#2563eb" }, base: { color: "#dc2626" } };
  for (const [build, modes] of Object.entries(results)) {
    for (const [mode, result] of Object.entries(modes)) {
      series.push({
        name: `${build === "this" ? "this build" : "base"}, ${mode === "memory" ? "in memory" : "--data"}`,
        color: styles[build].color,
        dashed: mode !== "memory",
        rows: result.rows,
      });
    }
  }
  const panelWidth = 340;
  const panelHeight = 220;
  const left = 60;
  const top = 90;
  const gap = 80;
  const width = left + 2 * panelWidth + gap + 20;
  const height = top + panelHeight + 60;
  const logMin = Math.log10(Math.min(...sizes));
  const logMax = Math.log10(Math.max(...sizes));
  const x = (size, panel) =>
    left + panel * (panelWidth + gap) + ((Math.log10(size) - logMin) / Math.max(1e-9, logMax - logMin)) * panelWidth;
  const parts = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="system-ui, -apple-system, Segoe UI, sans-serif" font-size="12">`,
    `<rect width="100%" height="100%" fill="#ffffff"/>`,
    `<text x="${left}" y="22" font-size="15" font-weight="600">One large person group: creates per second and a page of 1,000, by persons stored</text>`,
    `<text x="${left}" y="40" fill="#4b5563">${xml(subtitle)}</text>`,
  ];
  series.forEach((s, i) => {
    const lx = left + i * 170;
    parts.push(
      `<line x1="${lx}" y1="58" x2="${lx + 22}" y2="58" stroke="${s.color}" stroke-width="2.5"${s.dashed ? ' stroke-dasharray="6 3"' : ""}/>`,
      `<text x="${lx + 28}" y="62">${xml(s.name)}</text>`,
    );
  });
  const panels = [
    { key: "createsPerSecond", title: "creates per second" },
    { key: "pageMs", title: "page of 1,000 persons (ms)" },
  ];
  panels.forEach((panel, p) => {
    const max = Math.max(1, ...series.flatMap((s) => s.rows.map((r) => r[panel.key])));
    const scaleMax = niceCeiling(max);
    const y = (value) => top + panelHeight - (value / scaleMax) * panelHeight;
    const x0 = left + p * (panelWidth + gap);
    parts.push(`<text x="${x0}" y="${top - 12}" font-weight="600">${xml(panel.title)}</text>`);
    for (let i = 0; i <= 4; i++) {
      const value = (scaleMax * i) / 4;
      parts.push(
        `<line x1="${x0}" y1="${y(value)}" x2="${x0 + panelWidth}" y2="${y(value)}" stroke="#e5e7eb"/>`,
        `<text x="${x0 - 6}" y="${y(value) + 4}" text-anchor="end" fill="#4b5563">${Math.round(value).toLocaleString("en-US")}</text>`,
      );
    }
    for (const size of sizes) {
      parts.push(
        `<text x="${x(size, p)}" y="${top + panelHeight + 16}" text-anchor="middle" fill="#4b5563">${size.toLocaleString("en-US")}</text>`,
      );
    }
    for (const s of series) {
      if (!s.rows.length) continue;
      const points = s.rows.map((r) => `${x(r.size, p).toFixed(1)},${y(r[panel.key]).toFixed(1)}`);
      parts.push(
        `<polyline fill="none" stroke="${s.color}" stroke-width="2.5"${s.dashed ? ' stroke-dasharray="6 3"' : ""} points="${points.join(" ")}"/>`,
        ...s.rows.map((r) => `<circle cx="${x(r.size, p)}" cy="${y(r[panel.key])}" r="3" fill="${s.color}"/>`),
      );
    }
  });
  parts.push(
    `<text x="${left + panelWidth + gap / 2}" y="${height - 14}" text-anchor="middle" fill="#4b5563">persons stored (log scale); a line ends where its build stopped</text>`,
    "</svg>",
  );
  return parts.join("\n");
}

/** 1, 2 or 5 times a power of ten, at least `value`. */
function niceCeiling(value) {
  const power = 10 ** Math.floor(Math.log10(value));
  return [1, 2, 5, 10].map((m) => m * power).find((v) => v >= value) ?? 10 * power;
}

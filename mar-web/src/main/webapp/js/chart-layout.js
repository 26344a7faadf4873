// Where the bars of a grouped bar chart go: pure arithmetic, so node can test it without a page.

// The axis top: the smallest 1, 2 or 5 × 10ⁿ at or above the largest value, so the gridlines fall on round numbers.
export function niceMax(value) {
  if (!(value > 0)) return 1;
  const power = 10 ** Math.floor(Math.log10(value));
  return [1, 2, 5, 10].map((step) => step * power).find((top) => top >= value - 1e-9);
}

/**
 * groups: [{ label, values: [number|null, …] }], one value per series (null: nothing to plot, e.g. no order verified).
 * Returns the bars (a null value gets none), four gridlines from 0 to the axis top, and where each group's label sits.
 */
export function chartLayout(groups, { width, height, left = 40, right = 8, top = 8, bottom = 28 }) {
  const series = Math.max(1, ...groups.map((group) => group.values.length));
  const max = niceMax(Math.max(0, ...groups.flatMap((group) => group.values.filter((v) => v !== null && v !== undefined))));
  const plotWidth = width - left - right;
  const plotHeight = height - top - bottom;
  const slot = groups.length === 0 ? plotWidth : plotWidth / groups.length;
  const barWidth = (slot * 0.8) / series;
  const y = (value) => top + plotHeight - (value / max) * plotHeight;
  const bars = [];
  groups.forEach((group, g) => {
    group.values.forEach((value, s) => {
      if (value === null || value === undefined) return;
      bars.push({
        group: g, series: s, value, x: left + g * slot + slot * 0.1 + s * barWidth, y: y(value), width: barWidth,
        height: top + plotHeight - y(value),
      });
    });
  });
  const ticks = [0, 0.25, 0.5, 0.75, 1].map((share) => ({ value: max * share, y: y(max * share) }));
  const labels = groups.map((group, g) => ({ label: group.label, x: left + g * slot + slot / 2 }));
  return { max, bars, ticks, labels, baseline: top + plotHeight };
}

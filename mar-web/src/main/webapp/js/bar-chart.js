// A grouped bar chart drawn as SVG, with the same figures as a table beneath it: the picture for those who would
// rather look, the table for those who read or use a screen reader. Series differ by pattern as well as colour.
import { h } from './dom.js';
import { chartLayout } from './chart-layout.js';
import { t } from './i18n.js';

const SVG = 'http://www.w3.org/2000/svg';
const WIDTH = 640;
const HEIGHT = 220;
let charts = 0;

function svg(tag, attrs = {}, ...children) {
  const element = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attrs)) element.setAttribute(name, String(value));
  element.append(...children);
  return element;
}

function patterns(id, count) {
  const defs = svg('defs');
  for (let s = 0; s < count; s += 1) {
    const pattern = svg('pattern', { id: `${id}-s${s}`, width: 6, height: 6, patternUnits: 'userSpaceOnUse' },
      svg('rect', { width: 6, height: 6, class: `chart-series-${s}` }));
    // the second series is hatched and the third dotted, so they differ without colour
    if (s === 1) pattern.append(svg('path', { d: 'M0,6 L6,0', class: 'chart-hatch' }));
    if (s === 2) pattern.append(svg('circle', { cx: 3, cy: 3, r: 1.2, class: 'chart-hatch' }));
    defs.append(pattern);
  }
  return defs;
}

/**
 * captionKey/captionArgs: what the chart shows; series: message keys of the series, in the order of each group's values;
 * groups: [{ label, values }]; format(value): a value as the table writes it; empty: true when there is nothing to
 * plot, and emptyKey what is said instead.
 */
export function barChart({ captionKey, captionArgs, series, groups, format = String, empty, emptyKey }) {
  charts += 1;
  const id = `chart-${charts}`;
  const caption = h('figcaption', { id: `${id}-caption`, i18n: captionKey, args: captionArgs });
  if (empty) return h('figure', { class: 'chart' }, caption, h('p', { class: 'empty', i18n: emptyKey }));

  const layout = chartLayout(groups, { width: WIDTH, height: HEIGHT });
  const picture = svg('svg', {
    viewBox: `0 0 ${WIDTH} ${HEIGHT}`, role: 'img', 'aria-labelledby': `${id}-caption`, class: 'chart-picture',
  }, patterns(id, series.length));
  for (const tick of layout.ticks) {
    picture.append(svg('line', { x1: 40, x2: WIDTH - 8, y1: tick.y, y2: tick.y, class: 'chart-grid' }),
      svg('text', { x: 34, y: tick.y + 4, 'text-anchor': 'end', class: 'chart-axis' }, format(tick.value)));
  }
  for (const bar of layout.bars) {
    picture.append(svg('rect', {
      x: bar.x, y: bar.y, width: bar.width, height: bar.height, fill: `url(#${id}-s${bar.series})`, class: 'chart-bar',
    }, svg('title', {}, `${groups[bar.group].label} · ${t(series[bar.series])}: ${format(bar.value)}`)));
  }
  // with many groups only every few labels fit under the axis; the table has them all
  const every = Math.ceil(layout.labels.length / 12);
  layout.labels.forEach((label, index) => {
    if (index % every !== 0) return;
    picture.append(svg('text', { x: label.x, y: layout.baseline + 16, 'text-anchor': 'middle', class: 'chart-axis' }, label.label));
  });

  const legend = h('ul', { class: 'chart-legend' }, series.map((key, s) => h('li', {},
    h('span', { class: `chart-swatch chart-swatch-${s}`, 'aria-hidden': 'true' }), h('span', { i18n: key }))));
  const table = h('table', { class: 'chart-figures' },
    h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, ''), series.map((key) => h('th', { scope: 'col', i18n: key })))),
    h('tbody', {}, groups.map((group) => h('tr', {}, h('th', { scope: 'row' }, group.label),
      group.values.map((value) => h('td', {}, value === null || value === undefined ? '–' : format(value)))))));
  return h('figure', { class: 'chart' }, caption, picture, legend,
    h('details', {}, h('summary', { i18n: 'chart.asTable' }), table));
}

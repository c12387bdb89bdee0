// Small helpers to build SVG and HTML elements without innerHTML (labels come from data).

const SVG_NS = 'http://www.w3.org/2000/svg';

/** An SVG element with attributes and children. */
export function svg(tag, attributes = {}, ...children) {
  const el = document.createElementNS(SVG_NS, tag);
  for (const [key, value] of Object.entries(attributes)) el.setAttribute(key, String(value));
  for (const child of children) el.append(child);
  return el;
}

/** An HTML element with attributes (`class`, `data-*`, `aria-*`, event handlers as `onclick`) and children. */
export function h(tag, attributes = {}, ...children) {
  const el = document.createElement(tag);
  for (const [key, value] of Object.entries(attributes)) {
    if (value === undefined || value === null || value === false) continue;
    if (key.startsWith('on') && typeof value === 'function') el.addEventListener(key.slice(2), value);
    else el.setAttribute(key, value === true ? '' : String(value));
  }
  for (const child of children.flat()) if (child !== null && child !== undefined) el.append(child);
  return el;
}

const RAMP_LOW = [232, 240, 250];
const RAMP_HIGH = [11, 58, 117];

/** Fill for a count on a pale-to-dark blue ramp (square-root scale so small counts stay visible); white for none. */
export function rampColour(value, max) {
  if (!value) return '#ffffff';
  const share = Math.sqrt(value / Math.max(1, max));
  const rgb = RAMP_LOW.map((low, i) => Math.round(low + (RAMP_HIGH[i] - low) * share));
  return `#${rgb.map((c) => c.toString(16).padStart(2, '0')).join('')}`;
}

/** Relative luminance (WCAG 2) of a #rrggbb colour. */
function luminance(hex) {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/**
 * Black or white, whichever contrasts more with the fill: one of the two always reaches at
 * least 4.58:1, so tile labels meet WCAG AA on every shade.
 */
export function textOnRamp(value, max) {
  const l = luminance(rampColour(value, max));
  return (l + 0.05) / 0.05 >= 1.05 / (l + 0.05) ? '#000000' : '#ffffff';
}

/** Distinct colours for activities, distinguishable and dark enough against white. */
export const SERIES_COLOURS = [
  '#1f5fa8',
  '#b5441b',
  '#2e7d32',
  '#7b3fa0',
  '#8a6d00',
  '#00838f',
  '#c2185b',
  '#5d4037',
  '#455a64',
  '#6a7f00',
];

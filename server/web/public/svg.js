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

/** Colour ramp for counts: light to dark blue, dark enough at the top for white text (WCAG AA). */
export function rampColour(value, max) {
  if (!value) return '#ffffff';
  const share = Math.sqrt(value / Math.max(1, max));
  const lightness = 92 - share * 62; // 92% (pale) … 30% (dark)
  return `hsl(212 70% ${lightness.toFixed(1)}%)`;
}

/** Text colour readable on a ramp colour. */
export function textOnRamp(value, max) {
  if (!value) return '#1a1a1a';
  return Math.sqrt(value / Math.max(1, max)) > 0.45 ? '#ffffff' : '#10233f';
}

/** Distinct colours for activities, distinguishable and dark enough against white. */
export const SERIES_COLOURS = ['#1f5fa8', '#b5441b', '#2e7d32', '#7b3fa0', '#8a6d00', '#00838f', '#c2185b', '#5d4037', '#455a64', '#6a7f00'];

// Looker's newspaper layout: 24 columns; row, col, width and height in grid units. Narrow screens stack tiles.
export const COLUMNS = 24;

export function placeTile(card, element) {
  const col = clamp(element.col ?? 0, 0, COLUMNS - 1);
  const width = clamp(element.width ?? 8, 1, COLUMNS - col);
  const row = Math.max(0, element.row ?? 0);
  const height = Math.max(1, element.height ?? 6);
  card.style.gridColumn = `${col + 1} / span ${width}`;
  card.style.gridRow = `${row + 1} / span ${height}`;
  card.style.setProperty('--tile-height', height);
}

/** Tiles in reading order (row, then column), as a narrow screen stacks them. */
export function readingOrder(elements) {
  return [...elements].sort((a, b) => (a.row ?? 0) - (b.row ?? 0) || (a.col ?? 0) - (b.col ?? 0));
}

function clamp(value, low, high) {
  return Math.min(high, Math.max(low, Number(value) || 0));
}

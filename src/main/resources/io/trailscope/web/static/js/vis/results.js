// A query response seen as a chart sees it: the visible dimensions, the measure series (one per pivot value).

export function visibleColumns(response, hiddenFields) {
  const hidden = new Set(hiddenFields || []);
  return response.columns.filter((column) => !hidden.has(column.field) && !hidden.has(column.name));
}

export function splitColumns(response, hiddenFields) {
  const indexed = response.columns.map((column, index) => ({column, index}));
  const hidden = new Set(hiddenFields || []);
  const visible = indexed.filter(({column}) => !hidden.has(column.field) && !hidden.has(column.name));
  return {
    dimensions: visible.filter(({column}) => column.role === 'dimension'),
    measures: visible.filter(({column}) => column.role !== 'dimension'),
  };
}

/** The category label of a row: its visible dimension values joined. */
export function categoryOf(row, dimensions) {
  if (!dimensions.length) return '';
  return dimensions.map(({index}) => (row[index] === null || row[index] === undefined ? '∅' : String(row[index])))
    .join(' · ');
}

/** A series name: the pivot values, plus the measure label when several measures are pivoted. */
export function seriesName(column, measures) {
  if (!column.pivotValues || !column.pivotValues.length) return column.label;
  const pivot = column.pivotValues.map((v) => (v === null ? '∅' : String(v))).join(' · ');
  const distinctFields = new Set(measures.map(({column: c}) => c.field));
  return distinctFields.size > 1 ? `${pivot} · ${column.label}` : pivot;
}

/** Looker's keys for a series in series_colors / series_types / y_axes. */
export function seriesKeys(column) {
  const keys = [column.name];
  if (column.pivotValues && column.pivotValues.length) {
    const pivot = column.pivotValues.join(' - ');
    keys.push(`${pivot} - ${column.field}`, pivot);
  } else {
    keys.push(column.field);
  }
  return keys;
}

export function lookup(map, column) {
  if (!map || typeof map !== 'object') return undefined;
  for (const key of seriesKeys(column)) {
    if (map[key] !== undefined) return map[key];
  }
  return undefined;
}

/** The drill row: the row's dimension values (hidden ones included) and the column's pivot values. */
export function drillRow(response, rowIndex, column, pivots) {
  const row = {};
  const values = response.rows[rowIndex] || [];
  response.columns.forEach((c, i) => {
    if (c.role === 'dimension') row[c.field] = values[i];
  });
  (pivots || []).forEach((field, i) => {
    if (column.pivotValues && i < column.pivotValues.length) row[field] = column.pivotValues[i];
  });
  return row;
}

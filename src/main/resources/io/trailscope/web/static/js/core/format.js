// Looker's named value formats, applied on the client: the server sends raw values.

const cache = new Map();

function numberFormat(options) {
  const key = JSON.stringify(options);
  if (!cache.has(key)) cache.set(key, new Intl.NumberFormat('en-US', options));
  return cache.get(key);
}

const NAMED = [
  [/^decimal_([0-4])$/, (d) => numberFormat({minimumFractionDigits: +d, maximumFractionDigits: +d})],
  [/^percent_([0-4])$/, (d) => numberFormat({style: 'percent', minimumFractionDigits: +d, maximumFractionDigits: +d})],
  [/^usd$/, () => numberFormat({style: 'currency', currency: 'USD'})],
  [/^usd_0$/, () => numberFormat({style: 'currency', currency: 'USD', maximumFractionDigits: 0})],
  [/^gbp$/, () => numberFormat({style: 'currency', currency: 'GBP'})],
  [/^gbp_0$/, () => numberFormat({style: 'currency', currency: 'GBP', maximumFractionDigits: 0})],
  [/^eur$/, () => numberFormat({style: 'currency', currency: 'EUR'})],
  [/^eur_0$/, () => numberFormat({style: 'currency', currency: 'EUR', maximumFractionDigits: 0})],
  [/^id$/, () => numberFormat({useGrouping: false, maximumFractionDigits: 0})],
];

/** The displayed text of one value of a column ({type, valueFormatName}). */
export function formatValue(value, column) {
  if (value === null || value === undefined) return '∅';
  if (typeof value === 'boolean') return value ? 'Yes' : 'No';
  if (typeof value === 'object') return JSON.stringify(value);
  const name = column && column.valueFormatName;
  if (typeof value === 'number') {
    if (name) {
      for (const [pattern, make] of NAMED) {
        const match = pattern.exec(name);
        if (match) return make(match[1]).format(value);
      }
    }
    // Dimension numbers are often identifiers (AS numbers, ports, years): no grouping, as Looker shows them.
    if (column && (column.role === 'dimension' || column.type === 'tier' || isCalendarNumber(column.type))) return String(value);
    return Number.isInteger(value) ? numberFormat({}).format(value)
      : numberFormat({maximumFractionDigits: 4}).format(value);
  }
  return String(value);
}

/** Years, hours of day and the like read badly with thousands separators ("2,024"). */
function isCalendarNumber(type) {
  return /^(year|hour_of_day|day_of_month|day_of_year|week_of_year|month_num|quarter_of_year|minute|hour|fiscal_)/.test(type || '');
}

/** Compact axis labels: 1.2k, 3.4M. */
export function formatAxis(value, column) {
  if (column && /^percent_/.test(column.valueFormatName || '')) return formatValue(value, column);
  if (typeof value !== 'number') return String(value);
  return numberFormat({notation: 'compact', maximumFractionDigits: 1}).format(value);
}

export function isNumericColumn(column) {
  return column.role !== 'dimension' || ['number', 'count', 'sum', 'average', 'count_distinct', 'min', 'max',
    'median', 'percentile', 'sum_distinct', 'average_distinct'].includes(column.type);
}

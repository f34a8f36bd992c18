// The world countries GeoJSON served from the jar, registered once as ECharts' 'world' map.
let loading = null;

export function loadWorld() {
  if (!loading) {
    loading = fetch('/static/vendor/world.json').then((response) => {
      if (!response.ok) throw new Error('The world map is missing (/static/vendor/world.json: HTTP ' + response.status + ').');
      return response.json();
    }).then((json) => {
      window.echarts.registerMap('world', json);
      return json;
    }).catch((error) => {
      loading = null;
      throw error;
    });
  }
  return loading;
}

// ISO 3166-1 alpha-2 codes whose JDK English name differs from the map's feature name.
const MAP_NAMES = {
  US: 'United States', GB: 'United Kingdom', RU: 'Russia', KR: 'Korea', KP: 'Dem. Rep. Korea', CZ: 'Czech Rep.',
  BA: 'Bosnia and Herz.', CF: 'Central African Rep.', CD: 'Dem. Rep. Congo', CG: 'Congo', CI: "Côte d'Ivoire",
  DO: 'Dominican Rep.', GQ: 'Eq. Guinea', LA: 'Lao PDR', MK: 'Macedonia', SS: 'S. Sudan', SB: 'Solomon Is.',
  SZ: 'Swaziland', MM: 'Myanmar', TR: 'Turkey', VN: 'Vietnam', IR: 'Iran', SY: 'Syria', BO: 'Bolivia',
  VE: 'Venezuela', TZ: 'Tanzania', MD: 'Moldova', BN: 'Brunei', PS: 'Palestine', CV: 'Cape Verde',
  TL: 'Timor-Leste', EH: 'W. Sahara', FK: 'Falkland Is.', TF: 'Fr. S. Antarctic Lands', PF: 'Fr. Polynesia',
  KY: 'Cayman Is.', AG: 'Antigua and Barb.', VC: 'St. Vin. and Gren.', ST: 'São Tomé and Principe',
  FO: 'Faeroe Is.', MP: 'N. Mariana Is.', VI: 'U.S. Virgin Is.', TC: 'Turks and Caicos Is.',
  PM: 'St. Pierre and Miquelon', FM: 'Micronesia', AX: 'Aland', SH: 'Saint Helena', LC: 'Saint Lucia',
  IO: 'Br. Indian Ocean Ter.', HM: 'Heard I. and McDonald Is.', GS: 'S. Geo. and S. Sandw. Is.', CW: 'Curaçao',
  HK: 'China', MO: 'China', TW: 'China',
};

/** The map feature name for a row: by country code when known, else the country name as it is. */
export function mapName(code, name) {
  if (code && MAP_NAMES[String(code).toUpperCase()]) return MAP_NAMES[String(code).toUpperCase()];
  return name === null || name === undefined ? String(code) : String(name);
}

/** A location value as [longitude, latitude]: "lat,lon", [lat, lon] or {latitude, longitude}. */
export function lonLat(value) {
  if (value === null || value === undefined) return null;
  let lat;
  let lon;
  if (Array.isArray(value)) [lat, lon] = value;
  else if (typeof value === 'object') {
    lat = value.latitude ?? value.lat;
    lon = value.longitude ?? value.lon ?? value.lng;
  } else [lat, lon] = String(value).split(',');
  lat = Number(lat);
  lon = Number(lon);
  return Number.isFinite(lat) && Number.isFinite(lon) ? [lon, lat] : null;
}

// Prepares the report page's world map at build time: Natural Earth's admin-0 country shapes from the npm package
// world-atlas (TopoJSON, keyed by ISO 3166-1 numeric codes) projected with d3-geo's Natural Earth projection into
// SVG path data, keyed by ISO 3166-1 alpha-2 codes taken from the registry's copy of Debian's iso-codes.
//
//   node build-world-map.mjs <iso_3166-1.json> <output.json>
//
// Shapes come from the 1:110m scale (about 120 KB of path data); the countries too small for it (Singapore, Malta,
// Bahrain, most island states) are taken from the 1:50m scale as a small round marker at their centroid, so every
// country a profile can target has something to colour. The output is read by the gateway
// (io.launchcheck.gateway.service.WorldMap); shapes without an ISO code in Natural Earth (e.g. Kosovo, Northern
// Cyprus, Somaliland) are kept, uncoded, so the map has no holes.
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { createRequire } from 'node:module';
import { geoCentroid, geoNaturalEarth1, geoPath } from 'd3-geo';
import { feature } from 'topojson-client';

const [isoFile, outFile] = process.argv.slice(2);
if (!isoFile || !outFile) {
  console.error('usage: node build-world-map.mjs <iso_3166-1.json> <output.json>');
  process.exit(2);
}
const MARKER_RADIUS = 2.6;

const require = createRequire(import.meta.url);
const atlasVersion = require('world-atlas/package.json').version;
const atlas = scale => JSON.parse(readFileSync(require.resolve(`world-atlas/countries-${scale}.json`), 'utf8'));
const countriesOf = topology => feature(topology, topology.objects.countries).features
  .filter(country => country.id !== '010'); // Antarctica is no launch market and would take a sixth of the picture
const alpha2ByNumeric = new Map(JSON.parse(readFileSync(isoFile, 'utf8'))['3166-1']
  .map(country => [country.numeric, country.alpha_2]));

const countries = countriesOf(atlas('110m'));
const drawn = new Set(countries.map(country => country.id).filter(id => id !== undefined));
const small = countriesOf(atlas('50m')).filter(country => country.id !== undefined && !drawn.has(country.id));

const width = 960;
const height = 470;
const projection = geoNaturalEarth1().fitExtent([[4, 4], [width - 4, height - 4]],
  { type: 'FeatureCollection', features: countries });
const path = geoPath(projection).digits(1);

const code = country => country.id === undefined ? null : alpha2ByNumeric.get(country.id) ?? null;
const marker = ([x, y]) => `M${(x - MARKER_RADIUS).toFixed(1)},${y.toFixed(1)}a${MARKER_RADIUS},${MARKER_RADIUS} 0 1,0 `
  + `${2 * MARKER_RADIUS},0a${MARKER_RADIUS},${MARKER_RADIUS} 0 1,0 ${-2 * MARKER_RADIUS},0z`;
const shapes = [
  ...countries.map(country => ({ code: code(country), name: country.properties.name, d: path(country), marker: false })),
  ...small.map(country => ({ code: code(country), name: country.properties.name,
    d: marker(projection(geoCentroid(country))), marker: true })),
].filter(shape => shape.d)
  .sort((a, b) => (a.marker - b.marker) || (a.code ?? '~' + a.name).localeCompare(b.code ?? '~' + b.name));

const unmapped = [...countries, ...small].filter(c => c.id !== undefined && !alpha2ByNumeric.has(c.id)).map(c => c.id);
if (unmapped.length > 0) {
  console.error(`world-atlas ids without an ISO 3166-1 entry: ${unmapped.join(', ')}`);
  process.exit(1);
}

mkdirSync(dirname(outFile), { recursive: true });
writeFileSync(outFile, JSON.stringify({
  source: `Natural Earth admin-0 countries (1:110m, small countries from 1:50m as markers), world-atlas ${atlasVersion}`,
  attribution: 'Made with Natural Earth. Free vector and raster map data @ naturalearthdata.com.',
  width,
  height,
  shapes,
}));
console.log(`world map: ${shapes.length} shapes (${shapes.filter(s => s.code).length} with an ISO code, `
  + `${small.length} markers) -> ${outFile}`);

// The base map's painter, in a worker: it loads the public map data once (/api/geo/borders and
// /api/geo/admin) and paints, on request, the rectangle of Web Mercator the page asks for with
// Canvas 2D: the background, the neighbours' provinces and Afghanistan filled, district outlines
// (from settings.districtZoom on), province outlines dashed, and the borders. The page draws the
// picture as one image on the map (base-map.js).
//
// Its settings { base, colours, districtZoom, borderWidth } come as its name (JSON), so that it
// loads the data from its first moment (a first message would wait for the page's thread).
// Messages in:  { type: 'paint', rect }   rect as made by map-image.js rectAround()
// Messages out: { type: 'painted', rect, image }   image: an ImageBitmap, north at the top
//               { type: 'failed', message }

import { mercator } from './track-store.js';

const style = JSON.parse(self.name);
const data = load(style.base);
data.catch((error) => self.postMessage({ type: 'failed', message: error.message || String(error) }));

self.onmessage = async (event) => {
  try {
    const image = paint(await data, event.data.rect);
    self.postMessage({ type: 'painted', rect: event.data.rect, image }, [image]);
  } catch (error) {
    self.postMessage({ type: 'failed', message: error.message || String(error) });
  }
};

async function geo(base, name) {
  const response = await fetch(new URL(`api/geo/${name}`, base));
  if (!response.ok) throw new Error(`GET api/geo/${name}: ${response.status}`);
  return response.json();
}

// A shape: its rings (or lines) as flat [x, y, x, y, …] Float64Arrays in Web Mercator, with their
// bounding box, so that shapes outside a picture are skipped.
function shape(rings) {
  const projected = rings.map((ring) => {
    const flat = new Float64Array(ring.length * 2);
    ring.forEach(([lon, lat], i) => {
      const [x, y] = mercator(lon, lat);
      flat[2 * i] = x;
      flat[2 * i + 1] = y;
    });
    return flat;
  });
  let x0 = Infinity, y0 = Infinity, x1 = -Infinity, y1 = -Infinity;
  for (const flat of projected) {
    for (let i = 0; i < flat.length; i += 2) {
      x0 = Math.min(x0, flat[i]);
      x1 = Math.max(x1, flat[i]);
      y0 = Math.min(y0, flat[i + 1]);
      y1 = Math.max(y1, flat[i + 1]);
    }
  }
  return { rings: projected, x0, y0, x1, y1 };
}

function polygons(geometry) {
  if (geometry.type === 'Polygon') return [geometry.coordinates];
  if (geometry.type === 'MultiPolygon') return geometry.coordinates;
  return [];
}

async function load(base) {
  const [borders, admin] = await Promise.all([geo(base, 'borders'), geo(base, 'admin')]);
  const level = (n) => admin.features.filter((f) => f.properties.level === n);
  const areas = (features) => features.flatMap((f) => polygons(f.geometry)).map(shape);
  return {
    neighbours: areas(level(1).filter((f) => f.properties.iso !== 'AF')),
    afghanistan: [shape([afghanistanOutline(borders)])],
    districts: areas(level(2)),
    provinces: areas(level(1)),
    borders: borders.features.map((f) => shape([f.geometry.coordinates])),
  };
}

// Afghanistan's outline: the border lines (each with Afghanistan on its left) chained end to start.
function afghanistanOutline(borders) {
  const lines = borders.features.map((f) => f.geometry.coordinates);
  if (lines.length === 0) return [];
  const ring = [...lines.shift()];
  const same = (a, b) => a[0] === b[0] && a[1] === b[1];
  while (lines.length > 0) {
    const next = lines.findIndex((l) => same(l[0], ring[ring.length - 1]));
    if (next < 0) break; // not one ring: draw what chained
    ring.push(...lines.splice(next, 1)[0].slice(1));
  }
  if (!same(ring[0], ring[ring.length - 1])) ring.push(ring[0]);
  return ring;
}

function paint(layers, rect) {
  const canvas = new OffscreenCanvas(rect.width, rect.height);
  // Painted on the CPU (willReadFrequently), in this worker's thread: a GPU canvas would share the
  // GPU with the map, which on a machine without one is the page's bottleneck.
  const ctx = canvas.getContext('2d', { alpha: false, willReadFrequently: true });
  const c = style.colours;
  const scale = rect.width / (rect.x1 - rect.x0); // pixels per unit of Web Mercator
  const ratio = rect.pixelRatio;
  ctx.fillStyle = c.background;
  ctx.fillRect(0, 0, rect.width, rect.height);

  // Adds the shapes inside the picture to the path, leaving out points closer than half a pixel
  // to the last one kept: at low zoom most of the outlines' points fall together.
  const trace = (shapes, close) => {
    ctx.beginPath();
    const near = 0.5 / scale;
    for (const s of shapes) {
      if (s.x1 < rect.x0 || s.x0 > rect.x1 || s.y1 < rect.y0 || s.y0 > rect.y1) continue;
      for (const flat of s.rings) {
        let lx = flat[0];
        let ly = flat[1];
        ctx.moveTo((lx - rect.x0) * scale, (ly - rect.y0) * scale);
        const last = flat.length - 2;
        for (let i = 2; i <= last; i += 2) {
          const x = flat[i];
          const y = flat[i + 1];
          if (i < last && Math.abs(x - lx) < near && Math.abs(y - ly) < near) continue;
          ctx.lineTo((x - rect.x0) * scale, (y - rect.y0) * scale);
          lx = x;
          ly = y;
        }
        if (close) ctx.closePath();
      }
    }
  };
  const fill = (shapes, colour) => {
    trace(shapes, true);
    ctx.fillStyle = colour;
    ctx.fill('evenodd');
  };
  const stroke = (shapes, colour, width, dash = []) => {
    trace(shapes, false);
    ctx.strokeStyle = colour;
    ctx.lineWidth = width * ratio;
    ctx.setLineDash(dash.map((d) => d * width * ratio));
    ctx.stroke();
  };

  fill(layers.neighbours, c.neighbour);
  fill(layers.afghanistan, c.afghanistan);
  if (rect.zoom >= style.districtZoom) stroke(layers.districts, c.district, 0.6);
  stroke(layers.provinces, c.province, 1, [3, 2]);
  ctx.lineJoin = 'round';
  ctx.lineCap = 'round';
  stroke(layers.borders, c.border, style.borderWidth);
  return canvas.transferToImageBitmap();
}

// The base map: countries, admin outlines and borders, painted off the page by
// base-map-worker.js into a picture larger than the screen. The map layer (map-layer.js) draws the
// newest picture under the tracks and asks for a new one when the view leaves it or the zoom
// changes; meanwhile the old one is drawn moved and scaled.
//
//   const base = createBaseMap();
//   base.attach(gl, repaint)   once the map's WebGL context is known; repaint() asks for a frame
//   base.want(view)     asks for a picture around view (map-image.js) unless the newest covers it
//   base.image          { texture, rect, version } of the newest picture, or null
//   await base.drawn    the first picture has come; rejects if the map data cannot be loaded

import settings from './settings.js';
import { rectAround, covers, createImageTexture } from './map-image.js';

export function createBaseMap() {
  const c = settings.map;
  const style = {
    base: document.baseURI,
    colours: { background: c.background, neighbour: c.neighbour, afghanistan: c.afghanistan, province: c.province, district: c.district, border: c.border },
    districtZoom: settings.districtZoom,
    borderWidth: c.borderWidth,
  };
  // The settings go as the worker's name, which it reads at once (see base-map-worker.js).
  const worker = new Worker(new URL('./base-map-worker.js', import.meta.url), { type: 'module', name: JSON.stringify(style) });

  let gl = null;
  let repaint = () => {};
  let asking = false; // a picture is being painted
  let painted; // the newest painted picture, until uploaded
  let resolveDrawn;
  let rejectDrawn;
  const base = {
    image: null,
    drawn: new Promise((resolve, reject) => {
      resolveDrawn = resolve;
      rejectDrawn = reject;
    }),
    attach(context, onPainted) {
      gl = context;
      repaint = onPainted;
      base.image = { texture: createImageTexture(gl), rect: null, version: 0 };
    },
    want(view) {
      if (painted) upload();
      if (asking || !gl || covers(base.image.rect, view)) return;
      asking = true;
      worker.postMessage({ type: 'paint', rect: rectAround(view, settings.mapImageMargin, gl.getParameter(gl.MAX_TEXTURE_SIZE)) });
    },
  };

  function upload() {
    const { image, rect } = painted;
    painted = null;
    gl.bindTexture(gl.TEXTURE_2D, base.image.texture);
    gl.texImage2D(gl.TEXTURE_2D, 0, gl.RGBA, gl.RGBA, gl.UNSIGNED_BYTE, image);
    gl.bindTexture(gl.TEXTURE_2D, null);
    image.close();
    base.image.rect = rect;
    base.image.version++;
    resolveDrawn();
  }

  worker.onmessage = ({ data }) => {
    if (data.type === 'failed') {
      rejectDrawn(new Error(`base map: ${data.message}`));
      return;
    }
    asking = false;
    painted?.image.close();
    painted = data;
    repaint();
  };
  worker.onerror = (event) => rejectDrawn(new Error(`base map: ${event.message || 'the painter failed'}`));
  return base;
}

// Images laid on the map: a texture covering a rectangle of the Web Mercator plane, drawn as one
// quad. The base map is painted into such an image; the map's layer draws it and the tracks into
// another, larger than the screen by a margin, and draws that one again, moved, while the map
// pans. Where WebGL runs in software a frame of panning then costs one quad instead of redrawing
// every outline and track.
//
// Views and rectangles are in Web Mercator with x, y in [0, 1] (y southwards), kept in float64 on
// the CPU: the GPU only sees clip-space corners, so no precision is lost at any zoom.

import { mercator } from './track-store.js';

// MapLibre's world is 512 CSS pixels wide at zoom 0 (512 × 2^zoom at a zoom).
export const TILE_SIZE = 512;

// The map's view in device pixels, or null while the map is turned or tilted (the images are
// laid north-up only).
export function viewOf(map) {
  if (map.getBearing() !== 0 || map.getPitch() !== 0) return null;
  const canvas = map.getCanvas();
  const { lng, lat } = map.getCenter();
  const [x, y] = mercator(lng, lat);
  const zoom = map.getZoom();
  const pixelRatio = map.getPixelRatio();
  return { x, y, zoom, pixelRatio, width: canvas.width, height: canvas.height, worldSize: TILE_SIZE * 2 ** zoom * pixelRatio };
}

// The rectangle a view shows, grown by `margin` CSS pixels on every side (less if the image would
// be over maxSize pixels), with its size in device pixels. Its pixels line up with the screen's,
// so drawn again after a pan of whole pixels it looks exactly as if drawn anew.
export function rectAround(view, margin, maxSize) {
  const m = Math.max(0, Math.floor(Math.min(margin * view.pixelRatio, (maxSize - Math.max(view.width, view.height)) / 2)));
  const px = 1 / view.worldSize;
  const left = view.x * view.worldSize - view.width / 2 - m;
  const top = view.y * view.worldSize - view.height / 2 - m;
  const width = view.width + 2 * m;
  const height = view.height + 2 * m;
  return { x0: left * px, y0: top * px, x1: (left + width) * px, y1: (top + height) * px, width, height, zoom: view.zoom, pixelRatio: view.pixelRatio };
}

// The view an image of `rect` is drawn for: what drawing another image into it takes.
export function viewOfRect(rect) {
  const worldSize = rect.width / (rect.x1 - rect.x0);
  return { x: (rect.x0 + rect.x1) / 2, y: (rect.y0 + rect.y1) / 2, zoom: rect.zoom, pixelRatio: rect.pixelRatio, width: rect.width, height: rect.height, worldSize };
}

// Whether an image drawn for `rect` can stand for `view` pixel for pixel: same zoom and pixel
// ratio, and the view lies inside it.
export function covers(rect, view) {
  if (!rect || !view || rect.zoom !== view.zoom || rect.pixelRatio !== view.pixelRatio) return false;
  const halfW = view.width / 2 / view.worldSize;
  const halfH = view.height / 2 / view.worldSize;
  return view.x - halfW >= rect.x0 && view.x + halfW <= rect.x1 && view.y - halfH >= rect.y0 && view.y + halfH <= rect.y1;
}

const VERTEX = `#version 300 es
uniform vec2 u_corners[4]; // clip space: north-west, north-east, south-west, south-east
out vec2 v_uv;
void main() {
  v_uv = vec2(float(gl_VertexID & 1), float(gl_VertexID >> 1)); // the texture's row 0 is north
  gl_Position = vec4(u_corners[gl_VertexID], 0.0, 1.0);
}`;

const FRAGMENT = `#version 300 es
precision mediump float;
uniform sampler2D u_image;
in vec2 v_uv;
out vec4 colour;
void main() { colour = texture(u_image, v_uv); }`;

// A drawer of images on `gl`: draw(texture, rect, view, { blend, flipY }) lays the texture (row 0
// north) over rect as seen in view; flipY puts north at the bottom of clip space, i.e. at row 0
// when drawing into another image. Where the image's pixels match the screen's it is sampled nearest,
// so it looks exactly as it was drawn; otherwise (while zooming) linearly.
export function createImageDrawer(gl) {
  const program = compile(gl, VERTEX, FRAGMENT);
  const corners = gl.getUniformLocation(program, 'u_corners');
  const image = gl.getUniformLocation(program, 'u_image');
  const vao = gl.createVertexArray(); // no attributes: the corners are uniforms
  const clip = new Float32Array(8);
  return {
    program,
    draw(texture, rect, view, { blend, flipY = false }) {
      const sx = (2 * view.worldSize) / view.width;
      const sy = ((flipY ? -2 : 2) * view.worldSize) / view.height;
      const xs = [(rect.x0 - view.x) * sx, (rect.x1 - view.x) * sx];
      const ys = [-(rect.y0 - view.y) * sy, -(rect.y1 - view.y) * sy];
      for (let i = 0; i < 4; i++) {
        clip[2 * i] = xs[i & 1];
        clip[2 * i + 1] = ys[i >> 1];
      }
      const exact = rect.zoom === view.zoom && rect.pixelRatio === view.pixelRatio;
      gl.useProgram(program);
      gl.uniform2fv(corners, clip);
      gl.uniform1i(image, 0);
      gl.activeTexture(gl.TEXTURE0);
      gl.bindTexture(gl.TEXTURE_2D, texture);
      const filter = exact ? gl.NEAREST : gl.LINEAR;
      gl.texParameteri(gl.TEXTURE_2D, gl.TEXTURE_MIN_FILTER, filter);
      gl.texParameteri(gl.TEXTURE_2D, gl.TEXTURE_MAG_FILTER, filter);
      gl.disable(gl.DEPTH_TEST);
      gl.disable(gl.STENCIL_TEST);
      gl.disable(gl.CULL_FACE);
      if (blend) {
        gl.enable(gl.BLEND);
        gl.blendFunc(gl.ONE, gl.ONE_MINUS_SRC_ALPHA); // premultiplied
      } else {
        gl.disable(gl.BLEND);
      }
      gl.bindVertexArray(vao);
      gl.drawArrays(gl.TRIANGLE_STRIP, 0, 4);
      gl.bindVertexArray(null);
      gl.bindTexture(gl.TEXTURE_2D, null);
    },
  };
}

// An empty texture for an image: RGBA, clamped at its edges.
export function createImageTexture(gl) {
  const texture = gl.createTexture();
  gl.bindTexture(gl.TEXTURE_2D, texture);
  gl.texParameteri(gl.TEXTURE_2D, gl.TEXTURE_WRAP_S, gl.CLAMP_TO_EDGE);
  gl.texParameteri(gl.TEXTURE_2D, gl.TEXTURE_WRAP_T, gl.CLAMP_TO_EDGE);
  gl.bindTexture(gl.TEXTURE_2D, null);
  return texture;
}

export function compile(gl, vertex, fragment) {
  const program = gl.createProgram();
  for (const [type, source] of [[gl.VERTEX_SHADER, vertex], [gl.FRAGMENT_SHADER, fragment]]) {
    const shader = gl.createShader(type);
    gl.shaderSource(shader, source);
    gl.compileShader(shader);
    if (!gl.getShaderParameter(shader, gl.COMPILE_STATUS)) throw new Error(`map shader: ${gl.getShaderInfoLog(shader)}`);
    gl.attachShader(program, shader);
  }
  gl.linkProgram(program);
  if (!gl.getProgramParameter(program, gl.LINK_STATUS)) throw new Error(`map program: ${gl.getProgramInfoLog(program)}`);
  return program;
}

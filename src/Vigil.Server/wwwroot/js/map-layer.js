// What the map shows, as one MapLibre custom layer drawn with WebGL2: the base map's newest
// picture (base-map.js) and the tracks over it. Every track is a point sprite, every trail a ring
// of line segments, each track's last stretch a head segment, all from buffers the worker filled
// (track-store.js explains the layout). A new picture from the worker is uploaded once, at the
// next frame: one buffer update per array, never one object per track.
// Class, alerted and shown/hidden come from a small state texture (two bytes a slot), so that a
// filter change or a class change recolours trails too without touching their vertices.
// Both are drawn into one image larger than the screen (map-image.js), drawn again only when the
// tracks, the selection, the base map's picture or the zoom change or the view leaves it: a frame
// of panning costs one quad, however many tracks and outlines there are.

import settings from './settings.js';
import { ORIGIN, RING_SEGMENTS, VERTEX_FLOATS, STATE_WIDTH, STATE } from './track-store.js';
import { CLASSES } from './track-frames.js';
import { whenLoaded } from './map.js';
import { viewOf, viewOfRect, rectAround, covers, createImageDrawer, createImageTexture, compile as compileProgram } from './map-image.js';

export const LAYER_ID = 'picture';

const COMMON = `#version 300 es
precision highp float;
precision highp int;
precision highp usampler2D;
uniform mat4 u_matrix;
uniform usampler2D u_state;
uniform vec3 u_colours[4];
const uint SHOWN = ${STATE.shown}u;
const uint ALERTED = ${STATE.alerted}u;
const uint CLASS_MASK = ${STATE.classMask}u;
uvec2 stateOf(int slot) {
  return texelFetch(u_state, ivec2(slot % ${STATE_WIDTH}, slot / ${STATE_WIDTH}), 0).rg;
}
const vec4 HIDDEN = vec4(2.0, 2.0, 2.0, 1.0);
`;

// Points: the vertex is the slot (gl_VertexID), its position the a_pos attribute.
const POINT_VERTEX = `${COMMON}
uniform float u_pixelRatio;
uniform int u_ring; // 0: the dots; 1: the selection ring around one
in vec2 a_pos;
out vec3 v_colour;
out float v_radius;
out float v_size;
void main() {
  uvec2 s = stateOf(gl_VertexID);
  if ((s.r & SHOWN) == 0u) { gl_Position = HIDDEN; gl_PointSize = 0.0; return; }
  v_colour = u_colours[s.r & CLASS_MASK];
  v_radius = ((s.r & ALERTED) != 0u ? ${settings.trackRadius.alerted.toFixed(1)} : ${settings.trackRadius.normal.toFixed(1)});
  v_size = u_ring == 1 ? ${(settings.trackRadius.selected + 2).toFixed(1)} : v_radius + ${settings.trackRadius.stroke.toFixed(1)};
  gl_PointSize = 2.0 * v_size * u_pixelRatio;
  gl_Position = u_matrix * vec4(a_pos, 0.0, 1.0);
}`;

const POINT_FRAGMENT = `#version 300 es
precision highp float;
precision highp int;
uniform int u_ring;
in vec3 v_colour;
in float v_radius;
in float v_size;
out vec4 colour;
void main() {
  float r = length(gl_PointCoord * 2.0 - 1.0) * v_size; // pixels from the centre
  float edge = 1.0 - smoothstep(v_size - 1.0, v_size, r);
  if (edge <= 0.0) discard;
  if (u_ring == 1) {
    float ring = smoothstep(v_size - 3.5, v_size - 2.5, r);
    colour = vec4(0.07, 0.07, 0.07, 1.0) * ring * edge;
    return;
  }
  vec3 c = mix(v_colour, vec3(1.0), smoothstep(v_radius - 0.5, v_radius + 0.5, r));
  colour = vec4(c, 1.0) * edge; // premultiplied
}`;

// Trails and heads: x, y, time, slot × 256 + generation.
const LINE_VERTEX = `${COMMON}
uniform float u_now;
uniform float u_window;
in vec4 a_vertex;
out vec4 v_colour;
void main() {
  float age = u_now - a_vertex.z;
  int id = int(a_vertex.w);
  if (id < 0 || !(age <= u_window)) { gl_Position = HIDDEN; return; }
  uvec2 s = stateOf(id / 256);
  if ((s.r & SHOWN) == 0u || s.g != uint(id % 256)) { gl_Position = HIDDEN; return; }
  float alpha = ${settings.trailOpacity.toFixed(2)} * (1.0 - 0.8 * clamp(age / u_window, 0.0, 1.0));
  v_colour = vec4(u_colours[s.r & CLASS_MASK] * alpha, alpha);
  gl_Position = u_matrix * vec4(a_vertex.xy, 0.0, 1.0);
}`;

const LINE_FRAGMENT = `#version 300 es
precision highp float;
in vec4 v_colour;
out vec4 colour;
void main() { colour = v_colour; }`;

function compile(gl, vertex, fragment) {
  const program = compileProgram(gl, vertex, fragment);
  const uniforms = {};
  for (let i = 0; i < gl.getProgramParameter(program, gl.ACTIVE_UNIFORMS); i++) {
    const name = gl.getActiveUniform(program, i).name.replace(/\[0\]$/, '');
    uniforms[name] = gl.getUniformLocation(program, name);
  }
  return { program, uniforms };
}

function rgb(hex) {
  const n = Number.parseInt(hex.slice(1), 16);
  return [(n >> 16) / 255, ((n >> 8) & 255) / 255, (n & 255) / 255];
}

// Adds the layer to `map` (WebGL2) once the map has loaded, and returns { take(picture),
// selectSlot(slot) }: take() keeps the track worker's newest picture (also before the layer is
// there) and asks for a frame. onDrawn(n) tells after each frame how many tracks it drew.
export function addMapLayer(map, { base, trailSeconds, onDrawn }) {
  let gl = null;
  let points = null;
  let lines = null;
  let buffers = null;
  let vaos = null;
  let stateTexture = null;
  let stateRows = 0;
  let picture = null; // the newest picture, not yet uploaded
  let shown = { highWater: 0, at: NaN, base: NaN, shown: 0 };
  let ringUsed = 0;
  let selectedSlot = -1;
  let images = null;
  const cache = { texture: null, framebuffer: null, rect: null, stale: true, baseVersion: 0 };
  const background = rgb(settings.map.background);
  const colours = new Float32Array(CLASSES.flatMap((c) => rgb(settings.trackColours[c] || settings.trackColours.unknown)));
  const matrix = new Float32Array(16);

  function upload() {
    const p = picture;
    picture = null;
    gl.bindBuffer(gl.ARRAY_BUFFER, buffers.points);
    gl.bufferData(gl.ARRAY_BUFFER, p.points, gl.DYNAMIC_DRAW);
    gl.bindBuffer(gl.ARRAY_BUFFER, buffers.heads);
    gl.bufferData(gl.ARRAY_BUFFER, p.heads, gl.DYNAMIC_DRAW);
    gl.bindBuffer(gl.ARRAY_BUFFER, buffers.ring);
    for (const range of p.trail.ranges) gl.bufferSubData(gl.ARRAY_BUFFER, range.at * 2 * VERTEX_FLOATS * 4, range.data);
    ringUsed = p.trail.used;
    gl.bindBuffer(gl.ARRAY_BUFFER, null);
    gl.bindTexture(gl.TEXTURE_2D, stateTexture);
    gl.pixelStorei(gl.UNPACK_ALIGNMENT, 1);
    if (p.stateRows !== stateRows) {
      gl.texImage2D(gl.TEXTURE_2D, 0, gl.RG8UI, STATE_WIDTH, p.stateRows, 0, gl.RG_INTEGER, gl.UNSIGNED_BYTE, p.state);
      stateRows = p.stateRows;
    } else {
      gl.texSubImage2D(gl.TEXTURE_2D, 0, 0, 0, STATE_WIDTH, p.stateRows, gl.RG_INTEGER, gl.UNSIGNED_BYTE, p.state);
    }
    shown = p;
    cache.stale = true;
  }

  function hasTracks() {
    return shown.highWater > 0 && stateRows > 0;
  }

  // Draws the base map and the tracks into the image, for a rectangle around the view.
  function drawCache(view) {
    const rect = rectAround(view, settings.mapImageMargin, gl.getParameter(gl.MAX_TEXTURE_SIZE));
    if (!cache.rect || cache.rect.width !== rect.width || cache.rect.height !== rect.height) {
      gl.bindTexture(gl.TEXTURE_2D, cache.texture);
      gl.texImage2D(gl.TEXTURE_2D, 0, gl.RGBA8, rect.width, rect.height, 0, gl.RGBA, gl.UNSIGNED_BYTE, null);
      gl.bindTexture(gl.TEXTURE_2D, null);
    }
    cache.rect = rect;
    cache.stale = false;
    cache.baseVersion = base.image.version;
    // Web Mercator relative to ORIGIN → the image's clip space, north at row 0.
    const sx = 2 / (rect.x1 - rect.x0);
    const sy = 2 / (rect.y1 - rect.y0);
    matrix.fill(0);
    matrix[0] = sx;
    matrix[5] = sy;
    matrix[10] = 1;
    matrix[12] = (ORIGIN[0] - rect.x0) * sx - 1;
    matrix[13] = (ORIGIN[1] - rect.y0) * sy - 1;
    matrix[15] = 1;
    gl.bindFramebuffer(gl.FRAMEBUFFER, cache.framebuffer);
    gl.viewport(0, 0, rect.width, rect.height);
    gl.clearColor(...background, 1);
    gl.clear(gl.COLOR_BUFFER_BIT);
    if (base.image.rect) images.draw(base.image.texture, base.image.rect, viewOfRect(rect), { blend: false, flipY: true });
    if (hasTracks()) drawTracks(view.pixelRatio);
    gl.bindFramebuffer(gl.FRAMEBUFFER, null);
  }

  // Draws trails, heads, dots and the selection ring with `matrix` into the bound framebuffer.
  function drawTracks(pixelRatio) {
    gl.enable(gl.BLEND);
    gl.blendFunc(gl.ONE, gl.ONE_MINUS_SRC_ALPHA);
    gl.disable(gl.DEPTH_TEST);
    gl.disable(gl.STENCIL_TEST);
    gl.activeTexture(gl.TEXTURE0);
    gl.bindTexture(gl.TEXTURE_2D, stateTexture);

    const now = (shown.at - shown.base) / 1000;
    gl.useProgram(lines.program);
    gl.uniformMatrix4fv(lines.uniforms.u_matrix, false, matrix);
    gl.uniform1i(lines.uniforms.u_state, 0);
    gl.uniform3fv(lines.uniforms.u_colours, colours);
    gl.uniform1f(lines.uniforms.u_now, now);
    gl.uniform1f(lines.uniforms.u_window, trailSeconds);
    gl.bindVertexArray(vaos.ring);
    gl.drawArrays(gl.LINES, 0, ringUsed * 2);
    gl.bindVertexArray(vaos.heads);
    gl.drawArrays(gl.LINES, 0, shown.highWater * 2);

    gl.useProgram(points.program);
    gl.uniformMatrix4fv(points.uniforms.u_matrix, false, matrix);
    gl.uniform1i(points.uniforms.u_state, 0);
    gl.uniform3fv(points.uniforms.u_colours, colours);
    gl.uniform1f(points.uniforms.u_pixelRatio, pixelRatio);
    gl.uniform1i(points.uniforms.u_ring, 0);
    gl.bindVertexArray(vaos.points);
    gl.drawArrays(gl.POINTS, 0, shown.highWater);
    if (selectedSlot >= 0 && selectedSlot < shown.highWater) {
      gl.uniform1i(points.uniforms.u_ring, 1);
      gl.drawArrays(gl.POINTS, selectedSlot, 1);
    }
    gl.bindVertexArray(null);
    gl.bindTexture(gl.TEXTURE_2D, null);
  }

  const layer = {
    id: LAYER_ID,
    type: 'custom',
    renderingMode: '2d',
    onAdd(_map, context) {
      gl = context;
      if (!(gl instanceof WebGL2RenderingContext)) throw new Error('the track layer needs WebGL2');
      points = compile(gl, POINT_VERTEX, POINT_FRAGMENT);
      lines = compile(gl, LINE_VERTEX, LINE_FRAGMENT);
      buffers = { points: gl.createBuffer(), heads: gl.createBuffer(), ring: gl.createBuffer() };
      gl.bindBuffer(gl.ARRAY_BUFFER, buffers.ring);
      gl.bufferData(gl.ARRAY_BUFFER, RING_SEGMENTS * 2 * VERTEX_FLOATS * 4, gl.DYNAMIC_DRAW);
      const vao = (buffer, location, size) => {
        const v = gl.createVertexArray();
        gl.bindVertexArray(v);
        gl.bindBuffer(gl.ARRAY_BUFFER, buffer);
        gl.enableVertexAttribArray(location);
        gl.vertexAttribPointer(location, size, gl.FLOAT, false, 0, 0);
        gl.bindVertexArray(null);
        return v;
      };
      vaos = {
        points: vao(buffers.points, gl.getAttribLocation(points.program, 'a_pos'), 2),
        heads: vao(buffers.heads, gl.getAttribLocation(lines.program, 'a_vertex'), VERTEX_FLOATS),
        ring: vao(buffers.ring, gl.getAttribLocation(lines.program, 'a_vertex'), VERTEX_FLOATS),
      };
      gl.bindBuffer(gl.ARRAY_BUFFER, null);
      stateTexture = gl.createTexture();
      gl.bindTexture(gl.TEXTURE_2D, stateTexture);
      gl.texParameteri(gl.TEXTURE_2D, gl.TEXTURE_MIN_FILTER, gl.NEAREST);
      gl.texParameteri(gl.TEXTURE_2D, gl.TEXTURE_MAG_FILTER, gl.NEAREST);
      gl.texParameteri(gl.TEXTURE_2D, gl.TEXTURE_WRAP_S, gl.CLAMP_TO_EDGE);
      gl.texParameteri(gl.TEXTURE_2D, gl.TEXTURE_WRAP_T, gl.CLAMP_TO_EDGE);
      gl.bindTexture(gl.TEXTURE_2D, null);
      images = createImageDrawer(gl);
      base.attach(gl, () => map.triggerRepaint());
      cache.texture = createImageTexture(gl);
      cache.framebuffer = gl.createFramebuffer();
      gl.bindFramebuffer(gl.FRAMEBUFFER, cache.framebuffer);
      gl.bindTexture(gl.TEXTURE_2D, cache.texture);
      gl.texImage2D(gl.TEXTURE_2D, 0, gl.RGBA8, 1, 1, 0, gl.RGBA, gl.UNSIGNED_BYTE, null);
      gl.framebufferTexture2D(gl.FRAMEBUFFER, gl.COLOR_ATTACHMENT0, gl.TEXTURE_2D, cache.texture, 0);
      gl.bindTexture(gl.TEXTURE_2D, null);
      gl.bindFramebuffer(gl.FRAMEBUFFER, null);
    },
    // Before the map's frame: brings the image up to date if it cannot stand for this view.
    prerender() {
      if (picture) upload();
      const view = viewOf(map);
      if (!view) return;
      base.want(view);
      if (cache.stale || cache.baseVersion !== base.image.version || !covers(cache.rect, view)) drawCache(view);
    },
    render() {
      const view = viewOf(map);
      if (view) images.draw(cache.texture, cache.rect, view, { blend: false }); // null: turned or tilted, which map.js lets no one do
      onDrawn(view && hasTracks() ? shown.shown : 0);
    },
  };
  whenLoaded(map).then(() => map.addLayer(layer));

  return {
    take(p) {
      if (picture && !p.trail.reset) {
        // Two pictures before one frame: keep the older one's trail segments too.
        p.trail.ranges = [...picture.trail.ranges, ...p.trail.ranges];
        p.trail.reset = picture.trail.reset;
      }
      picture = p;
      map.triggerRepaint();
    },
    selectSlot(slot) {
      selectedSlot = slot;
      cache.stale = true;
      map.triggerRepaint();
    },
  };
}

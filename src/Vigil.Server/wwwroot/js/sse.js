// Server-sent events over fetch(): EventSource cannot send an Authorization header, so the stream
// is read as a ReadableStream and parsed here (the WHATWG event-stream format: `event:`, `data:`
// lines joined by newlines, `id:`, comment lines starting with ':', a blank line ends an event).

import { openStream } from './api.js';
import settings from './settings.js';

// Parses one response body, calling onEvent({ type, data, id }) per event; resolves at its end.
export async function readEvents(body, onEvent) {
  const reader = body.pipeThrough(new TextDecoderStream()).getReader();
  let buffer = '';
  let type = '';
  let data = [];
  let id = null;
  for (;;) {
    const { value, done } = await reader.read();
    if (done) return;
    buffer += value;
    let newline;
    while ((newline = buffer.search(/\r\n|\r|\n/)) >= 0) {
      if (newline === buffer.length - 1 && buffer[newline] === '\r') break; // a \n may follow in the next chunk
      const line = buffer.slice(0, newline);
      buffer = buffer.slice(newline + (buffer[newline] === '\r' && buffer[newline + 1] === '\n' ? 2 : 1));
      if (line === '') {
        if (data.length > 0) onEvent({ type: type || 'message', data: data.join('\n'), id });
        type = '';
        data = [];
        continue;
      }
      if (line.startsWith(':')) continue; // a comment: the server's heartbeat
      const colon = line.indexOf(':');
      const field = colon < 0 ? line : line.slice(0, colon);
      let val = colon < 0 ? '' : line.slice(colon + 1);
      if (val.startsWith(' ')) val = val.slice(1);
      if (field === 'event') type = val;
      else if (field === 'data') data.push(val);
      else if (field === 'id') id = val;
    }
  }
}

// Keeps the stream open: reconnects with a growing delay after it ends or fails.
// onEvent(type, payload) gets each event's JSON; onState('open' | 'closed' | 'error', detail).
export function connect(path, { onEvent, onState }) {
  const controller = new AbortController();
  let delay = settings.reconnectMs;
  let lastEventId = null;
  (async () => {
    while (!controller.signal.aborted) {
      try {
        const response = await openStream(path, { signal: controller.signal, lastEventId });
        onState('open');
        delay = settings.reconnectMs;
        await readEvents(response.body, (event) => {
          if (event.id) lastEventId = event.id;
          let payload = event.data;
          try {
            payload = JSON.parse(event.data);
          } catch {
            // not JSON: hand over the text
          }
          onEvent(event.type, payload);
        });
        onState('closed');
      } catch (error) {
        if (controller.signal.aborted) return;
        onState('error', error);
        if (error.status === 401) return;
      }
      await new Promise((resolve) => setTimeout(resolve, delay));
      delay = Math.min(delay * 2, settings.reconnectMaxMs);
    }
  })();
  return { close: () => controller.abort() };
}

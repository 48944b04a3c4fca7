// What the page starts before the map's library is evaluated (index.html lists this module before
// MapLibre's script, and scripts that wait for the page run in the order they are listed): the
// key from the link, and the tracks' stream in its worker, which then reads the first picture on
// its own thread while creating the map holds the page's (WebGL's start: over half a second in a
// browser just launched).

import { takeKeyFromFragment, currentKey } from './key.js';
import { startTrackWorker } from './picture.js';

takeKeyFromFragment();

// What startTrackWorker() returned, or null when the tab has no key yet.
export const started = currentKey() ? startTrackWorker(currentKey()) : null;

// Keyboard shortcuts. The map itself also takes arrows and +/- when it has the focus.
// Press ? on the page for this list.

export const shortcuts = [
  ['?', 'show or hide this help', 'help'],
  ['Esc', 'close the incident, deselect the track, close help', 'escape'],
  ['l', 'go back to the live picture', 'live'],
  ['Space', 'play or pause the replay', 'play'],
  [',', 'one minute back in time', 'back'],
  ['.', 'one minute forward in time', 'forward'],
  ['a', 'show the newest open alert', 'alert'],
  ['j / k', 'open the next / previous incident', 'next', 'previous'],
  ['h', 'back to the home view', 'home'],
];

const keys = {
  '?': 'help', Escape: 'escape', l: 'live', ' ': 'play', ',': 'back', '.': 'forward',
  a: 'alert', j: 'next', k: 'previous', h: 'home',
};

export function installShortcuts(actions) {
  document.addEventListener('keydown', (event) => {
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    const target = event.target;
    if (target instanceof HTMLInputElement && target.type !== 'range') return;
    if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return;
    const action = keys[event.key];
    if (!action || !actions[action]) return;
    event.preventDefault();
    actions[action]();
  });
}

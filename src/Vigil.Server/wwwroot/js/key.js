// The API key. A link may carry it as #key=…: it is moved into sessionStorage (this tab only)
// and taken out of the address bar at once, so it is not left in history or shared links.
// Without one, a small form asks for it.

import settings from './settings.js';

export function takeKeyFromFragment() {
  const hash = location.hash.replace(/^#/, '');
  if (!hash) return;
  const params = new URLSearchParams(hash);
  const key = params.get('key');
  if (key === null) return;
  if (key) sessionStorage.setItem(settings.keyStorageName, key);
  params.delete('key');
  const rest = params.toString();
  history.replaceState(history.state, '', location.pathname + location.search + (rest ? `#${rest}` : ''));
}

export function currentKey() {
  return sessionStorage.getItem(settings.keyStorageName);
}

export function forgetKey() {
  sessionStorage.removeItem(settings.keyStorageName);
}

// Shows the key form with an optional reason; resolves once a key has been entered and stored.
export function askForKey(reason) {
  const form = document.getElementById('key-form');
  const input = form.querySelector('input[name=key]');
  const message = form.querySelector('[data-testid=key-message]');
  message.textContent = reason || 'This dashboard needs an API key (vigil keys create).';
  form.hidden = false;
  input.value = '';
  input.focus();
  return new Promise((resolve) => {
    form.addEventListener('submit', function submitted(event) {
      event.preventDefault();
      const key = input.value.trim();
      if (!key) return;
      sessionStorage.setItem(settings.keyStorageName, key);
      form.hidden = true;
      form.removeEventListener('submit', submitted);
      resolve(key);
    });
  });
}

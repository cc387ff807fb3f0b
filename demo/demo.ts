/**
 * The demo pages' light/dark switch. It pins `color-scheme` on the root element; the page's
 * colours and the widgets' (all `light-dark()` or `currentColor`) follow. The choice is kept.
 */
const KEY = 'press-widgets-demo-theme';
const root = document.documentElement;
const prefersDark = window.matchMedia('(prefers-color-scheme: dark)');

const isDark = () => (root.dataset.theme ? root.dataset.theme === 'dark' : prefersDark.matches);

function apply(theme: string | null): void {
  if (theme === 'dark' || theme === 'light') root.dataset.theme = theme;
  else delete root.dataset.theme;
  for (const button of document.querySelectorAll<HTMLButtonElement>('[data-theme-toggle]')) button.setAttribute('aria-pressed', String(isDark()));
}

try {
  apply(localStorage.getItem(KEY));
} catch {
  apply(null);
}
prefersDark.addEventListener('change', () => apply(root.dataset.theme ?? null));

document.addEventListener('click', (event) => {
  const button = (event.target as Element | null)?.closest('[data-theme-toggle]');
  if (!button) return;
  const theme = isDark() ? 'light' : 'dark';
  apply(theme);
  try {
    localStorage.setItem(KEY, theme);
  } catch {
    // Storage may be blocked; the switch still works for this page.
  }
});

/**
 * The demo API's switches (not part of the widgets): make another reader comment in the live
 * thread now, and let the login go stale so the next signed-in post meets an expired nonce.
 */
document.addEventListener('click', (event) => {
  const button = (event.target as Element | null)?.closest<HTMLButtonElement>('[data-live-comment], [data-expire-login]');
  if (!button) return;
  const url = button.matches('[data-live-comment]') ? '/demo-api/live-comment' : '/wp-login.php?action=demo-expire';
  void fetch(url, { method: 'POST' }).then((response) => {
    button.nextElementSibling?.replaceChildren(response.ok ? 'Erledigt.' : 'Nicht mehr möglich.');
  });
});

/**
 * The gallery's stylesheet picker: loads one of the optional themes (dist/themes/*.css, here
 * straight from src/themes/) to show that they are only custom properties the page can set.
 */
const STYLESHEET_KEY = 'press-widgets-demo-stylesheet';
const picker = document.querySelector<HTMLSelectElement>('[data-stylesheet]');

function useStylesheet(name: string): void {
  document.getElementById('press-theme')?.remove();
  if (name !== 'default' && name !== 'newspaper') return;
  const link = Object.assign(document.createElement('link'), { id: 'press-theme', rel: 'stylesheet', href: `/src/themes/${name}.css` });
  document.head.append(link);
}

if (picker) {
  try {
    picker.value = localStorage.getItem(STYLESHEET_KEY) ?? '';
  } catch {
    picker.value = '';
  }
  useStylesheet(picker.value);
  picker.addEventListener('change', () => {
    useStylesheet(picker.value);
    try {
      localStorage.setItem(STYLESHEET_KEY, picker.value);
    } catch {
      // Storage may be blocked; the choice still applies to this page.
    }
  });
}

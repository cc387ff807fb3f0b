import type { ReactiveController, ReactiveElement } from 'lit';

/**
 * Text lighter than this relative luminance (WCAG's definition) means the page behind it is dark.
 * Well above the 0.18 where white and black backgrounds tie: grey body text on a white page (#777,
 * 0.18) stays "light page"; the greys dark themes use for text (#999 and lighter) read as dark.
 */
const LIGHT_TEXT = 0.3;

/**
 * Keeps a widget readable on a page that turns dark without declaring `color-scheme` (its own class
 * or media rule): reads the luminance of the text colour the widget inherits and, when it is light,
 * sets the custom state `dark` on the host, for which the shared styles pick the dark side of every
 * `light-dark()` pair (`:host(:state(dark):not([theme]))`).
 *
 * Live and cheap: the shared styles give the host's `::before` a 1 ms `color` transition, so any
 * change of the inherited colour (any ancestor's class, a media rule, a theme switcher) ends in one
 * `transitionend` on the host; a `prefers-color-scheme` listener and one observer on the classes and
 * styles of `<html>` and `<body>` back it up where transitions do not run. Reads are batched: all
 * widgets read in one microtask, then all write, so a page with a hundred cards recalculates style once.
 * A widget inside another widget's shadow root (a list's cards and counts) neither reads nor watches:
 * the `color-scheme` its host's state sets is inherited.
 */
export class InheritedSchemeController implements ReactiveController {
  #dark = false;
  #nested = false;

  readonly #host: ReactiveElement;
  readonly #states: CustomStateSet | undefined;

  constructor(host: ReactiveElement, states: CustomStateSet | undefined) {
    this.#host = host;
    this.#states = states;
    hosts.add(host);
    host.addController(this);
  }

  /**
   * Called before the host connects (and renders): the first reading is queued ahead of the host's
   * first render, so it costs the style of the host alone, not of all it is about to render.
   */
  connecting(): void {
    // A widget inside another's shadow root (a list's cards) inherits that widget's color-scheme,
    // dark state included: no reading and no watch of its own (each would cost per card of a hundred).
    const root = this.#host.getRootNode();
    this.#nested = root instanceof ShadowRoot && hosts.has(root.host);
    if (!this.#nested) schedule(this);
  }

  hostConnected(): void {
    if (this.#nested) return;
    connected.add(this);
    watchPage();
    this.#host.addEventListener('transitionend', this.#onTransition);
  }

  hostDisconnected(): void {
    connected.delete(this);
    this.#host.removeEventListener('transitionend', this.#onTransition);
  }

  readonly #onTransition = (event: TransitionEvent): void => {
    if (event.target !== this.#host || event.pseudoElement !== '::before') return;
    // Our own watch: the page's transitionend listeners (menus, theme switchers) never hear of it.
    event.stopPropagation();
    schedule(this);
  };

  /** Reads (never writes) the inherited colour; null when it says nothing (transparent, unparsable). */
  read(): boolean | null {
    const luminance = luminanceOf(getComputedStyle(this.#host).color);
    return luminance === null ? null : luminance > LIGHT_TEXT;
  }

  apply(dark: boolean | null): void {
    if (dark === null || dark === this.#dark || !this.#states) return;
    this.#dark = dark;
    try {
      if (dark) this.#states.add('dark');
      else this.#states.delete('dark');
    } catch {
      // A browser without custom states keeps the page's own color-scheme, as before.
    }
  }
}

const connected = new Set<InheritedSchemeController>();
const hosts = new WeakSet<Element>();
const pending = new Set<InheritedSchemeController>();

function schedule(controller: InheritedSchemeController): void {
  if (!pending.size) queueMicrotask(flush);
  pending.add(controller);
}

function flush(): void {
  const batch = [...pending];
  pending.clear();
  const readings = batch.map((controller) => controller.read());
  batch.forEach((controller, i) => controller.apply(readings[i]));
}

let watching = false;

/** One listener and one observer for the whole page, however many widgets it holds. */
function watchPage(): void {
  if (watching) return;
  watching = true;
  const all = () => connected.forEach(schedule);
  matchMedia('(prefers-color-scheme: dark)').addEventListener('change', all);
  const observer = new MutationObserver(all);
  const observe = () => {
    for (const el of [document.documentElement, document.body]) if (el) observer.observe(el, { attributes: true, attributeFilter: ['class', 'style', 'data-theme', 'data-bs-theme', 'data-mode'] });
  };
  observe();
  if (!document.body) document.addEventListener('DOMContentLoaded', observe, { once: true });
}

const cache = new Map<string, number | null>();
let canvas: CanvasRenderingContext2D | null | undefined;

/**
 * WCAG relative luminance of a computed CSS colour, null for a transparent or unreadable one. A
 * canvas converts any syntax (rgb(), oklch(), color(display-p3 …)) to sRGB bytes.
 */
export function luminanceOf(color: string): number | null {
  let known = cache.get(color);
  if (known !== undefined) return known;
  known = null;
  canvas ??= document.createElement('canvas').getContext('2d', { willReadFrequently: true });
  if (canvas) {
    canvas.clearRect(0, 0, 1, 1);
    canvas.fillStyle = '#000';
    canvas.fillStyle = color;
    canvas.fillRect(0, 0, 1, 1);
    const [r, g, b, a] = canvas.getImageData(0, 0, 1, 1).data;
    const linear = (c: number) => ((c /= 255) <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
    // Nearly transparent text says nothing about the page.
    if (a >= 26) known = 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
  }
  if (cache.size > 64) cache.clear();
  cache.set(color, known);
  return known;
}

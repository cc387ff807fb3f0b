import { LitElement } from 'lit';
import { InheritedSchemeController } from '../controllers/inherited-scheme-controller.js';
import { LocalizeController } from '../i18n/localize.js';

/**
 * Base of every press-widgets element: one place for event dispatch, safe registration and
 * the per-element localize controller.
 */
export class PressElement extends LitElement {
  /** Resolves this element's language and formats strings and dates in it. */
  protected readonly localize = new LocalizeController(this);

  /**
   * Picks the dark side of the palette when the inherited text is light (a page dark by its own CSS),
   * through the custom state `:state(dark)` of the element's internals, attached once here (a second
   * `attachInternals()` throws).
   */
  constructor() {
    super();
    this.#scheme = new InheritedSchemeController(this, attachInternalsSafely(this)?.states);
  }

  readonly #scheme: InheritedSchemeController;

  override connectedCallback(): void {
    this.#scheme.connecting();
    super.connectedCallback();
  }

  /** Dispatches an event that bubbles and crosses shadow roots unless told otherwise. */
  protected emit<T extends Event>(event: T): T {
    this.dispatchEvent(event);
    return event;
  }

  /**
   * Registers this class under `tag` and never throws: a widget pasted twice, or loaded next to
   * another copy of the bundle, quietly keeps the first registration; a tag that another script
   * already took for something else is skipped with one console warning naming it.
   */
  static define(tag: string, registry: CustomElementRegistry = customElements): void {
    try {
      const existing = registry.get(tag) as (CustomElementConstructor & { [OURS]?: boolean }) | undefined;
      if (existing) {
        if (!existing[OURS] && !warned.has(tag)) {
          warned.add(tag);
          console.warn(`press-widgets: <${tag}> is already defined by another script; press-widgets' <${tag}> is not registered.`);
        }
        return;
      }
      try {
        registry.define(tag, this);
      } catch {
        // This class already serves another tag (a registry allows one tag per constructor): use a subclass.
        registry.define(tag, class extends this {});
      }
    } catch (error) {
      console.warn(`press-widgets: <${tag}> could not be registered.`, error);
    }
  }
}

/** Marks our classes, across copies of the bundle, so a second copy tells its twin from a stranger. */
const OURS = Symbol.for('press-widgets.element');
(PressElement as unknown as Record<symbol, boolean>)[OURS] = true;
const warned = new Set<string>();

function attachInternalsSafely(el: HTMLElement): ElementInternals | undefined {
  try {
    return el.attachInternals();
  } catch {
    return undefined;
  }
}

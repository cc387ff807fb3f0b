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
   * The element's internals, attached once here (a second `attachInternals()` throws): custom
   * states such as `:state(dark)`; an element that needs form association uses these too.
   */
  protected readonly internals: ElementInternals | undefined = attachInternalsSafely(this);

  /** Picks the dark side of the palette when the inherited text is light (a page dark by its own CSS). */
  protected readonly inheritedScheme = new InheritedSchemeController(this, this.internals?.states);

  /** Dispatches an event that bubbles and crosses shadow roots unless told otherwise. */
  protected emit<T extends Event>(event: T): T {
    this.dispatchEvent(event);
    return event;
  }

  /**
   * Registers this class under `tag`, quietly skipping a tag that is already taken: a widget
   * pasted twice, or loaded next to another copy of the bundle, must never throw.
   */
  static define(tag: string, registry: CustomElementRegistry = customElements): void {
    if (registry.get(tag)) return;
    try {
      registry.define(tag, this);
    } catch {
      // This class already serves another tag (a registry allows one tag per constructor): use a subclass.
      registry.define(tag, class extends this {});
    }
  }
}

function attachInternalsSafely(el: HTMLElement): ElementInternals | undefined {
  try {
    return el.attachInternals();
  } catch {
    return undefined;
  }
}

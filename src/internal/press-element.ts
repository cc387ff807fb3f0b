import { LitElement } from 'lit';
import { LocalizeController } from '../i18n/localize.js';

/**
 * Base of every press-widgets element: one place for event dispatch, safe registration and
 * the per-element localize controller.
 */
export class PressElement extends LitElement {
  /** Resolves this element's language and formats strings and dates in it. */
  protected readonly localize = new LocalizeController(this);

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

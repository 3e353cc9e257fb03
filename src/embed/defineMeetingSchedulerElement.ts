import { attributesToProps, type AttributeProps } from './attributesToProps';
import { elementAttributes } from './elementAttributes';
import { MEETING_SCHEDULER_TAG } from './embedFiles';
import type { MeetingSchedulerProps } from '../components/MeetingSchedulerProps';
import type { MountHandle } from './MountHandle';
import { mount } from './mount';
import { reportEmbedError } from './reportEmbedError';

/** The tag the script-tag bundle registers. */
export { MEETING_SCHEDULER_TAG };

/** What the element renders with: its attributes, and the props only JavaScript can set. */
type ElementProps = AttributeProps & Pick<MeetingSchedulerProps, 'getBookingVerificationToken'>;
type TokenCallback = NonNullable<MeetingSchedulerProps['getBookingVerificationToken']>;

function sameProps(a: ElementProps, b: ElementProps): boolean {
  return (Object.keys(a) as (keyof ElementProps)[]).every((key) => a[key] === b[key]);
}

/** Built on first use: a class declared at module level would need `HTMLElement` to exist in Node. */
function createElementClass(): CustomElementConstructor {
  return class MeetingSchedulerElement extends HTMLElement {
    static readonly observedAttributes: readonly string[] = elementAttributes;

    #handle: MountHandle | null = null;
    #renderedProps: ElementProps | null = null;
    #syncQueued = false;
    #warnedNoSlug = false;
    #verificationToken: TokenCallback | undefined;

    constructor() {
      super();
      // Set on the element before the embed loaded (the loader fetches it later): an own property
      // then hides the accessor below; move it behind the accessor.
      if (Object.prototype.hasOwnProperty.call(this, 'getBookingVerificationToken')) {
        const early = (this as { getBookingVerificationToken?: unknown }).getBookingVerificationToken;
        delete (this as { getBookingVerificationToken?: unknown }).getBookingVerificationToken;
        this.getBookingVerificationToken = early as TokenCallback | undefined;
      }
    }

    /**
     * The human check's token for each book call (sent as `X-Booking-Verification`), like the
     * React prop: a function returning the token or a promise of it; `null` or `undefined` clears it.
     * A property, not an attribute: an attribute naming a function would let any markup pick one.
     */
    get getBookingVerificationToken(): TokenCallback | undefined {
      return this.#verificationToken;
    }

    set getBookingVerificationToken(value: TokenCallback | null | undefined) {
      if (value !== null && value !== undefined && typeof value !== 'function') {
        console.warn('[meeting-scheduler] getBookingVerificationToken must be a function; ignored.');
        return;
      }
      this.#verificationToken = value ?? undefined;
      this.#queueSync();
    }

    connectedCallback(): void {
      this.#queueSync();
    }

    // Deferred like every change: a move in the DOM (disconnect + connect in one task) keeps the
    // widget, its state and what the visitor typed, instead of remounting it.
    disconnectedCallback(): void {
      this.#queueSync();
    }

    // Several attributes set in a row (or all of them at upgrade) make one render.
    attributeChangedCallback(): void {
      this.#queueSync();
    }

    #queueSync(): void {
      if (this.#syncQueued) return;
      this.#syncQueued = true;
      queueMicrotask(() => {
        this.#syncQueued = false;
        this.#sync();
      });
    }

    #sync(): void {
      try {
        const props: ElementProps = { ...attributesToProps(this), getBookingVerificationToken: this.#verificationToken };
        if (!this.isConnected || !props.slug) {
          this.#unmount();
          if (this.isConnected) this.#warnNoSlug();
          return;
        }
        if (!this.#handle) {
          this.#handle = mount(this, props);
        } else if (!this.#renderedProps || !sameProps(this.#renderedProps, props)) {
          this.#handle.update(props);
        }
        this.#renderedProps = props;
      } catch (error) {
        reportEmbedError(this, error);
      }
    }

    #unmount(): void {
      this.#handle?.unmount();
      this.#handle = null;
      this.#renderedProps = null;
    }

    #warnNoSlug(): void {
      if (this.#warnedNoSlug) return;
      this.#warnedNoSlug = true;
      console.warn('[meeting-scheduler] <meeting-scheduler> has no slug attribute yet; it renders once one is set.');
    }
  };
}

/**
 * Registers `<meeting-scheduler>` (once: if the tag is already defined, e.g. because the script was
 * loaded twice, the existing definition is kept and returned). Returns `undefined` where there are
 * no custom elements (Node, very old browsers).
 */
export function defineMeetingSchedulerElement(): CustomElementConstructor | undefined {
  if (typeof customElements === 'undefined' || typeof HTMLElement === 'undefined') return undefined;
  const existing = customElements.get(MEETING_SCHEDULER_TAG);
  if (existing) return existing;
  const elementClass = createElementClass();
  customElements.define(MEETING_SCHEDULER_TAG, elementClass);
  return elementClass;
}

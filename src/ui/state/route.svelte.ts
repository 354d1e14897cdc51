// The screen and product shown, kept in the URL's hash so reload, back/forward and a shared link
// return to the same place. Every move is a history entry; the hash is the single source of truth.
import { formatHash, parseHash, type ScreenId } from './hash-route';

export class RouteState {
  #screen = $state<ScreenId>(parseHash(globalThis.location?.hash ?? '').screen);
  #productId = $state<string | null>(parseHash(globalThis.location?.hash ?? '').productId);
  get screen() {
    return this.#screen;
  }
  get productId() {
    return this.#productId;
  }
  /** The product last shown on each screen, so going back to a tab returns to it. */
  #lastProduct = new Map<ScreenId, string>();

  /** Follows the hash (back/forward, an edited URL); returns the unsubscribe function. */
  watch(): () => void {
    const read = () => {
      const route = parseHash(location.hash);
      [this.#screen, this.#productId] = [route.screen, route.productId];
      if (route.productId) this.#lastProduct.set(route.screen, route.productId);
    };
    read();
    addEventListener('hashchange', read);
    return () => removeEventListener('hashchange', read);
  }

  /** Opens a screen, with `productId` or else the product it showed last. */
  go(screen: ScreenId, productId: string | null = this.#lastProduct.get(screen) ?? null): void {
    if (productId) this.#lastProduct.set(screen, productId);
    [this.#screen, this.#productId] = [screen, productId];
    const hash = formatHash({ screen, productId });
    if (location.hash !== hash) location.hash = hash;
  }
}

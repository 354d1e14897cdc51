// Where the lab is, as the URL's hash: "#studies", "#product/9780722532935". Parsing never fails:
// a hash the lab does not know (an old link, a typo) opens the default screen.

/** The lab's screens, in tab order. */
export const SCREENS = [
  { id: 'home', label: 'Home' },
  { id: 'lab', label: 'Data & forecast' },
  { id: 'studies', label: 'Studies' },
  { id: 'models', label: 'Models' },
  { id: 'catalogue', label: 'Forecast' },
  { id: 'product', label: 'Product' },
  { id: 'runs', label: 'Runs' },
  { id: 'monitoring', label: 'Monitoring' },
  { id: 'settings', label: 'Settings' },
] as const;

export type ScreenId = (typeof SCREENS)[number]['id'];
export const DEFAULT_SCREEN: ScreenId = 'home';

/** A screen and, on screens that show one product, that product's id. */
export interface Route {
  screen: ScreenId;
  productId: string | null;
}

const SCREEN_IDS = new Set<string>(SCREENS.map((s) => s.id));
const isScreen = (s: string): s is ScreenId => SCREEN_IDS.has(s);

function decoded(part: string): string | null {
  try {
    return decodeURIComponent(part);
  } catch {
    return null; // a malformed escape such as "%E0%A4%A"
  }
}

/** The route a hash names; the default screen when it names none the lab knows. */
export function parseHash(hash: string): Route {
  const body = hash.replace(/^#\/?/, '');
  const slash = body.indexOf('/');
  const screen = decoded(slash < 0 ? body : body.slice(0, slash));
  if (screen === null || !isScreen(screen)) return { screen: DEFAULT_SCREEN, productId: null };
  const product = slash < 0 ? '' : (decoded(body.slice(slash + 1)) ?? '').trim();
  return { screen, productId: product === '' ? null : product };
}

/** The hash of a route, product id escaped (ids may hold "/", "#" or spaces). */
export function formatHash(route: Route): string {
  return `#${route.screen}${route.productId ? `/${encodeURIComponent(route.productId)}` : ''}`;
}

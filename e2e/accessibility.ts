// Accessibility assertions used on every screen. Names, roles, labels, contrast and landmarks are
// checked by axe-core (Deque's engine, the standard); what axe cannot see — that keyboard focus is
// visible as it moves — is checked here by tabbing.
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

/** The impacts that fail a screen; "moderate" and "minor" findings are reported by axe but not gated. */
const BLOCKING = new Set(['serious', 'critical']);

/** axe's serious and critical violations on the page as it is now, one line each: rule, impact, first elements. */
export async function seriousAxeViolations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).analyze();
  return violations
    .filter((v) => BLOCKING.has(v.impact ?? ''))
    .map(
      (v) =>
        `${v.id} (${v.impact}, ${v.nodes.length}×): ${v.help} — ${v.nodes
          .slice(0, 3)
          .map((n) => n.target.join(' '))
          .join(' | ')}`,
    );
}

/** Fails with axe's findings when the page has a serious or critical accessibility violation. */
export async function expectNoSeriousAxeViolations(page: Page, where = 'the page'): Promise<void> {
  expect(await seriousAxeViolations(page), `axe on ${where}`).toEqual([]);
}

/** The name older specs use for the same check (it replaced a hand-written control-name check). */
export const expectAccessibleControls = expectNoSeriousAxeViolations;

/** Tabs through the page and checks that every focused element shows an outline. */
export async function expectVisibleFocus(page: Page, steps = 6): Promise<void> {
  for (let i = 0; i < steps; i++) {
    await page.keyboard.press('Tab');
    const outline = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el || el === document.body) return 'none';
      const target = el.matches('input[type="file"]') ? (el.closest('label') ?? el) : el;
      const style = getComputedStyle(el);
      const labelStyle = getComputedStyle(target);
      return style.outlineStyle !== 'none' && style.outlineWidth !== '0px' ? 'ok' : labelStyle.outlineStyle !== 'none' ? 'ok' : el.outerHTML.slice(0, 80);
    });
    expect(outline, `focused element ${i + 1} has a visible focus ring`).toBe('ok');
  }
}

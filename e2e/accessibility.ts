// Accessibility assertions used on every screen: each control has an accessible name, images of
// data have a text alternative, and keyboard focus is visible.
import { expect, type Page } from '@playwright/test';

/** Controls without a name a screen reader could announce, as short descriptions. */
export function unlabelledControls(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const problems: string[] = [];
    const describe = (el: Element) => `${el.tagName.toLowerCase()}${el.id ? '#' + el.id : ''}[${(el.getAttribute('data-testid') ?? el.outerHTML.slice(0, 60))}]`;
    const nameOf = (el: HTMLElement): string => {
      const aria = el.getAttribute('aria-label') ?? '';
      const labelledBy = (el.getAttribute('aria-labelledby') ?? '')
        .split(/\s+/)
        .map((id) => document.getElementById(id)?.textContent ?? '')
        .join(' ');
      const labels = 'labels' in el ? Array.from((el as HTMLInputElement).labels ?? []).map((l) => l.textContent ?? '').join(' ') : '';
      const own = el instanceof HTMLButtonElement || el instanceof HTMLAnchorElement || el.getAttribute('role') === 'tab' ? (el.textContent ?? '') : '';
      return `${aria} ${labelledBy} ${labels} ${own} ${el.getAttribute('title') ?? ''}`.trim();
    };
    for (const el of document.querySelectorAll<HTMLElement>('button, input, select, textarea, a[href], [role="button"], [role="tab"]')) {
      if (el.closest('[hidden], [inert]')) continue;
      if (el instanceof HTMLInputElement && el.type === 'hidden') continue;
      if (nameOf(el) === '') problems.push(describe(el));
    }
    for (const svg of document.querySelectorAll('svg[role="img"]')) {
      if (!svg.getAttribute('aria-label') && !svg.querySelector('title')) problems.push(describe(svg));
    }
    return problems;
  });
}

export async function expectAccessibleControls(page: Page): Promise<void> {
  expect(await unlabelledControls(page)).toEqual([]);
}

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

import { expect, type Locator, type Page } from '@playwright/test';

/** The popup through its data-testid contract, opened in a tab (optionally `?tab=<id>`). */
export class PopupPage {
  constructor(readonly page: Page) {}

  get search(): Locator {
    return this.page.getByTestId('cadre-search');
  }

  options(): Locator {
    return this.page.getByTestId('cadre-option');
  }

  /** Types a query and waits for the result carrying `cadreId`. */
  async findCadre(query: string, cadreId?: string): Promise<Locator> {
    await this.search.fill(query);
    const hit = cadreId ? this.page.locator(`[data-testid="cadre-option"][data-cadre-id="${cadreId}"]`) : this.options().first();
    await expect(hit).toBeVisible();
    return hit;
  }

  get frameStatus(): Locator {
    return this.page.getByTestId('frame-status');
  }

  /** Number of frames where the content script answered, as the popup shows it. */
  async activeFrames(): Promise<number> {
    return Number((await this.frameStatus.getAttribute('data-active-frames')) ?? '0');
  }

  /** The frame rows whose URL contains `part` and that the popup marks active. */
  activeFrameRow(part: string): Locator {
    return this.page.locator(`[data-testid="frame-row"][data-active="true"][data-url*="${part}"]`);
  }
}

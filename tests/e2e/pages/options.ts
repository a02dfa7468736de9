import { expect, type Locator, type Page } from '@playwright/test';
import type { CadreFormValues } from '../lib/synthetic-cadre';

/** The options page through its data-testid contract (docs: the automation contract). */
export class OptionsPage {
  constructor(readonly page: Page) {}

  byTestId(id: string): Locator {
    return this.page.getByTestId(id);
  }

  async openLedger(): Promise<void> {
    await this.byTestId('nav-ledger').click();
  }

  /** Opens a blank cadre editor. */
  async newCadre(): Promise<void> {
    await this.openLedger();
    await this.byTestId('new-cadre').click();
    await expect(this.byTestId('cadre-form')).toBeVisible();
  }

  /** Types into an input or picks in a select, whichever the field is. */
  async setField(field: string, value: string): Promise<void> {
    const el = this.byTestId(`field-${field}`);
    const tag = await el.evaluate((node) => node.tagName.toLowerCase());
    if (tag === 'select') await el.selectOption(value);
    else await el.fill(value);
  }

  /** Fills the editor with the given values and presses save. */
  async fillAndSave(values: CadreFormValues): Promise<void> {
    await this.setField('name', values.name);
    await this.setField('category', values.category);
    if (values.idNumber !== undefined) await this.setField('idNumber', values.idNumber);
    if (values.birthDate !== undefined) await this.setField('birthDate', values.birthDate);
    if (values.phone !== undefined) await this.setField('phone', values.phone);
    await this.byTestId('save-cadre').click();
  }

  /** Error text shown next to a field, by its model path (`idNumber`, `phones.0` ...). */
  errorFor(path: string): Locator {
    return this.byTestId(`error-${path}`);
  }

  /** Chooses a JSON ledger in the import section and returns the preview's counts. */
  async previewImport(json: unknown, fileName = 'ledger.json'): Promise<{ toAdd: number; toUpdate: number; errors: number }> {
    await this.byTestId('nav-import').click();
    await this.byTestId('import-file').setInputFiles({
      name: fileName,
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(json), 'utf8'),
    });
    const preview = this.byTestId('import-preview');
    await expect(preview).toHaveAttribute('data-to-add', /\d+/, { timeout: 30_000 });
    const num = async (attr: string) => Number((await preview.getAttribute(attr)) ?? 'NaN');
    return { toAdd: await num('data-to-add'), toUpdate: await num('data-to-update'), errors: await num('data-errors') };
  }

  async commitImport(): Promise<void> {
    await this.byTestId('import-commit').click();
  }

  /** Previews then commits a JSON ledger; returns the preview's counts. */
  async importLedger(json: unknown, fileName?: string): Promise<{ toAdd: number; toUpdate: number; errors: number }> {
    const counts = await this.previewImport(json, fileName);
    await this.commitImport();
    return counts;
  }
}

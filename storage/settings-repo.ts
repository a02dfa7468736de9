import { settings, type Settings } from '../core/model/settings';
import { toFieldProblems, type FieldProblem } from '../core/model/issues';
import { systemClock, type Clock } from './clock';
import type { CareFillDB } from './db';

const OFFICE_KEY = 'office';

/** The office settings: one validated record under the key `office` of the settings table. */
export class SettingsRepo {
  constructor(
    private readonly db: CareFillDB,
    private readonly now: Clock = systemClock,
  ) {}

  /** The stored settings, or the defaults when none (or unreadable ones) are stored. */
  async get(): Promise<Settings> {
    const row = await this.db.settings.get(OFFICE_KEY);
    const parsed = settings.safeParse(row?.value ?? {});
    return parsed.success ? parsed.data : settings.parse({});
  }

  /** Changes some settings; the whole result is validated before it is stored. */
  async update(patch: Partial<Settings>): Promise<{ ok: true; settings: Settings } | { ok: false; problems: FieldProblem[] }> {
    return this.db.transaction('rw', this.db.settings, async () => {
      const current = await this.get();
      const parsed = settings.safeParse({ ...current, ...patch, updatedAt: Math.max(this.now(), current.updatedAt + 1) });
      if (!parsed.success) return { ok: false, problems: toFieldProblems(parsed.error) };
      await this.db.settings.put({ key: OFFICE_KEY, value: parsed.data });
      return { ok: true, settings: parsed.data };
    });
  }
}

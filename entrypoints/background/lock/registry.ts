import type { CareFillDB } from '../../../storage/db';
import { sessionKeyStore } from '../../../storage/lock/session-key';
import type { Repos } from '../../../storage/repos';
import { LockService } from './service';

const services = new WeakMap<CareFillDB, LockService>();

/** The one Lock service of a database (handlers get the repositories, not the service). */
export function lockServiceOf(repos: Pick<Repos, 'db' | 'settings'>): LockService {
  let s = services.get(repos.db);
  if (!s) {
    s = new LockService({ db: repos.db, settings: repos.settings, session: sessionKeyStore });
    services.set(repos.db, s);
  }
  return s;
}

import { followUp, type FollowUp } from '../core/model/follow-up';
import { siteMap, type SiteMap } from '../core/model/site-map';
import { standard, type Standard } from '../core/model/standard';
import { template, type Template } from '../core/model/template';
import { AuditRepo } from './audit-repo';
import { CadreRepo } from './cadre-repo';
import { systemClock, type Clock } from './clock';
import { CareFillDB } from './db';
import { RecordRepo } from './record-repo';
import { SettingsRepo } from './settings-repo';
import { VisitStore } from './visit-store';

/** Every repository over one database: what the background (and only it) works with. */
export function openRepos(db: CareFillDB = new CareFillDB(), now: Clock = systemClock) {
  return {
    db,
    cadres: new CadreRepo(db, now),
    followUps: new RecordRepo<FollowUp>(db.followUps, followUp, now),
    templates: new RecordRepo<Template>(db.templates, template, now),
    standards: new RecordRepo<Standard>(db.standards, standard, now),
    visits: new VisitStore(db, now),
    siteMaps: new RecordRepo<SiteMap>(db.siteMaps, siteMap, now),
    audit: new AuditRepo(db, now),
    settings: new SettingsRepo(db, now),
  };
}
export type Repos = ReturnType<typeof openRepos>;

import type { DashboardCatalog } from './catalog';
import { awsEn } from './aws-en';
import { en } from './en';
import type { Lang } from './format';
import { uiEn } from './ui-en';

/** The engineer's page in English: always there (the dashboard's own chunk). */
export const dashboardEn: DashboardCatalog = { ...en, ...uiEn, ...awsEn };

/**
 * The catalog of the engineer's page for a language: the shared catalog and the dashboard's own words. Japanese
 * comes as its own chunks, loaded only when shown; a share link imports neither.
 */
export async function loadDashboardCatalog(lang: Lang): Promise<DashboardCatalog> {
  if (lang === 'en') return dashboardEn;
  const [{ ja }, { uiJa }, { awsJa }] = await Promise.all([import('./ja'), import('./ui-ja'), import('./aws-ja')]);
  return { ...ja, ...uiJa, ...awsJa };
}

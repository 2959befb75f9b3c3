import type { DashboardCatalog } from './catalog';
import { en } from './en';
import type { Lang } from './format';
import { uiEn } from './ui-en';

/** The engineer's page in English: always there (the dashboard's own chunk). */
export const dashboardEn: DashboardCatalog = { ...en, ...uiEn };

/**
 * The catalog of the engineer's page for a language: the shared catalog and the dashboard's own words. Japanese
 * comes as its own chunks, loaded only when shown; a share link imports neither.
 */
export async function loadDashboardCatalog(lang: Lang): Promise<DashboardCatalog> {
  if (lang === 'en') return dashboardEn;
  const [{ ja }, { uiJa }] = await Promise.all([import('./ja'), import('./ui-ja')]);
  return { ...ja, ...uiJa };
}

import { useEffect, useState } from 'react';
import { loadCatalog, type Catalog } from '@/chain/messages/catalog';
import { en } from '@/chain/messages/en';
import type { Lang } from '@/chain/messages/format';

/** The catalog of a language, loaded on first use (English is always there; Japanese comes as its own chunk). */
export function useCatalog(lang: Lang): Catalog | undefined {
  const [loaded, setLoaded] = useState<Partial<Record<Lang, Catalog>>>({ en });
  useEffect(() => {
    if (loaded[lang]) return;
    let live = true;
    void loadCatalog(lang).then((catalog) => live && setLoaded((current) => ({ ...current, [lang]: catalog })));
    return () => {
      live = false;
    };
  }, [lang, loaded]);
  return loaded[lang];
}

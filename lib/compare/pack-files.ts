import { createHash } from 'node:crypto';
import { COMPARE_PACK_SIZE, COMPARE_PACK_VERSION, packOf, type CompareArticleList } from './packs';
import type { CompareData } from './types';

/** The packs (file name → JSON) and the article list that names them, from the build's comparison data. */
export function packCompareData(data: CompareData, size = COMPARE_PACK_SIZE): { list: CompareArticleList; files: Map<string, string> } {
  const files = new Map<string, string>();
  const packs: string[] = [];
  const slugs = data.articles.map((a) => a.slug);
  for (let k = 0; k * size < slugs.length; k++) {
    const json = JSON.stringify(packOf(slugs.slice(k * size, (k + 1) * size), data.byArticle));
    const name = `c${k}-${createHash('sha256').update(json).digest('hex').slice(0, 12)}.json`;
    files.set(name, json);
    packs.push(name);
  }
  return {
    list: { version: COMPARE_PACK_VERSION, articles: data.articles.map((a, i) => ({ ...a, pack: Math.floor(i / size) })), packs },
    files,
  };
}


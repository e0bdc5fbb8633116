import type { Metadata } from 'next';
import { IndexPage } from '@/components/index/IndexPage';
import { articleCountWords } from '@/lib/library';

export const metadata: Metadata = {
  title: 'Themes',
  description:
    `Themes that run through the ${articleCountWords()} articles on China’s surveillance state, such as camera counts, public shaming and Xinjiang, each gathering passages to read side by side.`,
};

export default function ThemesIndex() {
  return (
    <IndexPage
      collection="themes"
      title="Themes"
      listHeading="All themes"
      intro={`Threads that run through the ${articleCountWords()} articles, such as counting the cameras, public shaming and Xinjiang. Each theme gathers passages from the articles to read side by side; the list gives how many passages each one gathers and from how many articles.`}
    />
  );
}

import type { Metadata } from 'next';
import { IndexPage } from '@/components/index/IndexPage';
import { articleCountWords } from '@/lib/library';

export const metadata: Metadata = {
  title: 'People',
  description:
    `Everyone the ${articleCountWords()} articles on China’s surveillance state name or quote, and the journalists behind them, with how often each is mentioned and in which articles.`,
};

export default function PeopleIndex() {
  return (
    <IndexPage
      collection="people"
      title="People"
      listHeading="All people"
      intro={`Everyone the ${articleCountWords()} articles name or quote (officials, residents, researchers, entrepreneurs) and the journalists who wrote or photographed the stories, with how often each is mentioned and in which articles. Filter by how a person is involved: quoted, reported on, author, and so on.`}
    />
  );
}

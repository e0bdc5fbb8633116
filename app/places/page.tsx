import type { Metadata } from 'next';
import { IndexPage } from '@/components/index/IndexPage';
import { PlacesMap } from '@/components/map/PlacesMap';
import { articleCountWords } from '@/lib/library';

export const metadata: Metadata = {
  title: 'Places',
  description:
    `A map and a list of every place the ${articleCountWords()} articles on China’s surveillance state mention, from Chongqing and Xinjiang to Silicon Valley, with mention counts for each.`,
};

export default function PlacesIndex() {
  return (
    <IndexPage
      collection="places"
      title="Places"
      listHeading="All places"
      intro={`Every place the ${articleCountWords()} articles mention, from Chongqing, Xinjiang and the cities of the coast to London and Silicon Valley, with how often each is mentioned and in which articles. The map shows where they are; the list below it holds the same places, and can be sorted and filtered.`}
    >
      <PlacesMap />
    </IndexPage>
  );
}

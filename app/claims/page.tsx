import type { Metadata } from 'next';
import { IndexPage } from '@/components/index/IndexPage';
import { articleCountWords } from '@/lib/library';

export const metadata: Metadata = {
  title: 'Claims',
  description:
    `Claims made or reported in the ${articleCountWords()} articles on China’s surveillance state, each with quoted evidence and whether the other articles agree, qualify or differ.`,
};

export default function ClaimsIndex() {
  return (
    <IndexPage
      collection="claims"
      title="Claims"
      listHeading="All claims"
      intro="Statements of fact or judgement that the articles make or report, such as how many cameras Chongqing has or whether facial recognition works in practice. Each rests on exact quotes from the articles, and says whether a second article agrees with the first, qualifies it or differs from it; the list gives how many articles each claim’s evidence comes from and how they relate."
    />
  );
}

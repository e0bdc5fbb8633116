import type { Metadata } from 'next';
import { IndexPage } from '@/components/index/IndexPage';
import { articleCountWords } from '@/lib/library';

export const metadata: Metadata = {
  title: 'Organizations',
  description:
    `Every company, agency, program, research group and news outlet named in the ${articleCountWords()} articles on China’s surveillance state, with how often each is mentioned.`,
};

export default function OrganizationsIndex() {
  return (
    <IndexPage
      collection="organizations"
      title="Organizations"
      listHeading="All organizations"
      intro={`Every company, government agency, surveillance program, research group and news outlet the ${articleCountWords()} articles name, from Hikvision and SenseTime to the Chinese Communist Party, with how often each is mentioned and in which articles.`}
    />
  );
}

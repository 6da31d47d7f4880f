import ArticlesManager from '../components/articles/ArticlesManager';

export const dynamic = 'force-dynamic';

/** /articles — add an article from the browser (paste or drop, preview, load) and retract loaded ones. */
export default function ArticlesPage() {
  return <ArticlesManager />;
}

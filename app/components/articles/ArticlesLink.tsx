'use client';

import { articleText } from '@/lib/i18n/articles';
import { useI18n } from '../i18n';
import './articles.css';

/** The explorer toolbar's link to the articles page. */
export default function ArticlesLink() {
  const { lang } = useI18n();
  return (
    <a className="button-link" href="/articles" data-testid="open-articles">
      {articleText(lang, 'articles.link')}
    </a>
  );
}

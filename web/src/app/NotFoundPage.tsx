import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useDocumentTitle } from './use-document-title.ts';

export function NotFoundPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('pages.notFound.title'));
  return (
    <div className="page-message">
      <h1 className="page-title">{t('pages.notFound.title')}</h1>
      <p>{t('pages.notFound.body')}</p>
      <Link to="/">{t('pages.notFound.back')}</Link>
    </div>
  );
}

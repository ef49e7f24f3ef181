import { useTranslation } from 'react-i18next';
import { SegmentedControl } from '../components/SegmentedControl.tsx';
import { currentLanguage, languages, switchLanguage, type Language } from '../i18n/i18n.ts';

const options = (Object.keys(languages) as Language[]).map((code) => ({ value: code, label: code.toUpperCase() }));

/** Spanish or English for every label, number and date; remembered on this browser. */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  return (
    <SegmentedControl<Language>
      label={t('language.label')}
      value={currentLanguage(i18n.language)}
      options={options}
      onChange={(language) => void switchLanguage(language)}
    />
  );
}

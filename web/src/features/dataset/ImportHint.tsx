import { Trans } from 'react-i18next';

/** How to bring one's own data until the Import page exists: the CLI and the API. */
export function ImportHint() {
  return (
    <Trans
      i18nKey="importHint"
      components={{ code: <code />, nowrap: <span className="nowrap" /> }}
    />
  );
}

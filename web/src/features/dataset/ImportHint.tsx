import { Trans } from 'react-i18next';
import { Link } from 'react-router';

/** How to bring one's own data: the Import page, or the CLI for scripted imports. */
export function ImportHint() {
  return (
    <Trans
      i18nKey="importHint"
      components={{ link: <Link to="/import" />, code: <code />, nowrap: <span className="nowrap" /> }}
    />
  );
}

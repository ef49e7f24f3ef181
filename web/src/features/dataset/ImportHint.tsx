import { Trans } from 'react-i18next';
import { Link } from 'react-router';

/**
 * How to bring one's own data: the Import page, or the CLI for scripted imports. The link's tag
 * is not `link`: Trans parses that as HTML's empty <link> element and drops the text inside it.
 */
export function ImportHint() {
  return (
    <Trans
      i18nKey="importHint"
      components={{ importpage: <Link to="/import" />, code: <code />, nowrap: <span className="nowrap" /> }}
    />
  );
}

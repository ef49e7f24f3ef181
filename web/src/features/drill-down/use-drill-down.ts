import { useCallback } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { drillDownSearch, drillPath, type DrillTarget } from './drill-params.ts';

/** Opens the rows behind a clicked mark, keeping the view's filters; Back returns to the chart. */
export function useDrillDown() {
  const navigate = useNavigate();
  const { search } = useLocation();
  const href = useCallback(
    (target: DrillTarget) => `${drillPath}?${drillDownSearch(new URLSearchParams(search), target)}`,
    [search],
  );
  const open = useCallback((target: DrillTarget) => navigate(href(target)), [navigate, href]);
  return { href, open };
}

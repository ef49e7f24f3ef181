import { keepPreviousData } from '@tanstack/react-query';

/**
 * Keep the old figures on screen while new filters load, instead of flashing skeletons, but only
 * while something is asked: a question no longer asked (its filters null, such as a month before
 * the data) has no figures, and React Query would otherwise go on handing out the last it had (the
 * monthly review showed March's figures under "November a year earlier").
 */
export const keepWhileAsked = (asked: boolean) => (asked ? keepPreviousData : undefined);

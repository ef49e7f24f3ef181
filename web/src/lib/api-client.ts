import { hc } from 'hono/client';
import type { AppType } from '../../../server/app';

/** The typed client for the Inversa API; every request the web app makes goes through it. */
export const apiClient = hc<AppType>('/');

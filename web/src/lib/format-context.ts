import { createContext, useContext } from 'react';
import { createFormatters, type Formatters } from './format.ts';

/** The formatters for the chosen language and the data's currency; provided once by the app shell. */
export const FormatContext = createContext<Formatters>(createFormatters('es-AR', null));

export function useFormat(): Formatters {
  return useContext(FormatContext);
}

/**
 * The month (YYYY-MM) the data begins in for comparisons, as the server takes it (beforeData): the
 * month of its first order, since exports cover whole months and a returns export reaching back
 * before the orders holds no sales there; without orders, the month of its first date.
 */
export function dataBeginsMonth(dataset: { firstDate: string | null; firstOrderMonth: string | null }): string | null {
  return (dataset.firstOrderMonth ?? dataset.firstDate)?.slice(0, 7) ?? null;
}

/**
 * The month the orders begin in, when it is later than the month the data begins in (a returns
 * export reaching back before the orders one): the server counts no comparison before it
 * (`beforeData`), so what the app says of where the data begins names it. Null when the data
 * begins with its orders, or has none.
 */
export function ordersBeginLater(dataset: { firstDate: string | null; firstOrderMonth: string | null }): string | null {
  const { firstDate, firstOrderMonth } = dataset;
  return firstDate !== null && firstOrderMonth !== null && dataBeginsMonth(dataset)! > firstDate.slice(0, 7) ? firstOrderMonth : null;
}

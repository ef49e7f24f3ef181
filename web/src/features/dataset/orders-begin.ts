/**
 * The month the orders begin in, when it is later than the month the data begins in (a returns
 * export reaching back before the orders one): the server counts no comparison before it
 * (`beforeData`), so what the app says of where the data begins names it. Null when the data
 * begins with its orders, or has none.
 */
export function ordersBeginLater(dataset: { firstDate: string | null; firstOrderMonth: string | null }): string | null {
  const { firstDate, firstOrderMonth } = dataset;
  return firstDate !== null && firstOrderMonth !== null && firstOrderMonth.slice(0, 7) > firstDate.slice(0, 7) ? firstOrderMonth : null;
}

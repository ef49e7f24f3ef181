-- Customer emails as an older version stored them, with their capitals ("Ana.Perez@Mail.com"):
-- the import now lowers every email (server/import/values/value-sql.ts, customerRefSql), so the
-- same customer's next export would be stored as another customer beside her older orders. Run
-- before a database derived by an older version is derived again. Other ids keep their capitals.
-- $params: none
UPDATE order_lines SET customer_id = lower(customer_id)
WHERE contains(customer_id, '@') AND customer_id <> lower(customer_id);

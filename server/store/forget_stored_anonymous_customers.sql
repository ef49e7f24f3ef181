-- Placeholder customers an older version stored as one customer ("Consumidor Final" on every walk-in
-- sale, the macro anonymous_customer in schema.sql): the import now reads them as no customer, so
-- the older lines are forgotten alike, or every walk-in sale stored before stays one customer's, who
-- returned and bought again. Run before a database derived by an older version is derived again.
-- $params: none
UPDATE order_lines SET customer_id = NULL WHERE anonymous_customer(customer_id);

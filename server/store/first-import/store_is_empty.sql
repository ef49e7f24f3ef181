-- Whether nothing is stored yet: no order line and no return. An import into such a database is its
-- first, and has nothing of earlier imports to keep.
-- $params: none
SELECT (NOT EXISTS (FROM order_lines) AND NOT EXISTS (FROM returns))::BOOLEAN AS empty;

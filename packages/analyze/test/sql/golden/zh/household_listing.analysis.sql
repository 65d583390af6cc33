-- household_listing.analysis.sql: the statistics queries of `survey analyze` for survey 'household_listing',
-- emitted by `survey build --only sql`. Generated: edit the survey, not this file.
--
-- Input: a table "responses" with one row per analysed response (valid against
-- household_listing.schema.json and kept by the quality rules) and these columns, named as the
-- variables of household_listing.analysis.json; an unanswered question is NULL, a missing code
-- ("don't know") is stored as its code.
--
--   _file VARCHAR: the key of the response, with the other of _file and _row
--   _row INTEGER: the key of the response, with the other of _file and _row
--   visit_date VARCHAR: date: 访问日期
--   consent VARCHAR: nominal; codes agrees, refuses, absent: 受访者目前是否同意接受本次调查?
--   area VARCHAR: nominal; codes urban, rural: 所在地区
--   water VARCHAR: nominal; codes piped, well, spring, bottled, other: 这户的主要饮用水来源是什么?
--   rooms DOUBLE PRECISION: numeric: 这处住房共有几间卧室?
--   hh_size DOUBLE PRECISION: numeric: 这户共有几人常住?
--   enough_space VARCHAR: binary; codes yes, no: 这户平均每间住 {crowding} 人,其中有 {children} 名 18 岁以下的儿童。您觉得住房够用吗?
--   income_right VARCHAR: binary; codes yes, no: 全家上个月共挣了 {household_income} 元,这个数对吗?
--
-- As a table definition (not run by this file):
--   CREATE TABLE "responses" (
--     "_file" VARCHAR,
--     "_row" INTEGER,
--     "visit_date" VARCHAR,
--     "consent" VARCHAR,
--     "area" VARCHAR,
--     "water" VARCHAR,
--     "rooms" DOUBLE PRECISION,
--     "hh_size" DOUBLE PRECISION,
--     "enough_space" VARCHAR,
--     "income_right" VARCHAR
--   )
--
-- Repeat groups: one more table per group, "responses:<group>", with one row per instance of the
-- group in an analysed response. "_file" and "_row" are the key of the response in "responses" (any
-- text and integer that identify it: `survey analyze` uses the file and row it was read from), so
-- "responses" carries them too; "response" is its responseId; "<group>_index" is the 1-based
-- position of the instance (and of each enclosing instance, for a nested group), "<group>_option" the
-- option a loop's instance is about; then the group's variables as in the responses table. Their
-- statements aggregate the instances per response in a derived table first (the responses are the
-- clusters) and join the responses table by the key when the survey has a sample design.
--
--   "responses:members": one row per instance of members; variables age, sex, relation, income, school
--     CREATE TABLE "responses:members" (
--       "_file" VARCHAR,
--       "_row" INTEGER,
--       "response" VARCHAR,
--       "members_index" INTEGER,
--       "age" DOUBLE PRECISION,
--       "sex" VARCHAR,
--       "relation" VARCHAR,
--       "income" DOUBLE PRECISION,
--       "school" VARCHAR
--     )
--
-- Output: 17 statements, each one SELECT of sufficient statistics (counts, sums,
-- sums of squares and cross-products per stratum or group). `survey analyze` finishes the
-- estimates from them in TypeScript (packages/analyze/src/estimate); the design has no
-- post-stratification (--post-stratify adds one count per stratum and post-stratum).
--
-- Dialect (runs unchanged on DuckDB and PostgreSQL; the subset BigQuery, Spark SQL and Trino accept):
--   - identifiers are always double-quoted, as the SQL standard and Trino want (BigQuery, and
--     Spark without spark.sql.ansi.doubleQuotedIdentifiers=true, quote with backticks instead:
--     that is the one change they need)
--   - no CAST and no type names in the queries (DOUBLE PRECISION, FLOAT64 and DOUBLE differ
--     between engines)
--   - only COUNT, SUM, MIN, MAX, CASE, IN, IS [NOT] NULL, comparisons and + - *: no FILTER clause,
--     no engine-specific functions, no division (ratios are taken afterwards, so integer division
--     and division by zero never arise)
--   - numbers as decimal literals with a fractional part (4.0), strings in single quotes with ''
--     escapes
--   - GROUP BY and ORDER BY by position, never on a constant (BigQuery refuses GROUP BY a
--     literal): a constant key stays in the select list and HAVING COUNT(*) > 0 keeps an empty
--     table at zero rows
--   - each statement is one SELECT from the one input table (a repeat group's statements: from its
--     long table aggregated per response in a derived table, FROM (SELECT … GROUP BY 1, 2) AS c,
--     LEFT JOIN-ed to the responses table by its key when the survey has a sample design): no CTE,
--     no window function, no temporary table

-- 1. design: analysed responses per stratum (m_h)
SELECT 'all' AS h, COUNT(*) AS m
FROM "responses"
HAVING COUNT(*) > 0;

-- 2. design moments per stratum: items, top-2-box and NPS indicators, scores
SELECT
  'all' AS g0,
  COUNT(*) AS m,
  COUNT("rooms") AS n_0,
  SUM("rooms") AS s1_0,
  SUM(("rooms") * ("rooms")) AS s2_0,
  MIN("rooms") AS lo_0,
  MAX("rooms") AS hi_0,
  COUNT("hh_size") AS n_1,
  SUM("hh_size") AS s1_1,
  SUM(("hh_size") * ("hh_size")) AS s2_1,
  MIN("hh_size") AS lo_1,
  MAX("hh_size") AS hi_1,
  COUNT(CASE WHEN ("area" IS NOT NULL AND "area" = 'rural') THEN CASE WHEN "water" IS NULL THEN NULL WHEN "water" = 'well' THEN 1.0 ELSE 0.0 END END) AS n_2,
  SUM(CASE WHEN ("area" IS NOT NULL AND "area" = 'rural') THEN CASE WHEN "water" IS NULL THEN NULL WHEN "water" = 'well' THEN 1.0 ELSE 0.0 END END) AS s1_2,
  SUM((CASE WHEN ("area" IS NOT NULL AND "area" = 'rural') THEN CASE WHEN "water" IS NULL THEN NULL WHEN "water" = 'well' THEN 1.0 ELSE 0.0 END END) * (CASE WHEN ("area" IS NOT NULL AND "area" = 'rural') THEN CASE WHEN "water" IS NULL THEN NULL WHEN "water" = 'well' THEN 1.0 ELSE 0.0 END END)) AS s2_2,
  MIN(CASE WHEN ("area" IS NOT NULL AND "area" = 'rural') THEN CASE WHEN "water" IS NULL THEN NULL WHEN "water" = 'well' THEN 1.0 ELSE 0.0 END END) AS lo_2,
  MAX(CASE WHEN ("area" IS NOT NULL AND "area" = 'rural') THEN CASE WHEN "water" IS NULL THEN NULL WHEN "water" = 'well' THEN 1.0 ELSE 0.0 END END) AS hi_2,
  COUNT(CASE WHEN ("area" IS NOT NULL AND "area" = 'rural') THEN CASE WHEN "water" IS NULL THEN NULL WHEN "water" = 'spring' THEN 1.0 ELSE 0.0 END END) AS n_3,
  SUM(CASE WHEN ("area" IS NOT NULL AND "area" = 'rural') THEN CASE WHEN "water" IS NULL THEN NULL WHEN "water" = 'spring' THEN 1.0 ELSE 0.0 END END) AS s1_3,
  SUM((CASE WHEN ("area" IS NOT NULL AND "area" = 'rural') THEN CASE WHEN "water" IS NULL THEN NULL WHEN "water" = 'spring' THEN 1.0 ELSE 0.0 END END) * (CASE WHEN ("area" IS NOT NULL AND "area" = 'rural') THEN CASE WHEN "water" IS NULL THEN NULL WHEN "water" = 'spring' THEN 1.0 ELSE 0.0 END END)) AS s2_3,
  MIN(CASE WHEN ("area" IS NOT NULL AND "area" = 'rural') THEN CASE WHEN "water" IS NULL THEN NULL WHEN "water" = 'spring' THEN 1.0 ELSE 0.0 END END) AS lo_3,
  MAX(CASE WHEN ("area" IS NOT NULL AND "area" = 'rural') THEN CASE WHEN "water" IS NULL THEN NULL WHEN "water" = 'spring' THEN 1.0 ELSE 0.0 END END) AS hi_3
FROM "responses"
HAVING COUNT(*) > 0;

-- 3. members: how many responses have k instances
SELECT c."_k" AS v, COUNT(*) AS m
FROM (
  SELECT "_file" AS "_f", "_row" AS "_r", COUNT(*) AS "_k"
  FROM "responses:members"
  GROUP BY 1, 2
) AS c
GROUP BY 1
ORDER BY 1;

-- 4. members: moments over its instances
SELECT
  COUNT(*) AS m,
  COUNT("age") AS n_0,
  SUM("age") AS s1_0,
  SUM(("age") * ("age")) AS s2_0,
  MIN("age") AS lo_0,
  MAX("age") AS hi_0,
  COUNT("income") AS n_1,
  SUM("income") AS s1_1,
  SUM(("income") * ("income")) AS s2_1,
  MIN("income") AS lo_1,
  MAX("income") AS hi_1
FROM "responses:members";

-- 5. members: per-response totals summed, for the clustered variance
SELECT
  'all' AS h,
  COUNT(*) AS m,
  SUM(c."_y_0") AS sy_0,
  SUM(c."_n_0") AS sx_0,
  SUM(c."_y_0" * c."_y_0") AS syy_0,
  SUM(c."_n_0" * c."_n_0") AS sxx_0,
  SUM(c."_y_0" * c."_n_0") AS sxy_0,
  SUM(c."_y_1") AS sy_1,
  SUM(c."_n_1") AS sx_1,
  SUM(c."_y_1" * c."_y_1") AS syy_1,
  SUM(c."_n_1" * c."_n_1") AS sxx_1,
  SUM(c."_y_1" * c."_n_1") AS sxy_1
FROM (
  SELECT "_file" AS "_f", "_row" AS "_r", COUNT(*) AS "_k", SUM("age") AS "_y_0", COUNT("age") AS "_n_0", SUM("income") AS "_y_1", COUNT("income") AS "_n_1"
  FROM "responses:members"
  GROUP BY 1, 2
) AS c
HAVING COUNT(*) > 0;

-- 6. distribution of age over instances
SELECT "age" AS v, COUNT(*) AS k
FROM "responses:members"
WHERE "age" IS NOT NULL
GROUP BY 1
ORDER BY 1;

-- 7. distribution of sex over instances
SELECT "sex" AS v, COUNT(*) AS k
FROM "responses:members"
WHERE "sex" IS NOT NULL
GROUP BY 1
ORDER BY 1;

-- 8. distribution of relation over instances
SELECT "relation" AS v, COUNT(*) AS k
FROM "responses:members"
WHERE "relation" IS NOT NULL
GROUP BY 1
ORDER BY 1;

-- 9. distribution of income over instances
SELECT "income" AS v, COUNT(*) AS k
FROM "responses:members"
WHERE "income" IS NOT NULL
GROUP BY 1
ORDER BY 1;

-- 10. distribution of school over instances
SELECT "school" AS v, COUNT(*) AS k
FROM "responses:members"
WHERE "school" IS NOT NULL
GROUP BY 1
ORDER BY 1;

-- 11. distribution of consent
SELECT 'all' AS h, "consent" AS value, COUNT(*) AS k
FROM "responses"
WHERE "consent" IS NOT NULL
GROUP BY 2
ORDER BY 2;

-- 12. distribution of area
SELECT 'all' AS h, "area" AS value, COUNT(*) AS k
FROM "responses"
WHERE "area" IS NOT NULL
GROUP BY 2
ORDER BY 2;

-- 13. distribution of water
SELECT 'all' AS h, "water" AS value, COUNT(*) AS k
FROM "responses"
WHERE "water" IS NOT NULL
GROUP BY 2
ORDER BY 2;

-- 14. distribution of rooms
SELECT 'all' AS h, "rooms" AS value, COUNT(*) AS k
FROM "responses"
WHERE "rooms" IS NOT NULL
GROUP BY 2
ORDER BY 2;

-- 15. distribution of hh_size
SELECT 'all' AS h, "hh_size" AS value, COUNT(*) AS k
FROM "responses"
WHERE "hh_size" IS NOT NULL
GROUP BY 2
ORDER BY 2;

-- 16. distribution of enough_space
SELECT 'all' AS h, "enough_space" AS value, COUNT(*) AS k
FROM "responses"
WHERE "enough_space" IS NOT NULL
GROUP BY 2
ORDER BY 2;

-- 17. distribution of income_right
SELECT 'all' AS h, "income_right" AS value, COUNT(*) AS k
FROM "responses"
WHERE "income_right" IS NOT NULL
GROUP BY 2
ORDER BY 2;

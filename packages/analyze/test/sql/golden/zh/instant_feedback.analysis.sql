-- instant_feedback.analysis.sql: the statistics queries of `survey analyze` for survey 'instant_feedback',
-- emitted by `survey build --only sql`. Generated: edit the survey, not this file.
--
-- Input: a table "responses" with one row per analysed response (valid against
-- instant_feedback.schema.json and kept by the quality rules) and these columns, named as the
-- variables of instant_feedback.analysis.json; an unanswered question is NULL, a missing code
-- ("don't know") is stored as its code.
--
--   experience DOUBLE PRECISION: ordinal; 1..5 on csat5: 您对本次购物体验的满意度如何?
--   recommend DOUBLE PRECISION: ordinal; 0..10 on nps: 您有多大可能向朋友推荐我们?
--   displeased VARCHAR: nominal; codes product, service, delivery, after_sales, other: 本次购物中,哪一方面最让您不满意?
--   channel VARCHAR: hidden nominal; codes app, web, store: 购买渠道
--   score:csat DOUBLE PRECISION: score csat of each response = rescale(experience, csat5) (all 1 item answered; else NULL)
--   score:nps_score DOUBLE PRECISION: score nps_score of each response = nps(recommend) (all 1 item answered; else NULL)
--
-- As a table definition (not run by this file):
--   CREATE TABLE "responses" (
--     "experience" DOUBLE PRECISION,
--     "recommend" DOUBLE PRECISION,
--     "displeased" VARCHAR,
--     "channel" VARCHAR,
--     "score:csat" DOUBLE PRECISION,
--     "score:nps_score" DOUBLE PRECISION
--   )
--
-- Output: 8 statements, each one SELECT of sufficient statistics (counts, sums,
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
  COUNT("experience") AS n_0,
  SUM("experience") AS s1_0,
  SUM(("experience") * ("experience")) AS s2_0,
  MIN("experience") AS lo_0,
  MAX("experience") AS hi_0,
  COUNT(CASE WHEN "experience" IS NULL THEN NULL WHEN "experience" >= 4.0 THEN 1.0 ELSE 0.0 END) AS n_1,
  SUM(CASE WHEN "experience" IS NULL THEN NULL WHEN "experience" >= 4.0 THEN 1.0 ELSE 0.0 END) AS s1_1,
  SUM((CASE WHEN "experience" IS NULL THEN NULL WHEN "experience" >= 4.0 THEN 1.0 ELSE 0.0 END) * (CASE WHEN "experience" IS NULL THEN NULL WHEN "experience" >= 4.0 THEN 1.0 ELSE 0.0 END)) AS s2_1,
  MIN(CASE WHEN "experience" IS NULL THEN NULL WHEN "experience" >= 4.0 THEN 1.0 ELSE 0.0 END) AS lo_1,
  MAX(CASE WHEN "experience" IS NULL THEN NULL WHEN "experience" >= 4.0 THEN 1.0 ELSE 0.0 END) AS hi_1,
  COUNT("recommend") AS n_2,
  SUM("recommend") AS s1_2,
  SUM(("recommend") * ("recommend")) AS s2_2,
  MIN("recommend") AS lo_2,
  MAX("recommend") AS hi_2,
  COUNT(CASE WHEN "recommend" IS NULL THEN NULL WHEN "recommend" >= 9.0 THEN 100.0 WHEN "recommend" >= 7.0 THEN 0.0 ELSE -100.0 END) AS n_3,
  SUM(CASE WHEN "recommend" IS NULL THEN NULL WHEN "recommend" >= 9.0 THEN 100.0 WHEN "recommend" >= 7.0 THEN 0.0 ELSE -100.0 END) AS s1_3,
  SUM((CASE WHEN "recommend" IS NULL THEN NULL WHEN "recommend" >= 9.0 THEN 100.0 WHEN "recommend" >= 7.0 THEN 0.0 ELSE -100.0 END) * (CASE WHEN "recommend" IS NULL THEN NULL WHEN "recommend" >= 9.0 THEN 100.0 WHEN "recommend" >= 7.0 THEN 0.0 ELSE -100.0 END)) AS s2_3,
  MIN(CASE WHEN "recommend" IS NULL THEN NULL WHEN "recommend" >= 9.0 THEN 100.0 WHEN "recommend" >= 7.0 THEN 0.0 ELSE -100.0 END) AS lo_3,
  MAX(CASE WHEN "recommend" IS NULL THEN NULL WHEN "recommend" >= 9.0 THEN 100.0 WHEN "recommend" >= 7.0 THEN 0.0 ELSE -100.0 END) AS hi_3,
  COUNT("score:csat") AS n_4,
  SUM("score:csat") AS s1_4,
  SUM(("score:csat") * ("score:csat")) AS s2_4,
  MIN("score:csat") AS lo_4,
  MAX("score:csat") AS hi_4,
  COUNT("score:nps_score") AS n_5,
  SUM("score:nps_score") AS s1_5,
  SUM(("score:nps_score") * ("score:nps_score")) AS s2_5,
  MIN("score:nps_score") AS lo_5,
  MAX("score:nps_score") AS hi_5
FROM "responses"
HAVING COUNT(*) > 0;

-- 3. distribution of experience
SELECT 'all' AS h, "experience" AS value, COUNT(*) AS k
FROM "responses"
WHERE "experience" IS NOT NULL
GROUP BY 2
ORDER BY 2;

-- 4. distribution of recommend
SELECT 'all' AS h, "recommend" AS value, COUNT(*) AS k
FROM "responses"
WHERE "recommend" IS NOT NULL
GROUP BY 2
ORDER BY 2;

-- 5. distribution of displeased
SELECT 'all' AS h, "displeased" AS value, COUNT(*) AS k
FROM "responses"
WHERE "displeased" IS NOT NULL
GROUP BY 2
ORDER BY 2;

-- 6. top dissatisfied: answers <= 2 per item
SELECT
  COUNT("experience") AS n_0,
  SUM(CASE WHEN "experience" <= 2.0 THEN 1 ELSE 0 END) AS k_0
FROM "responses";

-- 7. top displeased: answers per option of displeased
SELECT "displeased" AS v, COUNT(*) AS k
FROM "responses"
WHERE "displeased" IS NOT NULL
GROUP BY 1
ORDER BY 1;

-- 8. breakdown by channel: moments per value
SELECT
  "channel" AS g0,
  COUNT(*) AS m,
  COUNT("experience") AS n_0,
  SUM("experience") AS s1_0,
  SUM(("experience") * ("experience")) AS s2_0,
  MIN("experience") AS lo_0,
  MAX("experience") AS hi_0,
  COUNT("recommend") AS n_1,
  SUM("recommend") AS s1_1,
  SUM(("recommend") * ("recommend")) AS s2_1,
  MIN("recommend") AS lo_1,
  MAX("recommend") AS hi_1,
  COUNT("score:csat") AS n_2,
  SUM("score:csat") AS s1_2,
  SUM(("score:csat") * ("score:csat")) AS s2_2,
  MIN("score:csat") AS lo_2,
  MAX("score:csat") AS hi_2,
  COUNT("score:nps_score") AS n_3,
  SUM("score:nps_score") AS s1_3,
  SUM(("score:nps_score") * ("score:nps_score")) AS s2_3,
  MIN("score:nps_score") AS lo_3,
  MAX("score:nps_score") AS hi_3
FROM "responses"
GROUP BY 1
ORDER BY 1;

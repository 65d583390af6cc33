-- media_satisfaction.analysis.sql: the statistics queries of `survey analyze` for survey 'media_satisfaction',
-- emitted by `survey build --only sql`. Generated: edit the survey, not this file.
--
-- Input: a table "responses" with one row per analysed response (valid against
-- media_satisfaction.schema.json and kept by the quality rules) and these columns, named as the
-- variables of media_satisfaction.analysis.json; an unanswered question is NULL, a missing code
-- ("don't know") is stored as its code.
--
--   tenure VARCHAR: nominal; codes under1, y1to3, y3to5, y5plus: 貴公司成為本公司客戶多久了?
--   used.planning DOUBLE PRECISION: binary; 1 when option planning of used is chosen, else 0: 項目策劃
--   used.creative DOUBLE PRECISION: binary; 1 when option creative of used is chosen, else 0: 創意設計
--   used.production DOUBLE PRECISION: binary; 1 when option production of used is chosen, else 0: 製作執行
--   used.placement DOUBLE PRECISION: binary; 1 when option placement of used is chosen, else 0: 媒體投放
--   used.aftercare DOUBLE PRECISION: binary; 1 when option aftercare of used is chosen, else 0: 售後服務
--   used.other DOUBLE PRECISION: binary; 1 when option other of used is chosen, else 0: 其他(請註明)
--   most_valued VARCHAR: nominal; codes planning, creative, production, placement, aftercare, other: 過去 12 個月中,在貴公司使用過的服務裡,哪一項最有價值?
--   service_quality DOUBLE PRECISION: ordinal; 1..5 on sat5; missing codes 9: 服務質量
--   product_effect DOUBLE PRECISION: ordinal; 1..5 on sat5; missing codes 9: 產品效果
--   communication DOUBLE PRECISION: ordinal; 1..5 on sat5; missing codes 9: 溝通效率
--   response_speed DOUBLE PRECISION: ordinal; 1..5 on sat5; missing codes 9: 響應速度
--   overall DOUBLE PRECISION: ordinal; 1..5 on sat5; missing codes 9: 整體而言,您對本公司的滿意度如何?
--   renew DOUBLE PRECISION: ordinal; 1..5 on likely5: 明年您繼續選擇本公司的可能性有多大?
--   size VARCHAR: hidden nominal; codes key, large, medium, small: 客戶規模
--   industry VARCHAR: hidden nominal; codes consumer, finance, technology, public_sector: 行業
--   region VARCHAR: hidden nominal; codes north, central, south: 地區
--   score:indicator_index DOUBLE PRECISION: score indicator_index of each response = rescale(mean(service_quality, product_effect, communication, response_speed), sat5) (at least 3 of 4 items answered; the others are left out of the formula; else NULL)
--
-- As a table definition (not run by this file):
--   CREATE TABLE "responses" (
--     "tenure" VARCHAR,
--     "used.planning" DOUBLE PRECISION,
--     "used.creative" DOUBLE PRECISION,
--     "used.production" DOUBLE PRECISION,
--     "used.placement" DOUBLE PRECISION,
--     "used.aftercare" DOUBLE PRECISION,
--     "used.other" DOUBLE PRECISION,
--     "most_valued" VARCHAR,
--     "service_quality" DOUBLE PRECISION,
--     "product_effect" DOUBLE PRECISION,
--     "communication" DOUBLE PRECISION,
--     "response_speed" DOUBLE PRECISION,
--     "overall" DOUBLE PRECISION,
--     "renew" DOUBLE PRECISION,
--     "size" VARCHAR,
--     "industry" VARCHAR,
--     "region" VARCHAR,
--     "score:indicator_index" DOUBLE PRECISION
--   )
--
-- Output: 16 statements, each one SELECT of sufficient statistics (counts, sums,
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
SELECT CASE WHEN "size" IN ('key', 'large', 'medium', 'small') THEN "size" ELSE NULL END AS h, COUNT(*) AS m
FROM "responses"
GROUP BY 1
ORDER BY 1;

-- 2. design moments per stratum: items, top-2-box and NPS indicators, scores
SELECT
  CASE WHEN "size" IN ('key', 'large', 'medium', 'small') THEN "size" ELSE NULL END AS g0,
  COUNT(*) AS m,
  COUNT("used.planning") AS n_0,
  SUM("used.planning") AS s1_0,
  SUM(("used.planning") * ("used.planning")) AS s2_0,
  MIN("used.planning") AS lo_0,
  MAX("used.planning") AS hi_0,
  COUNT("used.creative") AS n_1,
  SUM("used.creative") AS s1_1,
  SUM(("used.creative") * ("used.creative")) AS s2_1,
  MIN("used.creative") AS lo_1,
  MAX("used.creative") AS hi_1,
  COUNT("used.production") AS n_2,
  SUM("used.production") AS s1_2,
  SUM(("used.production") * ("used.production")) AS s2_2,
  MIN("used.production") AS lo_2,
  MAX("used.production") AS hi_2,
  COUNT("used.placement") AS n_3,
  SUM("used.placement") AS s1_3,
  SUM(("used.placement") * ("used.placement")) AS s2_3,
  MIN("used.placement") AS lo_3,
  MAX("used.placement") AS hi_3,
  COUNT("used.aftercare") AS n_4,
  SUM("used.aftercare") AS s1_4,
  SUM(("used.aftercare") * ("used.aftercare")) AS s2_4,
  MIN("used.aftercare") AS lo_4,
  MAX("used.aftercare") AS hi_4,
  COUNT("used.other") AS n_5,
  SUM("used.other") AS s1_5,
  SUM(("used.other") * ("used.other")) AS s2_5,
  MIN("used.other") AS lo_5,
  MAX("used.other") AS hi_5,
  COUNT(CASE WHEN "service_quality" IN (9.0) THEN NULL ELSE "service_quality" END) AS n_6,
  SUM(CASE WHEN "service_quality" IN (9.0) THEN NULL ELSE "service_quality" END) AS s1_6,
  SUM((CASE WHEN "service_quality" IN (9.0) THEN NULL ELSE "service_quality" END) * (CASE WHEN "service_quality" IN (9.0) THEN NULL ELSE "service_quality" END)) AS s2_6,
  MIN(CASE WHEN "service_quality" IN (9.0) THEN NULL ELSE "service_quality" END) AS lo_6,
  MAX(CASE WHEN "service_quality" IN (9.0) THEN NULL ELSE "service_quality" END) AS hi_6,
  COUNT(CASE WHEN CASE WHEN "service_quality" IN (9.0) THEN NULL ELSE "service_quality" END IS NULL THEN NULL WHEN CASE WHEN "service_quality" IN (9.0) THEN NULL ELSE "service_quality" END >= 4.0 THEN 1.0 ELSE 0.0 END) AS n_7,
  SUM(CASE WHEN CASE WHEN "service_quality" IN (9.0) THEN NULL ELSE "service_quality" END IS NULL THEN NULL WHEN CASE WHEN "service_quality" IN (9.0) THEN NULL ELSE "service_quality" END >= 4.0 THEN 1.0 ELSE 0.0 END) AS s1_7,
  SUM((CASE WHEN CASE WHEN "service_quality" IN (9.0) THEN NULL ELSE "service_quality" END IS NULL THEN NULL WHEN CASE WHEN "service_quality" IN (9.0) THEN NULL ELSE "service_quality" END >= 4.0 THEN 1.0 ELSE 0.0 END) * (CASE WHEN CASE WHEN "service_quality" IN (9.0) THEN NULL ELSE "service_quality" END IS NULL THEN NULL WHEN CASE WHEN "service_quality" IN (9.0) THEN NULL ELSE "service_quality" END >= 4.0 THEN 1.0 ELSE 0.0 END)) AS s2_7,
  MIN(CASE WHEN CASE WHEN "service_quality" IN (9.0) THEN NULL ELSE "service_quality" END IS NULL THEN NULL WHEN CASE WHEN "service_quality" IN (9.0) THEN NULL ELSE "service_quality" END >= 4.0 THEN 1.0 ELSE 0.0 END) AS lo_7,
  MAX(CASE WHEN CASE WHEN "service_quality" IN (9.0) THEN NULL ELSE "service_quality" END IS NULL THEN NULL WHEN CASE WHEN "service_quality" IN (9.0) THEN NULL ELSE "service_quality" END >= 4.0 THEN 1.0 ELSE 0.0 END) AS hi_7,
  COUNT(CASE WHEN "product_effect" IN (9.0) THEN NULL ELSE "product_effect" END) AS n_8,
  SUM(CASE WHEN "product_effect" IN (9.0) THEN NULL ELSE "product_effect" END) AS s1_8,
  SUM((CASE WHEN "product_effect" IN (9.0) THEN NULL ELSE "product_effect" END) * (CASE WHEN "product_effect" IN (9.0) THEN NULL ELSE "product_effect" END)) AS s2_8,
  MIN(CASE WHEN "product_effect" IN (9.0) THEN NULL ELSE "product_effect" END) AS lo_8,
  MAX(CASE WHEN "product_effect" IN (9.0) THEN NULL ELSE "product_effect" END) AS hi_8,
  COUNT(CASE WHEN CASE WHEN "product_effect" IN (9.0) THEN NULL ELSE "product_effect" END IS NULL THEN NULL WHEN CASE WHEN "product_effect" IN (9.0) THEN NULL ELSE "product_effect" END >= 4.0 THEN 1.0 ELSE 0.0 END) AS n_9,
  SUM(CASE WHEN CASE WHEN "product_effect" IN (9.0) THEN NULL ELSE "product_effect" END IS NULL THEN NULL WHEN CASE WHEN "product_effect" IN (9.0) THEN NULL ELSE "product_effect" END >= 4.0 THEN 1.0 ELSE 0.0 END) AS s1_9,
  SUM((CASE WHEN CASE WHEN "product_effect" IN (9.0) THEN NULL ELSE "product_effect" END IS NULL THEN NULL WHEN CASE WHEN "product_effect" IN (9.0) THEN NULL ELSE "product_effect" END >= 4.0 THEN 1.0 ELSE 0.0 END) * (CASE WHEN CASE WHEN "product_effect" IN (9.0) THEN NULL ELSE "product_effect" END IS NULL THEN NULL WHEN CASE WHEN "product_effect" IN (9.0) THEN NULL ELSE "product_effect" END >= 4.0 THEN 1.0 ELSE 0.0 END)) AS s2_9,
  MIN(CASE WHEN CASE WHEN "product_effect" IN (9.0) THEN NULL ELSE "product_effect" END IS NULL THEN NULL WHEN CASE WHEN "product_effect" IN (9.0) THEN NULL ELSE "product_effect" END >= 4.0 THEN 1.0 ELSE 0.0 END) AS lo_9,
  MAX(CASE WHEN CASE WHEN "product_effect" IN (9.0) THEN NULL ELSE "product_effect" END IS NULL THEN NULL WHEN CASE WHEN "product_effect" IN (9.0) THEN NULL ELSE "product_effect" END >= 4.0 THEN 1.0 ELSE 0.0 END) AS hi_9,
  COUNT(CASE WHEN "communication" IN (9.0) THEN NULL ELSE "communication" END) AS n_10,
  SUM(CASE WHEN "communication" IN (9.0) THEN NULL ELSE "communication" END) AS s1_10,
  SUM((CASE WHEN "communication" IN (9.0) THEN NULL ELSE "communication" END) * (CASE WHEN "communication" IN (9.0) THEN NULL ELSE "communication" END)) AS s2_10,
  MIN(CASE WHEN "communication" IN (9.0) THEN NULL ELSE "communication" END) AS lo_10,
  MAX(CASE WHEN "communication" IN (9.0) THEN NULL ELSE "communication" END) AS hi_10,
  COUNT(CASE WHEN CASE WHEN "communication" IN (9.0) THEN NULL ELSE "communication" END IS NULL THEN NULL WHEN CASE WHEN "communication" IN (9.0) THEN NULL ELSE "communication" END >= 4.0 THEN 1.0 ELSE 0.0 END) AS n_11,
  SUM(CASE WHEN CASE WHEN "communication" IN (9.0) THEN NULL ELSE "communication" END IS NULL THEN NULL WHEN CASE WHEN "communication" IN (9.0) THEN NULL ELSE "communication" END >= 4.0 THEN 1.0 ELSE 0.0 END) AS s1_11,
  SUM((CASE WHEN CASE WHEN "communication" IN (9.0) THEN NULL ELSE "communication" END IS NULL THEN NULL WHEN CASE WHEN "communication" IN (9.0) THEN NULL ELSE "communication" END >= 4.0 THEN 1.0 ELSE 0.0 END) * (CASE WHEN CASE WHEN "communication" IN (9.0) THEN NULL ELSE "communication" END IS NULL THEN NULL WHEN CASE WHEN "communication" IN (9.0) THEN NULL ELSE "communication" END >= 4.0 THEN 1.0 ELSE 0.0 END)) AS s2_11,
  MIN(CASE WHEN CASE WHEN "communication" IN (9.0) THEN NULL ELSE "communication" END IS NULL THEN NULL WHEN CASE WHEN "communication" IN (9.0) THEN NULL ELSE "communication" END >= 4.0 THEN 1.0 ELSE 0.0 END) AS lo_11,
  MAX(CASE WHEN CASE WHEN "communication" IN (9.0) THEN NULL ELSE "communication" END IS NULL THEN NULL WHEN CASE WHEN "communication" IN (9.0) THEN NULL ELSE "communication" END >= 4.0 THEN 1.0 ELSE 0.0 END) AS hi_11,
  COUNT(CASE WHEN "response_speed" IN (9.0) THEN NULL ELSE "response_speed" END) AS n_12,
  SUM(CASE WHEN "response_speed" IN (9.0) THEN NULL ELSE "response_speed" END) AS s1_12,
  SUM((CASE WHEN "response_speed" IN (9.0) THEN NULL ELSE "response_speed" END) * (CASE WHEN "response_speed" IN (9.0) THEN NULL ELSE "response_speed" END)) AS s2_12,
  MIN(CASE WHEN "response_speed" IN (9.0) THEN NULL ELSE "response_speed" END) AS lo_12,
  MAX(CASE WHEN "response_speed" IN (9.0) THEN NULL ELSE "response_speed" END) AS hi_12,
  COUNT(CASE WHEN CASE WHEN "response_speed" IN (9.0) THEN NULL ELSE "response_speed" END IS NULL THEN NULL WHEN CASE WHEN "response_speed" IN (9.0) THEN NULL ELSE "response_speed" END >= 4.0 THEN 1.0 ELSE 0.0 END) AS n_13,
  SUM(CASE WHEN CASE WHEN "response_speed" IN (9.0) THEN NULL ELSE "response_speed" END IS NULL THEN NULL WHEN CASE WHEN "response_speed" IN (9.0) THEN NULL ELSE "response_speed" END >= 4.0 THEN 1.0 ELSE 0.0 END) AS s1_13,
  SUM((CASE WHEN CASE WHEN "response_speed" IN (9.0) THEN NULL ELSE "response_speed" END IS NULL THEN NULL WHEN CASE WHEN "response_speed" IN (9.0) THEN NULL ELSE "response_speed" END >= 4.0 THEN 1.0 ELSE 0.0 END) * (CASE WHEN CASE WHEN "response_speed" IN (9.0) THEN NULL ELSE "response_speed" END IS NULL THEN NULL WHEN CASE WHEN "response_speed" IN (9.0) THEN NULL ELSE "response_speed" END >= 4.0 THEN 1.0 ELSE 0.0 END)) AS s2_13,
  MIN(CASE WHEN CASE WHEN "response_speed" IN (9.0) THEN NULL ELSE "response_speed" END IS NULL THEN NULL WHEN CASE WHEN "response_speed" IN (9.0) THEN NULL ELSE "response_speed" END >= 4.0 THEN 1.0 ELSE 0.0 END) AS lo_13,
  MAX(CASE WHEN CASE WHEN "response_speed" IN (9.0) THEN NULL ELSE "response_speed" END IS NULL THEN NULL WHEN CASE WHEN "response_speed" IN (9.0) THEN NULL ELSE "response_speed" END >= 4.0 THEN 1.0 ELSE 0.0 END) AS hi_13,
  COUNT(CASE WHEN "overall" IN (9.0) THEN NULL ELSE "overall" END) AS n_14,
  SUM(CASE WHEN "overall" IN (9.0) THEN NULL ELSE "overall" END) AS s1_14,
  SUM((CASE WHEN "overall" IN (9.0) THEN NULL ELSE "overall" END) * (CASE WHEN "overall" IN (9.0) THEN NULL ELSE "overall" END)) AS s2_14,
  MIN(CASE WHEN "overall" IN (9.0) THEN NULL ELSE "overall" END) AS lo_14,
  MAX(CASE WHEN "overall" IN (9.0) THEN NULL ELSE "overall" END) AS hi_14,
  COUNT(CASE WHEN CASE WHEN "overall" IN (9.0) THEN NULL ELSE "overall" END IS NULL THEN NULL WHEN CASE WHEN "overall" IN (9.0) THEN NULL ELSE "overall" END >= 4.0 THEN 1.0 ELSE 0.0 END) AS n_15,
  SUM(CASE WHEN CASE WHEN "overall" IN (9.0) THEN NULL ELSE "overall" END IS NULL THEN NULL WHEN CASE WHEN "overall" IN (9.0) THEN NULL ELSE "overall" END >= 4.0 THEN 1.0 ELSE 0.0 END) AS s1_15,
  SUM((CASE WHEN CASE WHEN "overall" IN (9.0) THEN NULL ELSE "overall" END IS NULL THEN NULL WHEN CASE WHEN "overall" IN (9.0) THEN NULL ELSE "overall" END >= 4.0 THEN 1.0 ELSE 0.0 END) * (CASE WHEN CASE WHEN "overall" IN (9.0) THEN NULL ELSE "overall" END IS NULL THEN NULL WHEN CASE WHEN "overall" IN (9.0) THEN NULL ELSE "overall" END >= 4.0 THEN 1.0 ELSE 0.0 END)) AS s2_15,
  MIN(CASE WHEN CASE WHEN "overall" IN (9.0) THEN NULL ELSE "overall" END IS NULL THEN NULL WHEN CASE WHEN "overall" IN (9.0) THEN NULL ELSE "overall" END >= 4.0 THEN 1.0 ELSE 0.0 END) AS lo_15,
  MAX(CASE WHEN CASE WHEN "overall" IN (9.0) THEN NULL ELSE "overall" END IS NULL THEN NULL WHEN CASE WHEN "overall" IN (9.0) THEN NULL ELSE "overall" END >= 4.0 THEN 1.0 ELSE 0.0 END) AS hi_15,
  COUNT("renew") AS n_16,
  SUM("renew") AS s1_16,
  SUM(("renew") * ("renew")) AS s2_16,
  MIN("renew") AS lo_16,
  MAX("renew") AS hi_16,
  COUNT(CASE WHEN "renew" IS NULL THEN NULL WHEN "renew" >= 4.0 THEN 1.0 ELSE 0.0 END) AS n_17,
  SUM(CASE WHEN "renew" IS NULL THEN NULL WHEN "renew" >= 4.0 THEN 1.0 ELSE 0.0 END) AS s1_17,
  SUM((CASE WHEN "renew" IS NULL THEN NULL WHEN "renew" >= 4.0 THEN 1.0 ELSE 0.0 END) * (CASE WHEN "renew" IS NULL THEN NULL WHEN "renew" >= 4.0 THEN 1.0 ELSE 0.0 END)) AS s2_17,
  MIN(CASE WHEN "renew" IS NULL THEN NULL WHEN "renew" >= 4.0 THEN 1.0 ELSE 0.0 END) AS lo_17,
  MAX(CASE WHEN "renew" IS NULL THEN NULL WHEN "renew" >= 4.0 THEN 1.0 ELSE 0.0 END) AS hi_17,
  COUNT("score:indicator_index") AS n_18,
  SUM("score:indicator_index") AS s1_18,
  SUM(("score:indicator_index") * ("score:indicator_index")) AS s2_18,
  MIN("score:indicator_index") AS lo_18,
  MAX("score:indicator_index") AS hi_18,
  COUNT(CASE WHEN ("used.planning" IS NOT NULL AND "used.planning" = 1.0) THEN CASE WHEN "most_valued" IS NULL THEN NULL WHEN "most_valued" = 'planning' THEN 1.0 ELSE 0.0 END END) AS n_19,
  SUM(CASE WHEN ("used.planning" IS NOT NULL AND "used.planning" = 1.0) THEN CASE WHEN "most_valued" IS NULL THEN NULL WHEN "most_valued" = 'planning' THEN 1.0 ELSE 0.0 END END) AS s1_19,
  SUM((CASE WHEN ("used.planning" IS NOT NULL AND "used.planning" = 1.0) THEN CASE WHEN "most_valued" IS NULL THEN NULL WHEN "most_valued" = 'planning' THEN 1.0 ELSE 0.0 END END) * (CASE WHEN ("used.planning" IS NOT NULL AND "used.planning" = 1.0) THEN CASE WHEN "most_valued" IS NULL THEN NULL WHEN "most_valued" = 'planning' THEN 1.0 ELSE 0.0 END END)) AS s2_19,
  MIN(CASE WHEN ("used.planning" IS NOT NULL AND "used.planning" = 1.0) THEN CASE WHEN "most_valued" IS NULL THEN NULL WHEN "most_valued" = 'planning' THEN 1.0 ELSE 0.0 END END) AS lo_19,
  MAX(CASE WHEN ("used.planning" IS NOT NULL AND "used.planning" = 1.0) THEN CASE WHEN "most_valued" IS NULL THEN NULL WHEN "most_valued" = 'planning' THEN 1.0 ELSE 0.0 END END) AS hi_19,
  COUNT(CASE WHEN ("used.creative" IS NOT NULL AND "used.creative" = 1.0) THEN CASE WHEN "most_valued" IS NULL THEN NULL WHEN "most_valued" = 'creative' THEN 1.0 ELSE 0.0 END END) AS n_20,
  SUM(CASE WHEN ("used.creative" IS NOT NULL AND "used.creative" = 1.0) THEN CASE WHEN "most_valued" IS NULL THEN NULL WHEN "most_valued" = 'creative' THEN 1.0 ELSE 0.0 END END) AS s1_20,
  SUM((CASE WHEN ("used.creative" IS NOT NULL AND "used.creative" = 1.0) THEN CASE WHEN "most_valued" IS NULL THEN NULL WHEN "most_valued" = 'creative' THEN 1.0 ELSE 0.0 END END) * (CASE WHEN ("used.creative" IS NOT NULL AND "used.creative" = 1.0) THEN CASE WHEN "most_valued" IS NULL THEN NULL WHEN "most_valued" = 'creative' THEN 1.0 ELSE 0.0 END END)) AS s2_20,
  MIN(CASE WHEN ("used.creative" IS NOT NULL AND "used.creative" = 1.0) THEN CASE WHEN "most_valued" IS NULL THEN NULL WHEN "most_valued" = 'creative' THEN 1.0 ELSE 0.0 END END) AS lo_20,
  MAX(CASE WHEN ("used.creative" IS NOT NULL AND "used.creative" = 1.0) THEN CASE WHEN "most_valued" IS NULL THEN NULL WHEN "most_valued" = 'creative' THEN 1.0 ELSE 0.0 END END) AS hi_20,
  COUNT(CASE WHEN ("used.production" IS NOT NULL AND "used.production" = 1.0) THEN CASE WHEN "most_valued" IS NULL THEN NULL WHEN "most_valued" = 'production' THEN 1.0 ELSE 0.0 END END) AS n_21,
  SUM(CASE WHEN ("used.production" IS NOT NULL AND "used.production" = 1.0) THEN CASE WHEN "most_valued" IS NULL THEN NULL WHEN "most_valued" = 'production' THEN 1.0 ELSE 0.0 END END) AS s1_21,
  SUM((CASE WHEN ("used.production" IS NOT NULL AND "used.production" = 1.0) THEN CASE WHEN "most_valued" IS NULL THEN NULL WHEN "most_valued" = 'production' THEN 1.0 ELSE 0.0 END END) * (CASE WHEN ("used.production" IS NOT NULL AND "used.production" = 1.0) THEN CASE WHEN "most_valued" IS NULL THEN NULL WHEN "most_valued" = 'production' THEN 1.0 ELSE 0.0 END END)) AS s2_21,
  MIN(CASE WHEN ("used.production" IS NOT NULL AND "used.production" = 1.0) THEN CASE WHEN "most_valued" IS NULL THEN NULL WHEN "most_valued" = 'production' THEN 1.0 ELSE 0.0 END END) AS lo_21,
  MAX(CASE WHEN ("used.production" IS NOT NULL AND "used.production" = 1.0) THEN CASE WHEN "most_valued" IS NULL THEN NULL WHEN "most_valued" = 'production' THEN 1.0 ELSE 0.0 END END) AS hi_21,
  COUNT(CASE WHEN ("used.placement" IS NOT NULL AND "used.placement" = 1.0) THEN CASE WHEN "most_valued" IS NULL THEN NULL WHEN "most_valued" = 'placement' THEN 1.0 ELSE 0.0 END END) AS n_22,
  SUM(CASE WHEN ("used.placement" IS NOT NULL AND "used.placement" = 1.0) THEN CASE WHEN "most_valued" IS NULL THEN NULL WHEN "most_valued" = 'placement' THEN 1.0 ELSE 0.0 END END) AS s1_22,
  SUM((CASE WHEN ("used.placement" IS NOT NULL AND "used.placement" = 1.0) THEN CASE WHEN "most_valued" IS NULL THEN NULL WHEN "most_valued" = 'placement' THEN 1.0 ELSE 0.0 END END) * (CASE WHEN ("used.placement" IS NOT NULL AND "used.placement" = 1.0) THEN CASE WHEN "most_valued" IS NULL THEN NULL WHEN "most_valued" = 'placement' THEN 1.0 ELSE 0.0 END END)) AS s2_22,
  MIN(CASE WHEN ("used.placement" IS NOT NULL AND "used.placement" = 1.0) THEN CASE WHEN "most_valued" IS NULL THEN NULL WHEN "most_valued" = 'placement' THEN 1.0 ELSE 0.0 END END) AS lo_22,
  MAX(CASE WHEN ("used.placement" IS NOT NULL AND "used.placement" = 1.0) THEN CASE WHEN "most_valued" IS NULL THEN NULL WHEN "most_valued" = 'placement' THEN 1.0 ELSE 0.0 END END) AS hi_22,
  COUNT(CASE WHEN ("used.aftercare" IS NOT NULL AND "used.aftercare" = 1.0) THEN CASE WHEN "most_valued" IS NULL THEN NULL WHEN "most_valued" = 'aftercare' THEN 1.0 ELSE 0.0 END END) AS n_23,
  SUM(CASE WHEN ("used.aftercare" IS NOT NULL AND "used.aftercare" = 1.0) THEN CASE WHEN "most_valued" IS NULL THEN NULL WHEN "most_valued" = 'aftercare' THEN 1.0 ELSE 0.0 END END) AS s1_23,
  SUM((CASE WHEN ("used.aftercare" IS NOT NULL AND "used.aftercare" = 1.0) THEN CASE WHEN "most_valued" IS NULL THEN NULL WHEN "most_valued" = 'aftercare' THEN 1.0 ELSE 0.0 END END) * (CASE WHEN ("used.aftercare" IS NOT NULL AND "used.aftercare" = 1.0) THEN CASE WHEN "most_valued" IS NULL THEN NULL WHEN "most_valued" = 'aftercare' THEN 1.0 ELSE 0.0 END END)) AS s2_23,
  MIN(CASE WHEN ("used.aftercare" IS NOT NULL AND "used.aftercare" = 1.0) THEN CASE WHEN "most_valued" IS NULL THEN NULL WHEN "most_valued" = 'aftercare' THEN 1.0 ELSE 0.0 END END) AS lo_23,
  MAX(CASE WHEN ("used.aftercare" IS NOT NULL AND "used.aftercare" = 1.0) THEN CASE WHEN "most_valued" IS NULL THEN NULL WHEN "most_valued" = 'aftercare' THEN 1.0 ELSE 0.0 END END) AS hi_23,
  COUNT(CASE WHEN ("used.other" IS NOT NULL AND "used.other" = 1.0) THEN CASE WHEN "most_valued" IS NULL THEN NULL WHEN "most_valued" = 'other' THEN 1.0 ELSE 0.0 END END) AS n_24,
  SUM(CASE WHEN ("used.other" IS NOT NULL AND "used.other" = 1.0) THEN CASE WHEN "most_valued" IS NULL THEN NULL WHEN "most_valued" = 'other' THEN 1.0 ELSE 0.0 END END) AS s1_24,
  SUM((CASE WHEN ("used.other" IS NOT NULL AND "used.other" = 1.0) THEN CASE WHEN "most_valued" IS NULL THEN NULL WHEN "most_valued" = 'other' THEN 1.0 ELSE 0.0 END END) * (CASE WHEN ("used.other" IS NOT NULL AND "used.other" = 1.0) THEN CASE WHEN "most_valued" IS NULL THEN NULL WHEN "most_valued" = 'other' THEN 1.0 ELSE 0.0 END END)) AS s2_24,
  MIN(CASE WHEN ("used.other" IS NOT NULL AND "used.other" = 1.0) THEN CASE WHEN "most_valued" IS NULL THEN NULL WHEN "most_valued" = 'other' THEN 1.0 ELSE 0.0 END END) AS lo_24,
  MAX(CASE WHEN ("used.other" IS NOT NULL AND "used.other" = 1.0) THEN CASE WHEN "most_valued" IS NULL THEN NULL WHEN "most_valued" = 'other' THEN 1.0 ELSE 0.0 END END) AS hi_24
FROM "responses"
GROUP BY 1
ORDER BY 1;

-- 3. distribution of service_quality per stratum
SELECT CASE WHEN "size" IN ('key', 'large', 'medium', 'small') THEN "size" ELSE NULL END AS h, "service_quality" AS value, COUNT(*) AS k
FROM "responses"
WHERE "service_quality" IS NOT NULL
GROUP BY 1, 2
ORDER BY 1, 2;

-- 4. distribution of product_effect per stratum
SELECT CASE WHEN "size" IN ('key', 'large', 'medium', 'small') THEN "size" ELSE NULL END AS h, "product_effect" AS value, COUNT(*) AS k
FROM "responses"
WHERE "product_effect" IS NOT NULL
GROUP BY 1, 2
ORDER BY 1, 2;

-- 5. distribution of communication per stratum
SELECT CASE WHEN "size" IN ('key', 'large', 'medium', 'small') THEN "size" ELSE NULL END AS h, "communication" AS value, COUNT(*) AS k
FROM "responses"
WHERE "communication" IS NOT NULL
GROUP BY 1, 2
ORDER BY 1, 2;

-- 6. distribution of response_speed per stratum
SELECT CASE WHEN "size" IN ('key', 'large', 'medium', 'small') THEN "size" ELSE NULL END AS h, "response_speed" AS value, COUNT(*) AS k
FROM "responses"
WHERE "response_speed" IS NOT NULL
GROUP BY 1, 2
ORDER BY 1, 2;

-- 7. distribution of overall per stratum
SELECT CASE WHEN "size" IN ('key', 'large', 'medium', 'small') THEN "size" ELSE NULL END AS h, "overall" AS value, COUNT(*) AS k
FROM "responses"
WHERE "overall" IS NOT NULL
GROUP BY 1, 2
ORDER BY 1, 2;

-- 8. distribution of renew per stratum
SELECT CASE WHEN "size" IN ('key', 'large', 'medium', 'small') THEN "size" ELSE NULL END AS h, "renew" AS value, COUNT(*) AS k
FROM "responses"
WHERE "renew" IS NOT NULL
GROUP BY 1, 2
ORDER BY 1, 2;

-- 9. distribution of tenure per stratum
SELECT CASE WHEN "size" IN ('key', 'large', 'medium', 'small') THEN "size" ELSE NULL END AS h, "tenure" AS value, COUNT(*) AS k
FROM "responses"
WHERE "tenure" IS NOT NULL
GROUP BY 1, 2
ORDER BY 1, 2;

-- 10. distribution of most_valued per stratum
SELECT CASE WHEN "size" IN ('key', 'large', 'medium', 'small') THEN "size" ELSE NULL END AS h, "most_valued" AS value, COUNT(*) AS k
FROM "responses"
WHERE "most_valued" IS NOT NULL
GROUP BY 1, 2
ORDER BY 1, 2;

-- 11. response rates: responses per size
SELECT "size" AS h, COUNT(*) AS m
FROM "responses"
GROUP BY 1
ORDER BY 1;

-- 12. top dissatisfied: answers <= 2 per item
SELECT
  COUNT(CASE WHEN "service_quality" IN (9.0) THEN NULL ELSE "service_quality" END) AS n_0,
  SUM(CASE WHEN CASE WHEN "service_quality" IN (9.0) THEN NULL ELSE "service_quality" END <= 2.0 THEN 1 ELSE 0 END) AS k_0,
  COUNT(CASE WHEN "product_effect" IN (9.0) THEN NULL ELSE "product_effect" END) AS n_1,
  SUM(CASE WHEN CASE WHEN "product_effect" IN (9.0) THEN NULL ELSE "product_effect" END <= 2.0 THEN 1 ELSE 0 END) AS k_1,
  COUNT(CASE WHEN "communication" IN (9.0) THEN NULL ELSE "communication" END) AS n_2,
  SUM(CASE WHEN CASE WHEN "communication" IN (9.0) THEN NULL ELSE "communication" END <= 2.0 THEN 1 ELSE 0 END) AS k_2,
  COUNT(CASE WHEN "response_speed" IN (9.0) THEN NULL ELSE "response_speed" END) AS n_3,
  SUM(CASE WHEN CASE WHEN "response_speed" IN (9.0) THEN NULL ELSE "response_speed" END <= 2.0 THEN 1 ELSE 0 END) AS k_3,
  COUNT(CASE WHEN "overall" IN (9.0) THEN NULL ELSE "overall" END) AS n_4,
  SUM(CASE WHEN CASE WHEN "overall" IN (9.0) THEN NULL ELSE "overall" END <= 2.0 THEN 1 ELSE 0 END) AS k_4,
  COUNT("renew") AS n_5,
  SUM(CASE WHEN "renew" <= 2.0 THEN 1 ELSE 0 END) AS k_5
FROM "responses";

-- 13. breakdown by size: moments per value
SELECT
  "size" AS g0,
  COUNT(*) AS m,
  COUNT("used.planning") AS n_0,
  SUM("used.planning") AS s1_0,
  SUM(("used.planning") * ("used.planning")) AS s2_0,
  MIN("used.planning") AS lo_0,
  MAX("used.planning") AS hi_0,
  COUNT("used.creative") AS n_1,
  SUM("used.creative") AS s1_1,
  SUM(("used.creative") * ("used.creative")) AS s2_1,
  MIN("used.creative") AS lo_1,
  MAX("used.creative") AS hi_1,
  COUNT("used.production") AS n_2,
  SUM("used.production") AS s1_2,
  SUM(("used.production") * ("used.production")) AS s2_2,
  MIN("used.production") AS lo_2,
  MAX("used.production") AS hi_2,
  COUNT("used.placement") AS n_3,
  SUM("used.placement") AS s1_3,
  SUM(("used.placement") * ("used.placement")) AS s2_3,
  MIN("used.placement") AS lo_3,
  MAX("used.placement") AS hi_3,
  COUNT("used.aftercare") AS n_4,
  SUM("used.aftercare") AS s1_4,
  SUM(("used.aftercare") * ("used.aftercare")) AS s2_4,
  MIN("used.aftercare") AS lo_4,
  MAX("used.aftercare") AS hi_4,
  COUNT("used.other") AS n_5,
  SUM("used.other") AS s1_5,
  SUM(("used.other") * ("used.other")) AS s2_5,
  MIN("used.other") AS lo_5,
  MAX("used.other") AS hi_5,
  COUNT(CASE WHEN "service_quality" IN (9.0) THEN NULL ELSE "service_quality" END) AS n_6,
  SUM(CASE WHEN "service_quality" IN (9.0) THEN NULL ELSE "service_quality" END) AS s1_6,
  SUM((CASE WHEN "service_quality" IN (9.0) THEN NULL ELSE "service_quality" END) * (CASE WHEN "service_quality" IN (9.0) THEN NULL ELSE "service_quality" END)) AS s2_6,
  MIN(CASE WHEN "service_quality" IN (9.0) THEN NULL ELSE "service_quality" END) AS lo_6,
  MAX(CASE WHEN "service_quality" IN (9.0) THEN NULL ELSE "service_quality" END) AS hi_6,
  COUNT(CASE WHEN "product_effect" IN (9.0) THEN NULL ELSE "product_effect" END) AS n_7,
  SUM(CASE WHEN "product_effect" IN (9.0) THEN NULL ELSE "product_effect" END) AS s1_7,
  SUM((CASE WHEN "product_effect" IN (9.0) THEN NULL ELSE "product_effect" END) * (CASE WHEN "product_effect" IN (9.0) THEN NULL ELSE "product_effect" END)) AS s2_7,
  MIN(CASE WHEN "product_effect" IN (9.0) THEN NULL ELSE "product_effect" END) AS lo_7,
  MAX(CASE WHEN "product_effect" IN (9.0) THEN NULL ELSE "product_effect" END) AS hi_7,
  COUNT(CASE WHEN "communication" IN (9.0) THEN NULL ELSE "communication" END) AS n_8,
  SUM(CASE WHEN "communication" IN (9.0) THEN NULL ELSE "communication" END) AS s1_8,
  SUM((CASE WHEN "communication" IN (9.0) THEN NULL ELSE "communication" END) * (CASE WHEN "communication" IN (9.0) THEN NULL ELSE "communication" END)) AS s2_8,
  MIN(CASE WHEN "communication" IN (9.0) THEN NULL ELSE "communication" END) AS lo_8,
  MAX(CASE WHEN "communication" IN (9.0) THEN NULL ELSE "communication" END) AS hi_8,
  COUNT(CASE WHEN "response_speed" IN (9.0) THEN NULL ELSE "response_speed" END) AS n_9,
  SUM(CASE WHEN "response_speed" IN (9.0) THEN NULL ELSE "response_speed" END) AS s1_9,
  SUM((CASE WHEN "response_speed" IN (9.0) THEN NULL ELSE "response_speed" END) * (CASE WHEN "response_speed" IN (9.0) THEN NULL ELSE "response_speed" END)) AS s2_9,
  MIN(CASE WHEN "response_speed" IN (9.0) THEN NULL ELSE "response_speed" END) AS lo_9,
  MAX(CASE WHEN "response_speed" IN (9.0) THEN NULL ELSE "response_speed" END) AS hi_9,
  COUNT(CASE WHEN "overall" IN (9.0) THEN NULL ELSE "overall" END) AS n_10,
  SUM(CASE WHEN "overall" IN (9.0) THEN NULL ELSE "overall" END) AS s1_10,
  SUM((CASE WHEN "overall" IN (9.0) THEN NULL ELSE "overall" END) * (CASE WHEN "overall" IN (9.0) THEN NULL ELSE "overall" END)) AS s2_10,
  MIN(CASE WHEN "overall" IN (9.0) THEN NULL ELSE "overall" END) AS lo_10,
  MAX(CASE WHEN "overall" IN (9.0) THEN NULL ELSE "overall" END) AS hi_10,
  COUNT("renew") AS n_11,
  SUM("renew") AS s1_11,
  SUM(("renew") * ("renew")) AS s2_11,
  MIN("renew") AS lo_11,
  MAX("renew") AS hi_11,
  COUNT("score:indicator_index") AS n_12,
  SUM("score:indicator_index") AS s1_12,
  SUM(("score:indicator_index") * ("score:indicator_index")) AS s2_12,
  MIN("score:indicator_index") AS lo_12,
  MAX("score:indicator_index") AS hi_12
FROM "responses"
GROUP BY 1
ORDER BY 1;

-- 14. breakdown by industry: moments per value
SELECT
  "industry" AS g0,
  COUNT(*) AS m,
  COUNT("used.planning") AS n_0,
  SUM("used.planning") AS s1_0,
  SUM(("used.planning") * ("used.planning")) AS s2_0,
  MIN("used.planning") AS lo_0,
  MAX("used.planning") AS hi_0,
  COUNT("used.creative") AS n_1,
  SUM("used.creative") AS s1_1,
  SUM(("used.creative") * ("used.creative")) AS s2_1,
  MIN("used.creative") AS lo_1,
  MAX("used.creative") AS hi_1,
  COUNT("used.production") AS n_2,
  SUM("used.production") AS s1_2,
  SUM(("used.production") * ("used.production")) AS s2_2,
  MIN("used.production") AS lo_2,
  MAX("used.production") AS hi_2,
  COUNT("used.placement") AS n_3,
  SUM("used.placement") AS s1_3,
  SUM(("used.placement") * ("used.placement")) AS s2_3,
  MIN("used.placement") AS lo_3,
  MAX("used.placement") AS hi_3,
  COUNT("used.aftercare") AS n_4,
  SUM("used.aftercare") AS s1_4,
  SUM(("used.aftercare") * ("used.aftercare")) AS s2_4,
  MIN("used.aftercare") AS lo_4,
  MAX("used.aftercare") AS hi_4,
  COUNT("used.other") AS n_5,
  SUM("used.other") AS s1_5,
  SUM(("used.other") * ("used.other")) AS s2_5,
  MIN("used.other") AS lo_5,
  MAX("used.other") AS hi_5,
  COUNT(CASE WHEN "service_quality" IN (9.0) THEN NULL ELSE "service_quality" END) AS n_6,
  SUM(CASE WHEN "service_quality" IN (9.0) THEN NULL ELSE "service_quality" END) AS s1_6,
  SUM((CASE WHEN "service_quality" IN (9.0) THEN NULL ELSE "service_quality" END) * (CASE WHEN "service_quality" IN (9.0) THEN NULL ELSE "service_quality" END)) AS s2_6,
  MIN(CASE WHEN "service_quality" IN (9.0) THEN NULL ELSE "service_quality" END) AS lo_6,
  MAX(CASE WHEN "service_quality" IN (9.0) THEN NULL ELSE "service_quality" END) AS hi_6,
  COUNT(CASE WHEN "product_effect" IN (9.0) THEN NULL ELSE "product_effect" END) AS n_7,
  SUM(CASE WHEN "product_effect" IN (9.0) THEN NULL ELSE "product_effect" END) AS s1_7,
  SUM((CASE WHEN "product_effect" IN (9.0) THEN NULL ELSE "product_effect" END) * (CASE WHEN "product_effect" IN (9.0) THEN NULL ELSE "product_effect" END)) AS s2_7,
  MIN(CASE WHEN "product_effect" IN (9.0) THEN NULL ELSE "product_effect" END) AS lo_7,
  MAX(CASE WHEN "product_effect" IN (9.0) THEN NULL ELSE "product_effect" END) AS hi_7,
  COUNT(CASE WHEN "communication" IN (9.0) THEN NULL ELSE "communication" END) AS n_8,
  SUM(CASE WHEN "communication" IN (9.0) THEN NULL ELSE "communication" END) AS s1_8,
  SUM((CASE WHEN "communication" IN (9.0) THEN NULL ELSE "communication" END) * (CASE WHEN "communication" IN (9.0) THEN NULL ELSE "communication" END)) AS s2_8,
  MIN(CASE WHEN "communication" IN (9.0) THEN NULL ELSE "communication" END) AS lo_8,
  MAX(CASE WHEN "communication" IN (9.0) THEN NULL ELSE "communication" END) AS hi_8,
  COUNT(CASE WHEN "response_speed" IN (9.0) THEN NULL ELSE "response_speed" END) AS n_9,
  SUM(CASE WHEN "response_speed" IN (9.0) THEN NULL ELSE "response_speed" END) AS s1_9,
  SUM((CASE WHEN "response_speed" IN (9.0) THEN NULL ELSE "response_speed" END) * (CASE WHEN "response_speed" IN (9.0) THEN NULL ELSE "response_speed" END)) AS s2_9,
  MIN(CASE WHEN "response_speed" IN (9.0) THEN NULL ELSE "response_speed" END) AS lo_9,
  MAX(CASE WHEN "response_speed" IN (9.0) THEN NULL ELSE "response_speed" END) AS hi_9,
  COUNT(CASE WHEN "overall" IN (9.0) THEN NULL ELSE "overall" END) AS n_10,
  SUM(CASE WHEN "overall" IN (9.0) THEN NULL ELSE "overall" END) AS s1_10,
  SUM((CASE WHEN "overall" IN (9.0) THEN NULL ELSE "overall" END) * (CASE WHEN "overall" IN (9.0) THEN NULL ELSE "overall" END)) AS s2_10,
  MIN(CASE WHEN "overall" IN (9.0) THEN NULL ELSE "overall" END) AS lo_10,
  MAX(CASE WHEN "overall" IN (9.0) THEN NULL ELSE "overall" END) AS hi_10,
  COUNT("renew") AS n_11,
  SUM("renew") AS s1_11,
  SUM(("renew") * ("renew")) AS s2_11,
  MIN("renew") AS lo_11,
  MAX("renew") AS hi_11,
  COUNT("score:indicator_index") AS n_12,
  SUM("score:indicator_index") AS s1_12,
  SUM(("score:indicator_index") * ("score:indicator_index")) AS s2_12,
  MIN("score:indicator_index") AS lo_12,
  MAX("score:indicator_index") AS hi_12
FROM "responses"
GROUP BY 1
ORDER BY 1;

-- 15. breakdown by region: moments per value
SELECT
  "region" AS g0,
  COUNT(*) AS m,
  COUNT("used.planning") AS n_0,
  SUM("used.planning") AS s1_0,
  SUM(("used.planning") * ("used.planning")) AS s2_0,
  MIN("used.planning") AS lo_0,
  MAX("used.planning") AS hi_0,
  COUNT("used.creative") AS n_1,
  SUM("used.creative") AS s1_1,
  SUM(("used.creative") * ("used.creative")) AS s2_1,
  MIN("used.creative") AS lo_1,
  MAX("used.creative") AS hi_1,
  COUNT("used.production") AS n_2,
  SUM("used.production") AS s1_2,
  SUM(("used.production") * ("used.production")) AS s2_2,
  MIN("used.production") AS lo_2,
  MAX("used.production") AS hi_2,
  COUNT("used.placement") AS n_3,
  SUM("used.placement") AS s1_3,
  SUM(("used.placement") * ("used.placement")) AS s2_3,
  MIN("used.placement") AS lo_3,
  MAX("used.placement") AS hi_3,
  COUNT("used.aftercare") AS n_4,
  SUM("used.aftercare") AS s1_4,
  SUM(("used.aftercare") * ("used.aftercare")) AS s2_4,
  MIN("used.aftercare") AS lo_4,
  MAX("used.aftercare") AS hi_4,
  COUNT("used.other") AS n_5,
  SUM("used.other") AS s1_5,
  SUM(("used.other") * ("used.other")) AS s2_5,
  MIN("used.other") AS lo_5,
  MAX("used.other") AS hi_5,
  COUNT(CASE WHEN "service_quality" IN (9.0) THEN NULL ELSE "service_quality" END) AS n_6,
  SUM(CASE WHEN "service_quality" IN (9.0) THEN NULL ELSE "service_quality" END) AS s1_6,
  SUM((CASE WHEN "service_quality" IN (9.0) THEN NULL ELSE "service_quality" END) * (CASE WHEN "service_quality" IN (9.0) THEN NULL ELSE "service_quality" END)) AS s2_6,
  MIN(CASE WHEN "service_quality" IN (9.0) THEN NULL ELSE "service_quality" END) AS lo_6,
  MAX(CASE WHEN "service_quality" IN (9.0) THEN NULL ELSE "service_quality" END) AS hi_6,
  COUNT(CASE WHEN "product_effect" IN (9.0) THEN NULL ELSE "product_effect" END) AS n_7,
  SUM(CASE WHEN "product_effect" IN (9.0) THEN NULL ELSE "product_effect" END) AS s1_7,
  SUM((CASE WHEN "product_effect" IN (9.0) THEN NULL ELSE "product_effect" END) * (CASE WHEN "product_effect" IN (9.0) THEN NULL ELSE "product_effect" END)) AS s2_7,
  MIN(CASE WHEN "product_effect" IN (9.0) THEN NULL ELSE "product_effect" END) AS lo_7,
  MAX(CASE WHEN "product_effect" IN (9.0) THEN NULL ELSE "product_effect" END) AS hi_7,
  COUNT(CASE WHEN "communication" IN (9.0) THEN NULL ELSE "communication" END) AS n_8,
  SUM(CASE WHEN "communication" IN (9.0) THEN NULL ELSE "communication" END) AS s1_8,
  SUM((CASE WHEN "communication" IN (9.0) THEN NULL ELSE "communication" END) * (CASE WHEN "communication" IN (9.0) THEN NULL ELSE "communication" END)) AS s2_8,
  MIN(CASE WHEN "communication" IN (9.0) THEN NULL ELSE "communication" END) AS lo_8,
  MAX(CASE WHEN "communication" IN (9.0) THEN NULL ELSE "communication" END) AS hi_8,
  COUNT(CASE WHEN "response_speed" IN (9.0) THEN NULL ELSE "response_speed" END) AS n_9,
  SUM(CASE WHEN "response_speed" IN (9.0) THEN NULL ELSE "response_speed" END) AS s1_9,
  SUM((CASE WHEN "response_speed" IN (9.0) THEN NULL ELSE "response_speed" END) * (CASE WHEN "response_speed" IN (9.0) THEN NULL ELSE "response_speed" END)) AS s2_9,
  MIN(CASE WHEN "response_speed" IN (9.0) THEN NULL ELSE "response_speed" END) AS lo_9,
  MAX(CASE WHEN "response_speed" IN (9.0) THEN NULL ELSE "response_speed" END) AS hi_9,
  COUNT(CASE WHEN "overall" IN (9.0) THEN NULL ELSE "overall" END) AS n_10,
  SUM(CASE WHEN "overall" IN (9.0) THEN NULL ELSE "overall" END) AS s1_10,
  SUM((CASE WHEN "overall" IN (9.0) THEN NULL ELSE "overall" END) * (CASE WHEN "overall" IN (9.0) THEN NULL ELSE "overall" END)) AS s2_10,
  MIN(CASE WHEN "overall" IN (9.0) THEN NULL ELSE "overall" END) AS lo_10,
  MAX(CASE WHEN "overall" IN (9.0) THEN NULL ELSE "overall" END) AS hi_10,
  COUNT("renew") AS n_11,
  SUM("renew") AS s1_11,
  SUM(("renew") * ("renew")) AS s2_11,
  MIN("renew") AS lo_11,
  MAX("renew") AS hi_11,
  COUNT("score:indicator_index") AS n_12,
  SUM("score:indicator_index") AS s1_12,
  SUM(("score:indicator_index") * ("score:indicator_index")) AS s2_12,
  MIN("score:indicator_index") AS lo_12,
  MAX("score:indicator_index") AS hi_12
FROM "responses"
GROUP BY 1
ORDER BY 1;

-- 16. key drivers of overall: cross-products (complete cases)
SELECT 
  COUNT(*) AS n,
  SUM(CASE WHEN "overall" IN (9.0) THEN NULL ELSE "overall" END) AS s_0,
  SUM(CASE WHEN "service_quality" IN (9.0) THEN NULL ELSE "service_quality" END) AS s_1,
  SUM(CASE WHEN "product_effect" IN (9.0) THEN NULL ELSE "product_effect" END) AS s_2,
  SUM(CASE WHEN "communication" IN (9.0) THEN NULL ELSE "communication" END) AS s_3,
  SUM(CASE WHEN "response_speed" IN (9.0) THEN NULL ELSE "response_speed" END) AS s_4,
  SUM((CASE WHEN "overall" IN (9.0) THEN NULL ELSE "overall" END) * (CASE WHEN "overall" IN (9.0) THEN NULL ELSE "overall" END)) AS p_0_0,
  SUM((CASE WHEN "overall" IN (9.0) THEN NULL ELSE "overall" END) * (CASE WHEN "service_quality" IN (9.0) THEN NULL ELSE "service_quality" END)) AS p_0_1,
  SUM((CASE WHEN "overall" IN (9.0) THEN NULL ELSE "overall" END) * (CASE WHEN "product_effect" IN (9.0) THEN NULL ELSE "product_effect" END)) AS p_0_2,
  SUM((CASE WHEN "overall" IN (9.0) THEN NULL ELSE "overall" END) * (CASE WHEN "communication" IN (9.0) THEN NULL ELSE "communication" END)) AS p_0_3,
  SUM((CASE WHEN "overall" IN (9.0) THEN NULL ELSE "overall" END) * (CASE WHEN "response_speed" IN (9.0) THEN NULL ELSE "response_speed" END)) AS p_0_4,
  SUM((CASE WHEN "service_quality" IN (9.0) THEN NULL ELSE "service_quality" END) * (CASE WHEN "service_quality" IN (9.0) THEN NULL ELSE "service_quality" END)) AS p_1_1,
  SUM((CASE WHEN "service_quality" IN (9.0) THEN NULL ELSE "service_quality" END) * (CASE WHEN "product_effect" IN (9.0) THEN NULL ELSE "product_effect" END)) AS p_1_2,
  SUM((CASE WHEN "service_quality" IN (9.0) THEN NULL ELSE "service_quality" END) * (CASE WHEN "communication" IN (9.0) THEN NULL ELSE "communication" END)) AS p_1_3,
  SUM((CASE WHEN "service_quality" IN (9.0) THEN NULL ELSE "service_quality" END) * (CASE WHEN "response_speed" IN (9.0) THEN NULL ELSE "response_speed" END)) AS p_1_4,
  SUM((CASE WHEN "product_effect" IN (9.0) THEN NULL ELSE "product_effect" END) * (CASE WHEN "product_effect" IN (9.0) THEN NULL ELSE "product_effect" END)) AS p_2_2,
  SUM((CASE WHEN "product_effect" IN (9.0) THEN NULL ELSE "product_effect" END) * (CASE WHEN "communication" IN (9.0) THEN NULL ELSE "communication" END)) AS p_2_3,
  SUM((CASE WHEN "product_effect" IN (9.0) THEN NULL ELSE "product_effect" END) * (CASE WHEN "response_speed" IN (9.0) THEN NULL ELSE "response_speed" END)) AS p_2_4,
  SUM((CASE WHEN "communication" IN (9.0) THEN NULL ELSE "communication" END) * (CASE WHEN "communication" IN (9.0) THEN NULL ELSE "communication" END)) AS p_3_3,
  SUM((CASE WHEN "communication" IN (9.0) THEN NULL ELSE "communication" END) * (CASE WHEN "response_speed" IN (9.0) THEN NULL ELSE "response_speed" END)) AS p_3_4,
  SUM((CASE WHEN "response_speed" IN (9.0) THEN NULL ELSE "response_speed" END) * (CASE WHEN "response_speed" IN (9.0) THEN NULL ELSE "response_speed" END)) AS p_4_4
FROM "responses"
WHERE (CASE WHEN "overall" IN (9.0) THEN NULL ELSE "overall" END) IS NOT NULL AND (CASE WHEN "service_quality" IN (9.0) THEN NULL ELSE "service_quality" END) IS NOT NULL AND (CASE WHEN "product_effect" IN (9.0) THEN NULL ELSE "product_effect" END) IS NOT NULL AND (CASE WHEN "communication" IN (9.0) THEN NULL ELSE "communication" END) IS NOT NULL AND (CASE WHEN "response_speed" IN (9.0) THEN NULL ELSE "response_speed" END) IS NOT NULL;

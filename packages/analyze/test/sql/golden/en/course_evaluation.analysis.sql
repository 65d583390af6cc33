-- course_evaluation.analysis.sql: the statistics queries of `survey analyze` for survey 'course_evaluation' version 2025.1,
-- emitted by `survey build --only sql`. Generated: edit the survey, not this file.
--
-- Input: a table "responses" with one row per analysed response (valid against
-- course_evaluation.schema.json and kept by the quality rules) and these columns, named as the
-- variables of course_evaluation.analysis.json; an unanswered question is NULL, a missing code
-- ("don't know") is stored as its code.
--
--   study_year VARCHAR: nominal; codes y1, y2, y3, y4, postgrad: What is your year of study?
--   enrolment VARCHAR: nominal; codes compulsory, elective, interest, other: What is the main reason you took this course?
--   classes_attended DOUBLE PRECISION: numeric: In the past 4 weeks, how many classes of this course did you attend?
--   study_hours DOUBLE PRECISION: numeric: In the past 7 days, how many hours did you study for this course outside class?
--   clear DOUBLE PRECISION: ordinal; 1..5 on agree5: The instructor explained concepts clearly.
--   organised DOUBLE PRECISION: ordinal; 1..5 on agree5: The course was well organised.
--   hard_to_follow DOUBLE PRECISION: ordinal; 1..5 on agree5: Lectures were hard to follow.
--   feedback DOUBLE PRECISION: ordinal; 1..5 on agree5: Feedback on my work helped me improve.
--   unclear_criteria DOUBLE PRECISION: ordinal; 1..5 on agree5: The marking criteria were unclear.
--   interest DOUBLE PRECISION: ordinal; 1..5 on agree5: The classes held my interest.
--   overall DOUBLE PRECISION: ordinal; 1..5 on quality5: Overall, how would you rate this course?
--   class_group VARCHAR: hidden nominal; codes a, b, c: Class group
--   score:teaching_quality DOUBLE PRECISION: score teaching_quality of each response = rescale(mean(clear, organised, reverse(hard_to_follow), feedback, reverse(unclear_criteria), interest), agree5) (at least 4 of 6 items answered; the others are left out of the formula; else NULL)
--   score:overall_pomp DOUBLE PRECISION: score overall_pomp of each response = rescale(overall, quality5) (all 1 item answered; else NULL)
--
-- As a table definition (not run by this file):
--   CREATE TABLE "responses" (
--     "study_year" VARCHAR,
--     "enrolment" VARCHAR,
--     "classes_attended" DOUBLE PRECISION,
--     "study_hours" DOUBLE PRECISION,
--     "clear" DOUBLE PRECISION,
--     "organised" DOUBLE PRECISION,
--     "hard_to_follow" DOUBLE PRECISION,
--     "feedback" DOUBLE PRECISION,
--     "unclear_criteria" DOUBLE PRECISION,
--     "interest" DOUBLE PRECISION,
--     "overall" DOUBLE PRECISION,
--     "class_group" VARCHAR,
--     "score:teaching_quality" DOUBLE PRECISION,
--     "score:overall_pomp" DOUBLE PRECISION
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
SELECT 'all' AS h, COUNT(*) AS m
FROM "responses"
HAVING COUNT(*) > 0;

-- 2. design moments per stratum: items, top-2-box and NPS indicators, scores
SELECT
  'all' AS g0,
  COUNT(*) AS m,
  COUNT("classes_attended") AS n_0,
  SUM("classes_attended") AS s1_0,
  SUM(("classes_attended") * ("classes_attended")) AS s2_0,
  MIN("classes_attended") AS lo_0,
  MAX("classes_attended") AS hi_0,
  COUNT("study_hours") AS n_1,
  SUM("study_hours") AS s1_1,
  SUM(("study_hours") * ("study_hours")) AS s2_1,
  MIN("study_hours") AS lo_1,
  MAX("study_hours") AS hi_1,
  COUNT("clear") AS n_2,
  SUM("clear") AS s1_2,
  SUM(("clear") * ("clear")) AS s2_2,
  MIN("clear") AS lo_2,
  MAX("clear") AS hi_2,
  COUNT(CASE WHEN "clear" IS NULL THEN NULL WHEN "clear" >= 4.0 THEN 1.0 ELSE 0.0 END) AS n_3,
  SUM(CASE WHEN "clear" IS NULL THEN NULL WHEN "clear" >= 4.0 THEN 1.0 ELSE 0.0 END) AS s1_3,
  SUM((CASE WHEN "clear" IS NULL THEN NULL WHEN "clear" >= 4.0 THEN 1.0 ELSE 0.0 END) * (CASE WHEN "clear" IS NULL THEN NULL WHEN "clear" >= 4.0 THEN 1.0 ELSE 0.0 END)) AS s2_3,
  MIN(CASE WHEN "clear" IS NULL THEN NULL WHEN "clear" >= 4.0 THEN 1.0 ELSE 0.0 END) AS lo_3,
  MAX(CASE WHEN "clear" IS NULL THEN NULL WHEN "clear" >= 4.0 THEN 1.0 ELSE 0.0 END) AS hi_3,
  COUNT("organised") AS n_4,
  SUM("organised") AS s1_4,
  SUM(("organised") * ("organised")) AS s2_4,
  MIN("organised") AS lo_4,
  MAX("organised") AS hi_4,
  COUNT(CASE WHEN "organised" IS NULL THEN NULL WHEN "organised" >= 4.0 THEN 1.0 ELSE 0.0 END) AS n_5,
  SUM(CASE WHEN "organised" IS NULL THEN NULL WHEN "organised" >= 4.0 THEN 1.0 ELSE 0.0 END) AS s1_5,
  SUM((CASE WHEN "organised" IS NULL THEN NULL WHEN "organised" >= 4.0 THEN 1.0 ELSE 0.0 END) * (CASE WHEN "organised" IS NULL THEN NULL WHEN "organised" >= 4.0 THEN 1.0 ELSE 0.0 END)) AS s2_5,
  MIN(CASE WHEN "organised" IS NULL THEN NULL WHEN "organised" >= 4.0 THEN 1.0 ELSE 0.0 END) AS lo_5,
  MAX(CASE WHEN "organised" IS NULL THEN NULL WHEN "organised" >= 4.0 THEN 1.0 ELSE 0.0 END) AS hi_5,
  COUNT("hard_to_follow") AS n_6,
  SUM("hard_to_follow") AS s1_6,
  SUM(("hard_to_follow") * ("hard_to_follow")) AS s2_6,
  MIN("hard_to_follow") AS lo_6,
  MAX("hard_to_follow") AS hi_6,
  COUNT(CASE WHEN "hard_to_follow" IS NULL THEN NULL WHEN "hard_to_follow" <= 2.0 THEN 1.0 ELSE 0.0 END) AS n_7,
  SUM(CASE WHEN "hard_to_follow" IS NULL THEN NULL WHEN "hard_to_follow" <= 2.0 THEN 1.0 ELSE 0.0 END) AS s1_7,
  SUM((CASE WHEN "hard_to_follow" IS NULL THEN NULL WHEN "hard_to_follow" <= 2.0 THEN 1.0 ELSE 0.0 END) * (CASE WHEN "hard_to_follow" IS NULL THEN NULL WHEN "hard_to_follow" <= 2.0 THEN 1.0 ELSE 0.0 END)) AS s2_7,
  MIN(CASE WHEN "hard_to_follow" IS NULL THEN NULL WHEN "hard_to_follow" <= 2.0 THEN 1.0 ELSE 0.0 END) AS lo_7,
  MAX(CASE WHEN "hard_to_follow" IS NULL THEN NULL WHEN "hard_to_follow" <= 2.0 THEN 1.0 ELSE 0.0 END) AS hi_7,
  COUNT("feedback") AS n_8,
  SUM("feedback") AS s1_8,
  SUM(("feedback") * ("feedback")) AS s2_8,
  MIN("feedback") AS lo_8,
  MAX("feedback") AS hi_8,
  COUNT(CASE WHEN "feedback" IS NULL THEN NULL WHEN "feedback" >= 4.0 THEN 1.0 ELSE 0.0 END) AS n_9,
  SUM(CASE WHEN "feedback" IS NULL THEN NULL WHEN "feedback" >= 4.0 THEN 1.0 ELSE 0.0 END) AS s1_9,
  SUM((CASE WHEN "feedback" IS NULL THEN NULL WHEN "feedback" >= 4.0 THEN 1.0 ELSE 0.0 END) * (CASE WHEN "feedback" IS NULL THEN NULL WHEN "feedback" >= 4.0 THEN 1.0 ELSE 0.0 END)) AS s2_9,
  MIN(CASE WHEN "feedback" IS NULL THEN NULL WHEN "feedback" >= 4.0 THEN 1.0 ELSE 0.0 END) AS lo_9,
  MAX(CASE WHEN "feedback" IS NULL THEN NULL WHEN "feedback" >= 4.0 THEN 1.0 ELSE 0.0 END) AS hi_9,
  COUNT("unclear_criteria") AS n_10,
  SUM("unclear_criteria") AS s1_10,
  SUM(("unclear_criteria") * ("unclear_criteria")) AS s2_10,
  MIN("unclear_criteria") AS lo_10,
  MAX("unclear_criteria") AS hi_10,
  COUNT(CASE WHEN "unclear_criteria" IS NULL THEN NULL WHEN "unclear_criteria" <= 2.0 THEN 1.0 ELSE 0.0 END) AS n_11,
  SUM(CASE WHEN "unclear_criteria" IS NULL THEN NULL WHEN "unclear_criteria" <= 2.0 THEN 1.0 ELSE 0.0 END) AS s1_11,
  SUM((CASE WHEN "unclear_criteria" IS NULL THEN NULL WHEN "unclear_criteria" <= 2.0 THEN 1.0 ELSE 0.0 END) * (CASE WHEN "unclear_criteria" IS NULL THEN NULL WHEN "unclear_criteria" <= 2.0 THEN 1.0 ELSE 0.0 END)) AS s2_11,
  MIN(CASE WHEN "unclear_criteria" IS NULL THEN NULL WHEN "unclear_criteria" <= 2.0 THEN 1.0 ELSE 0.0 END) AS lo_11,
  MAX(CASE WHEN "unclear_criteria" IS NULL THEN NULL WHEN "unclear_criteria" <= 2.0 THEN 1.0 ELSE 0.0 END) AS hi_11,
  COUNT("interest") AS n_12,
  SUM("interest") AS s1_12,
  SUM(("interest") * ("interest")) AS s2_12,
  MIN("interest") AS lo_12,
  MAX("interest") AS hi_12,
  COUNT(CASE WHEN "interest" IS NULL THEN NULL WHEN "interest" >= 4.0 THEN 1.0 ELSE 0.0 END) AS n_13,
  SUM(CASE WHEN "interest" IS NULL THEN NULL WHEN "interest" >= 4.0 THEN 1.0 ELSE 0.0 END) AS s1_13,
  SUM((CASE WHEN "interest" IS NULL THEN NULL WHEN "interest" >= 4.0 THEN 1.0 ELSE 0.0 END) * (CASE WHEN "interest" IS NULL THEN NULL WHEN "interest" >= 4.0 THEN 1.0 ELSE 0.0 END)) AS s2_13,
  MIN(CASE WHEN "interest" IS NULL THEN NULL WHEN "interest" >= 4.0 THEN 1.0 ELSE 0.0 END) AS lo_13,
  MAX(CASE WHEN "interest" IS NULL THEN NULL WHEN "interest" >= 4.0 THEN 1.0 ELSE 0.0 END) AS hi_13,
  COUNT("overall") AS n_14,
  SUM("overall") AS s1_14,
  SUM(("overall") * ("overall")) AS s2_14,
  MIN("overall") AS lo_14,
  MAX("overall") AS hi_14,
  COUNT(CASE WHEN "overall" IS NULL THEN NULL WHEN "overall" >= 4.0 THEN 1.0 ELSE 0.0 END) AS n_15,
  SUM(CASE WHEN "overall" IS NULL THEN NULL WHEN "overall" >= 4.0 THEN 1.0 ELSE 0.0 END) AS s1_15,
  SUM((CASE WHEN "overall" IS NULL THEN NULL WHEN "overall" >= 4.0 THEN 1.0 ELSE 0.0 END) * (CASE WHEN "overall" IS NULL THEN NULL WHEN "overall" >= 4.0 THEN 1.0 ELSE 0.0 END)) AS s2_15,
  MIN(CASE WHEN "overall" IS NULL THEN NULL WHEN "overall" >= 4.0 THEN 1.0 ELSE 0.0 END) AS lo_15,
  MAX(CASE WHEN "overall" IS NULL THEN NULL WHEN "overall" >= 4.0 THEN 1.0 ELSE 0.0 END) AS hi_15,
  COUNT("score:teaching_quality") AS n_16,
  SUM("score:teaching_quality") AS s1_16,
  SUM(("score:teaching_quality") * ("score:teaching_quality")) AS s2_16,
  MIN("score:teaching_quality") AS lo_16,
  MAX("score:teaching_quality") AS hi_16,
  COUNT("score:overall_pomp") AS n_17,
  SUM("score:overall_pomp") AS s1_17,
  SUM(("score:overall_pomp") * ("score:overall_pomp")) AS s2_17,
  MIN("score:overall_pomp") AS lo_17,
  MAX("score:overall_pomp") AS hi_17
FROM "responses"
HAVING COUNT(*) > 0;

-- 3. distribution of classes_attended
SELECT 'all' AS h, "classes_attended" AS value, COUNT(*) AS k
FROM "responses"
WHERE "classes_attended" IS NOT NULL
GROUP BY 2
ORDER BY 2;

-- 4. distribution of study_hours
SELECT 'all' AS h, "study_hours" AS value, COUNT(*) AS k
FROM "responses"
WHERE "study_hours" IS NOT NULL
GROUP BY 2
ORDER BY 2;

-- 5. distribution of clear
SELECT 'all' AS h, "clear" AS value, COUNT(*) AS k
FROM "responses"
WHERE "clear" IS NOT NULL
GROUP BY 2
ORDER BY 2;

-- 6. distribution of organised
SELECT 'all' AS h, "organised" AS value, COUNT(*) AS k
FROM "responses"
WHERE "organised" IS NOT NULL
GROUP BY 2
ORDER BY 2;

-- 7. distribution of hard_to_follow
SELECT 'all' AS h, "hard_to_follow" AS value, COUNT(*) AS k
FROM "responses"
WHERE "hard_to_follow" IS NOT NULL
GROUP BY 2
ORDER BY 2;

-- 8. distribution of feedback
SELECT 'all' AS h, "feedback" AS value, COUNT(*) AS k
FROM "responses"
WHERE "feedback" IS NOT NULL
GROUP BY 2
ORDER BY 2;

-- 9. distribution of unclear_criteria
SELECT 'all' AS h, "unclear_criteria" AS value, COUNT(*) AS k
FROM "responses"
WHERE "unclear_criteria" IS NOT NULL
GROUP BY 2
ORDER BY 2;

-- 10. distribution of interest
SELECT 'all' AS h, "interest" AS value, COUNT(*) AS k
FROM "responses"
WHERE "interest" IS NOT NULL
GROUP BY 2
ORDER BY 2;

-- 11. distribution of overall
SELECT 'all' AS h, "overall" AS value, COUNT(*) AS k
FROM "responses"
WHERE "overall" IS NOT NULL
GROUP BY 2
ORDER BY 2;

-- 12. distribution of study_year
SELECT 'all' AS h, "study_year" AS value, COUNT(*) AS k
FROM "responses"
WHERE "study_year" IS NOT NULL
GROUP BY 2
ORDER BY 2;

-- 13. distribution of enrolment
SELECT 'all' AS h, "enrolment" AS value, COUNT(*) AS k
FROM "responses"
WHERE "enrolment" IS NOT NULL
GROUP BY 2
ORDER BY 2;

-- 14. breakdown by class_group: moments per value
SELECT
  "class_group" AS g0,
  COUNT(*) AS m,
  COUNT("classes_attended") AS n_0,
  SUM("classes_attended") AS s1_0,
  SUM(("classes_attended") * ("classes_attended")) AS s2_0,
  MIN("classes_attended") AS lo_0,
  MAX("classes_attended") AS hi_0,
  COUNT("study_hours") AS n_1,
  SUM("study_hours") AS s1_1,
  SUM(("study_hours") * ("study_hours")) AS s2_1,
  MIN("study_hours") AS lo_1,
  MAX("study_hours") AS hi_1,
  COUNT("clear") AS n_2,
  SUM("clear") AS s1_2,
  SUM(("clear") * ("clear")) AS s2_2,
  MIN("clear") AS lo_2,
  MAX("clear") AS hi_2,
  COUNT("organised") AS n_3,
  SUM("organised") AS s1_3,
  SUM(("organised") * ("organised")) AS s2_3,
  MIN("organised") AS lo_3,
  MAX("organised") AS hi_3,
  COUNT("hard_to_follow") AS n_4,
  SUM("hard_to_follow") AS s1_4,
  SUM(("hard_to_follow") * ("hard_to_follow")) AS s2_4,
  MIN("hard_to_follow") AS lo_4,
  MAX("hard_to_follow") AS hi_4,
  COUNT("feedback") AS n_5,
  SUM("feedback") AS s1_5,
  SUM(("feedback") * ("feedback")) AS s2_5,
  MIN("feedback") AS lo_5,
  MAX("feedback") AS hi_5,
  COUNT("unclear_criteria") AS n_6,
  SUM("unclear_criteria") AS s1_6,
  SUM(("unclear_criteria") * ("unclear_criteria")) AS s2_6,
  MIN("unclear_criteria") AS lo_6,
  MAX("unclear_criteria") AS hi_6,
  COUNT("interest") AS n_7,
  SUM("interest") AS s1_7,
  SUM(("interest") * ("interest")) AS s2_7,
  MIN("interest") AS lo_7,
  MAX("interest") AS hi_7,
  COUNT("overall") AS n_8,
  SUM("overall") AS s1_8,
  SUM(("overall") * ("overall")) AS s2_8,
  MIN("overall") AS lo_8,
  MAX("overall") AS hi_8,
  COUNT("score:teaching_quality") AS n_9,
  SUM("score:teaching_quality") AS s1_9,
  SUM(("score:teaching_quality") * ("score:teaching_quality")) AS s2_9,
  MIN("score:teaching_quality") AS lo_9,
  MAX("score:teaching_quality") AS hi_9,
  COUNT("score:overall_pomp") AS n_10,
  SUM("score:overall_pomp") AS s1_10,
  SUM(("score:overall_pomp") * ("score:overall_pomp")) AS s2_10,
  MIN("score:overall_pomp") AS lo_10,
  MAX("score:overall_pomp") AS hi_10
FROM "responses"
GROUP BY 1
ORDER BY 1;

-- 15. alpha battery: cross-products of its items (complete cases)
SELECT 
  COUNT(*) AS n,
  SUM("clear") AS s_0,
  SUM("organised") AS s_1,
  SUM((6.0 - "hard_to_follow")) AS s_2,
  SUM("feedback") AS s_3,
  SUM((6.0 - "unclear_criteria")) AS s_4,
  SUM("interest") AS s_5,
  SUM(("clear") * ("clear")) AS p_0_0,
  SUM(("clear") * ("organised")) AS p_0_1,
  SUM(("clear") * ((6.0 - "hard_to_follow"))) AS p_0_2,
  SUM(("clear") * ("feedback")) AS p_0_3,
  SUM(("clear") * ((6.0 - "unclear_criteria"))) AS p_0_4,
  SUM(("clear") * ("interest")) AS p_0_5,
  SUM(("organised") * ("organised")) AS p_1_1,
  SUM(("organised") * ((6.0 - "hard_to_follow"))) AS p_1_2,
  SUM(("organised") * ("feedback")) AS p_1_3,
  SUM(("organised") * ((6.0 - "unclear_criteria"))) AS p_1_4,
  SUM(("organised") * ("interest")) AS p_1_5,
  SUM(((6.0 - "hard_to_follow")) * ((6.0 - "hard_to_follow"))) AS p_2_2,
  SUM(((6.0 - "hard_to_follow")) * ("feedback")) AS p_2_3,
  SUM(((6.0 - "hard_to_follow")) * ((6.0 - "unclear_criteria"))) AS p_2_4,
  SUM(((6.0 - "hard_to_follow")) * ("interest")) AS p_2_5,
  SUM(("feedback") * ("feedback")) AS p_3_3,
  SUM(("feedback") * ((6.0 - "unclear_criteria"))) AS p_3_4,
  SUM(("feedback") * ("interest")) AS p_3_5,
  SUM(((6.0 - "unclear_criteria")) * ((6.0 - "unclear_criteria"))) AS p_4_4,
  SUM(((6.0 - "unclear_criteria")) * ("interest")) AS p_4_5,
  SUM(("interest") * ("interest")) AS p_5_5
FROM "responses"
WHERE ("clear") IS NOT NULL AND ("organised") IS NOT NULL AND ((6.0 - "hard_to_follow")) IS NOT NULL AND ("feedback") IS NOT NULL AND ((6.0 - "unclear_criteria")) IS NOT NULL AND ("interest") IS NOT NULL;

-- 16. key drivers of overall: cross-products (complete cases)
SELECT 
  COUNT(*) AS n,
  SUM("overall") AS s_0,
  SUM("clear") AS s_1,
  SUM("organised") AS s_2,
  SUM((6.0 - "hard_to_follow")) AS s_3,
  SUM("feedback") AS s_4,
  SUM((6.0 - "unclear_criteria")) AS s_5,
  SUM("interest") AS s_6,
  SUM(("overall") * ("overall")) AS p_0_0,
  SUM(("overall") * ("clear")) AS p_0_1,
  SUM(("overall") * ("organised")) AS p_0_2,
  SUM(("overall") * ((6.0 - "hard_to_follow"))) AS p_0_3,
  SUM(("overall") * ("feedback")) AS p_0_4,
  SUM(("overall") * ((6.0 - "unclear_criteria"))) AS p_0_5,
  SUM(("overall") * ("interest")) AS p_0_6,
  SUM(("clear") * ("clear")) AS p_1_1,
  SUM(("clear") * ("organised")) AS p_1_2,
  SUM(("clear") * ((6.0 - "hard_to_follow"))) AS p_1_3,
  SUM(("clear") * ("feedback")) AS p_1_4,
  SUM(("clear") * ((6.0 - "unclear_criteria"))) AS p_1_5,
  SUM(("clear") * ("interest")) AS p_1_6,
  SUM(("organised") * ("organised")) AS p_2_2,
  SUM(("organised") * ((6.0 - "hard_to_follow"))) AS p_2_3,
  SUM(("organised") * ("feedback")) AS p_2_4,
  SUM(("organised") * ((6.0 - "unclear_criteria"))) AS p_2_5,
  SUM(("organised") * ("interest")) AS p_2_6,
  SUM(((6.0 - "hard_to_follow")) * ((6.0 - "hard_to_follow"))) AS p_3_3,
  SUM(((6.0 - "hard_to_follow")) * ("feedback")) AS p_3_4,
  SUM(((6.0 - "hard_to_follow")) * ((6.0 - "unclear_criteria"))) AS p_3_5,
  SUM(((6.0 - "hard_to_follow")) * ("interest")) AS p_3_6,
  SUM(("feedback") * ("feedback")) AS p_4_4,
  SUM(("feedback") * ((6.0 - "unclear_criteria"))) AS p_4_5,
  SUM(("feedback") * ("interest")) AS p_4_6,
  SUM(((6.0 - "unclear_criteria")) * ((6.0 - "unclear_criteria"))) AS p_5_5,
  SUM(((6.0 - "unclear_criteria")) * ("interest")) AS p_5_6,
  SUM(("interest") * ("interest")) AS p_6_6
FROM "responses"
WHERE ("overall") IS NOT NULL AND ("clear") IS NOT NULL AND ("organised") IS NOT NULL AND ((6.0 - "hard_to_follow")) IS NOT NULL AND ("feedback") IS NOT NULL AND ((6.0 - "unclear_criteria")) IS NOT NULL AND ("interest") IS NOT NULL;

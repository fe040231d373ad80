-- Apply clicks count every application that had no recorded click (decision 025). Until now no application had
-- one (on-site forms recorded no clicks at all), so each day's past applications become clicks of that day too.
-- Data only: the schema does not change.
UPDATE "vacancy_daily_stats" SET "applyClicks" = "applyClicks" + "applications" WHERE "applications" > 0;

-- Public holidays of Albania for 2026 and 2027, the days no deadline counts or ends on, under the 1992 law
-- "Për festat zyrtare dhe ditët përkujtimore" as amended (Mother Teresa Day moved from 19 October to
-- 5 September; Alphabet Day, 22 November, added in 2024). When holidays fall on a Saturday or Sunday the
-- following working day or days are off (the Monday, and the Tuesday as well when two fall on one weekend
-- or the Monday is itself a holiday): those days are DECLARED. Both Easters are Sunday holidays in the law;
-- their Mondays are off by this rule. Days off the government declares later are added by administrators.
INSERT INTO holiday (id, holiday_date, name_sq, name_en, kind) VALUES
 (1,  DATE '2026-01-01', 'Festat e Vitit të Ri', 'New Year''s Day', 'FIXED'),
 (2,  DATE '2026-01-02', 'Festat e Vitit të Ri (dita e dytë)', 'New Year holiday (second day)', 'FIXED'),
 (3,  DATE '2026-03-14', 'Dita e Verës', 'Summer Day', 'FIXED'),
 (4,  DATE '2026-03-16', 'Ditë pushimi për Ditën e Verës', 'Day off in lieu of Summer Day', 'DECLARED'),
 (5,  DATE '2026-03-20', 'Dita e Bajramit të Madh', 'Eid al-Fitr (Bajrami i Madh)', 'RELIGIOUS'),
 (6,  DATE '2026-03-22', 'Dita e Nevruzit', 'Nevruz Day', 'FIXED'),
 (7,  DATE '2026-03-23', 'Ditë pushimi për Ditën e Nevruzit', 'Day off in lieu of Nevruz Day', 'DECLARED'),
 (8,  DATE '2026-04-05', 'E diela e Pashkëve Katolike', 'Catholic Easter Sunday', 'RELIGIOUS'),
 (9,  DATE '2026-04-06', 'Ditë pushimi për Pashkët Katolike', 'Day off in lieu of Catholic Easter', 'DECLARED'),
 (10, DATE '2026-04-12', 'E diela e Pashkëve Ortodokse', 'Orthodox Easter Sunday', 'RELIGIOUS'),
 (11, DATE '2026-04-13', 'Ditë pushimi për Pashkët Ortodokse', 'Day off in lieu of Orthodox Easter', 'DECLARED'),
 (12, DATE '2026-05-01', 'Dita Ndërkombëtare e Punëtorëve', 'International Workers'' Day', 'FIXED'),
 (13, DATE '2026-05-27', 'Dita e Kurban Bajramit', 'Eid al-Adha (Kurban Bajrami)', 'RELIGIOUS'),
 (14, DATE '2026-09-05', 'Dita e Shenjtërimit të Shenjt Terezës', 'Mother Teresa Canonisation Day', 'FIXED'),
 (15, DATE '2026-09-07', 'Ditë pushimi për Ditën e Shenjtërimit të Shenjt Terezës', 'Day off in lieu of Mother Teresa Canonisation Day', 'DECLARED'),
 (16, DATE '2026-11-22', 'Dita e Alfabetit', 'Alphabet Day', 'FIXED'),
 (17, DATE '2026-11-23', 'Ditë pushimi për Ditën e Alfabetit', 'Day off in lieu of Alphabet Day', 'DECLARED'),
 (18, DATE '2026-11-28', 'Dita e Flamurit dhe e Pavarësisë', 'Flag and Independence Day', 'FIXED'),
 (19, DATE '2026-11-29', 'Dita e Çlirimit', 'Liberation Day', 'FIXED'),
 (20, DATE '2026-11-30', 'Ditë pushimi për Ditën e Pavarësisë', 'Day off in lieu of Independence Day', 'DECLARED'),
 (21, DATE '2026-12-01', 'Ditë pushimi për Ditën e Çlirimit', 'Day off in lieu of Liberation Day', 'DECLARED'),
 (22, DATE '2026-12-08', 'Dita Kombëtare e Rinisë', 'National Youth Day', 'FIXED'),
 (23, DATE '2026-12-25', 'Krishtlindjet', 'Christmas Day', 'FIXED'),
 (24, DATE '2027-01-01', 'Festat e Vitit të Ri', 'New Year''s Day', 'FIXED'),
 (25, DATE '2027-01-02', 'Festat e Vitit të Ri (dita e dytë)', 'New Year holiday (second day)', 'FIXED'),
 (26, DATE '2027-01-04', 'Ditë pushimi për Festat e Vitit të Ri', 'Day off in lieu of the New Year holiday', 'DECLARED'),
-- Expected date, to be confirmed by the Muslim Community of Albania after the moon sighting: may be 9 March.
 (27, DATE '2027-03-10', 'Dita e Bajramit të Madh', 'Eid al-Fitr (Bajrami i Madh)', 'RELIGIOUS'),
 (28, DATE '2027-03-14', 'Dita e Verës', 'Summer Day', 'FIXED'),
 (29, DATE '2027-03-15', 'Ditë pushimi për Ditën e Verës', 'Day off in lieu of Summer Day', 'DECLARED'),
 (30, DATE '2027-03-22', 'Dita e Nevruzit', 'Nevruz Day', 'FIXED'),
 (31, DATE '2027-03-28', 'E diela e Pashkëve Katolike', 'Catholic Easter Sunday', 'RELIGIOUS'),
 (32, DATE '2027-03-29', 'Ditë pushimi për Pashkët Katolike', 'Day off in lieu of Catholic Easter', 'DECLARED'),
 (33, DATE '2027-05-01', 'Dita Ndërkombëtare e Punëtorëve', 'International Workers'' Day', 'FIXED'),
 (34, DATE '2027-05-02', 'E diela e Pashkëve Ortodokse', 'Orthodox Easter Sunday', 'RELIGIOUS'),
 (35, DATE '2027-05-03', 'Ditë pushimi për Ditën Ndërkombëtare të Punëtorëve', 'Day off in lieu of International Workers'' Day', 'DECLARED'),
 (36, DATE '2027-05-04', 'Ditë pushimi për Pashkët Ortodokse', 'Day off in lieu of Orthodox Easter', 'DECLARED'),
-- Expected date, to be confirmed after the moon sighting: if it is Sunday 16 May, this Monday is off in lieu.
 (37, DATE '2027-05-17', 'Dita e Kurban Bajramit', 'Eid al-Adha (Kurban Bajrami)', 'RELIGIOUS'),
 (38, DATE '2027-09-05', 'Dita e Shenjtërimit të Shenjt Terezës', 'Mother Teresa Canonisation Day', 'FIXED'),
 (39, DATE '2027-09-06', 'Ditë pushimi për Ditën e Shenjtërimit të Shenjt Terezës', 'Day off in lieu of Mother Teresa Canonisation Day', 'DECLARED'),
 (40, DATE '2027-11-22', 'Dita e Alfabetit', 'Alphabet Day', 'FIXED'),
 (41, DATE '2027-11-28', 'Dita e Flamurit dhe e Pavarësisë', 'Flag and Independence Day', 'FIXED'),
 (42, DATE '2027-11-29', 'Dita e Çlirimit', 'Liberation Day', 'FIXED'),
-- Independence Day is a Sunday and the Monday is Liberation Day: the day off moves to the Tuesday.
 (43, DATE '2027-11-30', 'Ditë pushimi për Ditën e Pavarësisë', 'Day off in lieu of Independence Day', 'DECLARED'),
 (44, DATE '2027-12-08', 'Dita Kombëtare e Rinisë', 'National Youth Day', 'FIXED'),
 (45, DATE '2027-12-25', 'Krishtlindjet', 'Christmas Day', 'FIXED'),
 (46, DATE '2027-12-27', 'Ditë pushimi për Krishtlindjet', 'Day off in lieu of Christmas Day', 'DECLARED');

/**
 * Bump when extraction changes: stored postings whose parserVersion is older are re-parsed from
 * their stored source text on load (user edits are kept apart and survive).
 * 2: board menus and chrome skipped for title, company and place; more currencies, languages,
 * degree forms and benefits; "similar jobs" blocks cut before extraction.
 * 3: text laid out in columns and flattened field rows unfolded; messenger ads, job alerts and
 * letterheads read; sections know numbered and more EN/DE/FR/ES headings, inline labels no
 * longer swallow the lines after them; salary drops other ads' pay, more currencies.
 * 4: messenger bold labels, tag rows in saved pages, email signatures and mastheads read;
 * phone numbers, allowances and other roles in a recruiter's mail are not pay.
 * 5: pay, headings, fields, degrees, levels and work modes in Portuguese, Italian, Dutch, Polish,
 * Czech and the Nordic languages; others' pay told in passing, public notices' titles, "no
 * experience needed" as 0 years.
 * 6: webmail windows' chrome and social posts' authors, banners and comments cut; employers named
 * in recruiters' prose and signatures; Japanese, Chinese and Korean pay; places with two names,
 * units and residence limits.
 * 7: pay as keys of JSON exports, ranges in thousands without the "k", starting pay, Italian RAL
 * and hourly words, Php; the page's own currency, period or range over stale JSON-LD; places named
 * in passing in messages.
 * 8: headings asked as questions; employers, titles and places in chats and recruiters' mails;
 * Italian and Portuguese hiring calls; degrees in Dutch, Portuguese and Swedish; pay ranges with
 * step notes, grade codes and millions; a trainee is entry level.
 * 9: more currencies (GEL, RWF, MZN, BDT, NPR, AWG) and thousands ("tkr", "tys. zł", "€34k");
 * other posts in forum threads and boards' picks cut; degrees offered as alternatives, UK degree
 * classes, "not required" scoped to its clause; US towns with their state's code and no comma.
 * 10: ranges wrapped over lines and named ends ("a minimum of … and a maximum of …", increments
 * up to a maximum); more currencies (NAD, BWP, JMD, FJD, TTD, ISK, "juta"); USAJOBS' API and a
 * bookmark's page text in JSON; InMail headers; Nordic degree words; a notice's own words are no
 * employer.
 * 11: more period words (Italian, Dutch, Vietnamese "triệu/tháng", "(x14 meses)"), AOA and OMR's
 * three decimals, "zł" first; a JSON-LD addressCountry names the country; other jobs named in
 * passing, service bonds, overtime and holiday rates are no pay; a title's employer before its
 * place in brackets; "Lieu de mission", "Sede di lavoro".
 * 12: conversation headers, channel slugs and senders' introductions in messages; an employer
 * and its town in brackets after a title's dash; numbered headings over "(1)" items; "mandatory"
 * degrees, "Diplomstudium"; step scales after "Step 1 $", a base's sum, a board's bare range,
 * SRD, TZS, UGX, Hungarian "ezer"; others' pay, raises' caps and shift totals are no pay.
 * 13: Dutch and Nordic recruiting lines ("… zoekt", "… söker" over the title); headings with a
 * note in brackets and Japanese "■" headings; salary tables by years or steps as one range, long
 * service increments; Indonesian, Filipino and Vietnamese pay words, AMD, AZN, MDL and their
 * kin; "Co., Ltd."; an employer's town after its name; more degree cues.
 * 14: notices of several positions read for the first; tables of labels without colons; the
 * title under "invites applications for the position of:"; chats' workspace, channel and
 * sender-ID lines; "■ Client" over the employer; "mln", "Comp:", "Lönespann"; more similar-jobs
 * headings.
 * 15: titles named in text messages and under capitalised letterheads, more title words; amounts
 * spelled out ("nineteen bucks an hour"), Korean 억, a band's country label names its dollar;
 * add-on lists, other vacancies, training pay and employers' costs are no pay; ATS "pay_rate".
 * 16: messages (text-message and chat senders' employers, Slack thread replies, InMail and
 * conversation lists, interview reminders), spoken thousands, a notice's later posts, more
 * legal forms and countries, hybrid said in days, titles and duty headings in Portuguese, Dutch,
 * Italian and Swedish, "N250k" naira and "3,800 ~ 4,500만원".
 * 17: a public notice's first numbered post as the title; towns among the first lines' parts
 * and before a UK postcode; school and degree names of more countries, a degree's forms in
 * brackets; legal names with a lower-case word; "million yen", "band is", Argentine provinces;
 * places written with accents the lists leave out.
 * 18: Asia-Pacific regions, towns and labels ("Địa điểm", "Lokasi kerja"), years in tahun, năm,
 * 年, 년 under their label; forty more currencies, "EC$" increment scales, day fees in French;
 * a label ending the line above vetoes other money; a bulletin's later posts; legal names with
 * their points, German bodies "für …", clearances are no clients.
 * 19: letterheads of PDF and Word position descriptions; the firm a post's author works for;
 * "Pay transparency" sections and saved pages' pay rows; boards' own estimates, similar
 * vacancies in a footer sentence; "Hochschulstudium"; hybrid cars and blended working.
 * 20: ATS details panels in an <aside>; Markdown pay tables; thread replies, "Also worth a look"
 * and "Te recomendamos" lists; add-on lists, HCAS, setup allowances; years with the candidate as
 * subject; diplomas beside degrees, Nordic degree words and headings; careers-page chrome.
 * 21: a ladder of levels cut to the posting's own; boards' estimates, salary insights, reports
 * and buckets; mailing-list digests and numbered items; public-sector and healthcare add-ons,
 * supplement limits and annualised restatements; "baccalaureate degree".
 * 22: Japanese, Chinese, Korean, Vietnamese and Thai postings: employers by their legal form,
 * titles, countries, pay words, units and "others also viewed" blocks, employment types and work
 * modes; degrees in Finnish, Estonian, Czech, Hungarian, Romanian and Danish; home days a week in
 * the Nordic and Central European languages; teachers' salary guides by lane and step.
 * 23: Japanese, Korean and Chinese addresses, degrees, years, levels and skills; boards' menus,
 * other jobs and pay examples; Chinese boards' "15k-25k" and "千"; Canada's public-service
 * degree wording and asset qualifications.
 * 24: "No experience needed" states no minimum; Nordic, Dutch, Polish, Czech and Finnish bodies,
 * place labels, contract bullets and requirement headings; person specifications as tables; union
 * wage sheets; the doctorate a job works towards and the programmes it teaches; Spanish and
 * Portuguese degree words; more Asian boards' nearby jobs and notes on other rates.
 * 25: Romanian, Hungarian, Bulgarian, Ukrainian, Russian, Serbian, Croatian, Greek, Turkish and
 * Baltic pay, work modes, contracts, years, degrees, headings and other ads; JSON-LD
 * educationRequirements; South-East Asian, West African and Canadian school and diploma levels;
 * employers and titles in offer letters, InMail headlines and ATS mails.
 * 26: legal names with their form first or in quotes ("ТОВ «…»", SIA "…") and Cyrillic, Greek
 * and Turkish forms last; job words, boards, buttons and towns of those countries.
 * 27: Russian-language, Central Asian and Arabic pay (currencies written out, periods, Eastern
 * Arabic digits), Arabic titles, employers, places, job types, work modes, years and degrees;
 * the country from Cyrillic and Arabic place names; UK, Irish, Nordic and Russian education
 * levels; Arabic and Nordic section headings.
 * 28: places in Cyrillic and Arabic script, Polish voivodeships and Turkish districts; Russian
 * and Ukrainian work formats; job families and Polish and Turkish level fields in seniority;
 * person specification grids, predicated cues and a level read twice in degrees; a text's
 * on-site over a JSON-LD TELECOMMUTE.
 * 29: Latin American technical degrees, Turkish, Polish, Nordic, Finnish, Hungarian,
 * Indonesian, Vietnamese, Greek and Cyrillic degree words and headings of pluses; a physician's
 * MD/DO; Cyrillic, Arabic, Finnish and Turkish title levels and level fields; work modes in
 * Russian, Arabic, Nordic, Czech and Indonesian; Cyrillic and Arabic "up to" in pay, more period
 * adverbs and Vietnamese millions; another route's years as an alternative; Indonesian and
 * Vietnamese job types and headings; careers-site names and page labels as no employer.
 * 30: Cyrillic and Greek section headings (offers, duties, requirements, pluses), a person
 * specification's "Essential:", pluses under Romance, German and Australian headings; Dutch
 * "wo" as a master's, doctorates in Italian, Portuguese, Swedish and Swiss German, Serbian,
 * Macedonian, Bulgarian and Russian school levels, "degree-level education", "formação superior".
 * 31: a level offered only as another way in ("ADN or BSN", "or 2+ years with a PhD") is
 * preferred when preferred elsewhere; DNP; headings in two languages; Turkish and Romanian
 * headings and more degree words in Czech, Hungarian, Polish, Romanian, Turkish, Chilean and
 * Belgian postings; careers sites' breadcrumbs, banners and addresses for title and employer.
 * 32: a degree listed then waived is preferred; Nordic and Finnish other-jobs blocks, pay
 * periods and home days; Polish "do", Hungarian "-tól", Turkish bonuses; buttons, banners,
 * hiring verbs and place labels of Portuguese, Polish, Czech, Turkish, Romanian and Hungarian
 * boards; Finnish fixed-term jobs; Arabic intermediate diplomas.
 * 33: JSON-LD qualifications, responsibilities and requirements read as text; Nordic pay words
 * with their article, Iberian "do … ao …" ranges; Dutch, Nordic, Italian, Korean and Chinese
 * office and home days; Portuguese job words and Asian title fields; leave covers as temporary;
 * preferred years beside required ones; Malay, Indonesian and Thai degrees.
 * 34: "Admin" as a job word; years joined by "and"; a permanent contract is no contractor's;
 * pay scales with starred points, hiring ranges inside the range, a minimum salary, dated rises
 * and annual / monthly / hourly pay tables; recruiters' clients and confidential searches;
 * breadcrumbs and Brazilian banners; "Faixa salarial"; Turkish pluses; a lone "County" as no name.
 * 35: a minimum and maximum named in one sentence or on one line; money for a purpose and a
 * Japanese training rate as no pay; Italian pay words, headings and mails in Italian, Portuguese,
 * Dutch and Polish; Czech, Slovak, Polish and Italian school levels; Israeli "Advantages"; a
 * location label's own colon, towns "bei" a city, suburbs after a street; "on site" with a space;
 * LinkedIn's two-space header row; Japanese names with a Latin name in brackets.
 * 36: Swahili postings; Swiss "temporär"; Nordic workload fields; a JSON-LD PART_TIME under a
 * text that states full-time; full-time independent contractors; wrapped "(minimum 3 years)";
 * Spanish "Carrera"; German studies under way; Polish voivodeships; "Job at Employer Ltd" under
 * a board's page title; accents that combine in employer names.
 * 37: Nordic degree levels ("mastergradsnivå") and studies under way; a generic degree's bracket
 * that states its level; more ways to prefer a degree; "Le profil" and Welcome to the Jungle's
 * "Preferred experience"; DCG and DSCG; a workload range against a fixed term; a Glassdoor
 * rating and a hiring call over the title; a JSON-LD FULL_TIME under a "(Part-Time)" title; a
 * long line opening with its work mode; fund contributions, deductions and "plus the" add-ons as
 * no pay.
 * 38: a Werkstudent is part-time with no level; home days in more words and beside on-site work;
 * a teachers' schedule by class as one range; a board's country site over the job's town; more
 * Nordic levels, "Le profil idéal", "Good to have", "Master's optional"; Dutch workload and
 * prospect wording.
 * 39: alternatives over list items ("…; OR"), a firm's own years, a student's programme, more
 * other-ads markers, Workable's account feed, LL.M., Dutch teaching grades, hotel stars.
 * 40: a permanent contract alone states no employment type; Korean, Japanese and Chinese
 * section headings and preferences; Nordic requirement headings; named clients, bulletin grids,
 * Asian employers before their facilities; subject lines yield to fields; more other-ads markers.
 * 41: place and contract fields of Central and Eastern Europe, Turkey and the Baltics; HeadHunter's
 * JSON; Baltic pay periods and a stacked pay widget; acronyms, banks and government crests in
 * employers' names; boards' firms and login buttons abroad as no employer.
 */
export const PARSER_VERSION = 41;

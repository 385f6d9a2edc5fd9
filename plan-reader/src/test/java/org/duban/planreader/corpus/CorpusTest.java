package org.duban.planreader.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.duban.planreader.PlanDraft;
import org.duban.planreader.PlanReader;
import org.junit.jupiter.api.Test;

/**
 * Reads every real notice under {@code corpus/} and compares it with its hand-made truth. Prints the field accuracy
 * per notice and per layout shape (also written to {@code target/corpus-report.md}), and fails when the reader falls
 * below the floor. Raise the floors as the reader improves; never lower them to let a change through.
 */
class CorpusTest {

    /**
     * Fields right over all notices together (title, issuer, date, and content/start/end/lead/assist per task).
     * History: 0.76; 0.73 when batch i came in held out; 0.67 when batch k came in (0.33 before any rule for it);
     * 0.81 of a–i after the rules for shapes seen across batches; now 0.75 at 0.763 over all 155, with batch j
     * (15 notices, held out: no rule was written looking at it; 0.393 of its fields) in; 0.76 at 0.768 over 159;
     * now 0.78 at 0.795 over all 161, batch m (6 notices collected in that round, each scored before any rule for it:
     * 0.17 with the reader as the round began) in; 0.73 at 0.732 over 181 when batch l came in (20 notices collected
     * at the start of that session and held out through its first round of rules: 0.362 of their fields with the
     * reader as the session began, 0.386 after the round); 0.78 at 0.786 over all 183 (0.797 over the 181 before batch
     * p; batch l 0.695) after the round of rules for tables and page copies that batch l showed; 0.74 at 0.746 over
     * all 203 when batch n came in (20 notices collected that session and held out through both its rounds of rules:
     * 0.466 of their fields with the reader as the session began, and exactly the same, notice by notice, after
     * both rounds); 0.72 at 0.720 over all 223 when batch q came in (20 notices collected at the start of the next
     * session, scored before any rule saw them: 0.425 of their fields, the same with the reader as that session
     * began); 0.75 at 0.760 over all 243 after that session's rules (two rounds: outlines and tables), with batch r in
     * (20 notices collected at its start and held out through all its rules: 0.484 with the reader as the session
     * began, 0.500 after them; q 0.425 → 0.663 and n 0.466 → 0.628 once used); 0.73 at 0.740 over all 263 when batch
     * t came in (20 notices collected at the start of the next session and scored before any rule saw them: 0.515 of
     * their fields, the same with the reader as that session began; batch s, collected beside it, stays out of the
     * corpus and of every rule until that session ends); 0.74 at 0.744 over all 303 at that session's end: the 263 at
     * 0.799 after its rules (and after truths of notices naming no year were given month-days, which the score now
     * compares: 0.741 → 0.749 alone), with batches s and u in (40 notices collected at its start and held out through
     * all its rules: s 0.434 with the reader as the session began and 0.434 after, u 0.435 and 0.464); 0.79 at 0.796
     * over all 363 at the next session's end, after four corpus conventions were settled (a list is read whole; a cover
     * notice's requests are no tasks; a step with its own time is a task; a numbered item is one task though its
     * sentences tell units their part) and 35 truths brought to them (which alone took 0.02 off), its rules and two
     * helpers' table rounds, with batches v and w (collected at its start, scored with the reader as it began: v 0.402,
     * w 0.381; used from mid-session: 0.637 and 0.745) and x (collected mid-session and held out through every later
     * rule: 0.592 with the reader as the session began, 0.612 at its end) in; 0.78 at 0.780 over all 383 when batch z
     * came in (20 notices collected at the start of the next session, other bureaus' campaigns and covers: 0.486 of
     * their fields with the reader as that session began, the same after its first rule; batch y, collected beside it,
     * held out to that session's end); 0.80 at 0.804 over all 403 at that session's end: the 383 at 0.819 after its
     * rules and a helper's round of tables (z 0.486 → 0.875 once used), with batch y in (20 notices collected at its
     * start and held out through every rule: 0.470 of their fields with the reader as the session began, and exactly
     * the same, notice by notice, at its end); 0.80 at 0.802 over all 418 when batch o came in (15 notices collected at
     * that session's end and scored first, before any rule saw them, with the reader as the next session began: 0.666
     * of their fields); 0.81 at 0.815 over all 442 at that session's end: the 431 before batch ab at 0.822 after its rules
     * and two helpers' rounds (batch aa, collected at its start and scored with the reader as it began, 0.729 → 0.795
     * once used), with batch ab in (11 notices collected beside aa and held out through every rule: 0.525 with the
     * reader as the session began, and exactly the same, notice by notice, after every rule; 0.848 once used, with the
     * whole corpus at 0.823 at the end of that session); kept at 0.81 over all 462 with batch ac in (20 notices held
     * out through that session, 0.666 of their fields with the reader as the next session began, the corpus then at
     * 0.815), which that session's rules took to 0.825 (ac 0.786): kept, not raised, so that the next held-out batch,
     * scored first, has room; 0.80 at 0.810 (9423 of 11635) over all 480 when batches ad and ae came in (18 notices
     * collected at the start of the next session, 11 festival and campaign plans and 7 tables, scored before any rule
     * saw them: ad 0.659, ae 0.251, together 0.489 of their fields, the same with the reader as that session began and
     * after its first three rules); 0.81 at 0.825 (9553 of 11575) at that session's end, after its rules (ad 0.659 →
     * 0.736, ae 0.251 → 0.840 once used), kept below the total so that the next held-out batch has room; kept at 0.81
     * at 0.833 (9626 of 11550) after the rules of the sessions after stop 26, whose held-out batches were lost with a
     * machine, so that the next batch, scored first, still has room; kept at 0.81 at 0.835 (9948 of 11916) after the
     * session after stop 27 (batch ag scored 0.47 held out, 0.79 once used; af 0.91 held out, 0.92 once used); kept at
     * 0.81 at 0.814 (10922 of 13420) over all 550 after the session after stop 28, whose seven held-out batches (ai, ah,
     * aj, ak, al, am, an: 58 notices, 0.54 of their fields as first scored) brought the level down from 0.835 while no
     * notice read worse; 0.80 at 0.804 (11344 of 14110) over all 580 in the session after stop 29, when its four held-out
     * batches came in (ao and ap, 15 notices left by the session before, 0.351 at their first reading; ar and as, 15
     * collected at its start, 0.613 at theirs) while no notice read worse; 0.79 at 0.796 (11575 of 14550) over all 595
     * when that session's batches aq (0.304 at its first reading) and at (0.516) came in, no notice reading worse; 0.78 at
     * 0.778 (11792 of 15162) over all 609 when its last two, av (8 schedules and duty tables, 0.262) and au (6 campaign
     * and 政务公开 plans, 0.614), came in; 0.784 once a schedule's rows opened by their days were read (av03); 0.77 at
     * 0.776 (12139 of 15645) over all 625 in the session after stop 30, when the two batches the session before left
     * held out came in (aw, 8 county and town plans, 0.537; ax, 8 city and province plans, 0.531: 277 of 518 together,
     * exactly as at their first reading), no rule yet written from them; kept at 0.77 at 0.785 (12314 of 15690) over
     * all 630 with batch az in (5 national, province and city plans collected that session, 0.729 at its first reading);
     * kept at 0.77 at 0.782 (12429 of 15888) over all 636 with batch ba in (6 awareness-day plans collected that session,
     * 0.374 at its first reading, after the session's rules and none from it); kept at 0.77 at 0.783 (12467 of 15927)
     * over all 639 with batch ay in (3 food-safety-week plans that arrived as that session ended, 0.370 at its first
     * reading); in the session after stop 31, kept at 0.77 through four batches collected by its helpers and each
     * scored as it came in: bc (6 task divisions, 0.653), bb (8 county plans for awareness days, 0.784), bd (10 rural,
     * emergency and environment plans, 0.600) and be (10 festival and event plans, 0.448, which took the corpus to
     * 0.769, under the floor, until a pipe table whose cells hold line breaks was read row by row: 0.774, 13129 of
     * 16954, over all 673), then bf (9 education plans, 0.596) and bg (7 health, civil-affairs and labour plans, 0.539):
     * 0.771 (13477 of 17477) over all 689; 0.773 (13506) at that session's end; 0.773 (13604 of 17592) over all 694
     * with bi in (5 township and street plans, 0.852 at its first reading in the session after stop 32); 0.772 (13746
     * of 17800) over all 700 with bj in (6 market-regulation and IP plans, 0.639 at its first reading); with bk in (10
     * schedules, labelled lists and task tables, 0.421 at its first reading) 0.764 (14041 of 18380) over all 710, under
     * the floor, until a rectification list's labels (问题整改责任单位), a day's 日 and a year's 年 lost before a weekday
     * and a month, and the question marks a copy wrote for every line's end were read: 0.770 (14086 of 18290). In the
     * session after stop 33, bl (10 key-work divisions and livelihood lists, 0.486 at its first reading) and bm (7
     * dated-stage and schedule plans, 0.585) took it to 0.762 (14424 of 18936) over all 727; that session's rules, none
     * of which made a notice read fewer fields right, brought it to 0.766 (14546 of 18981), the 710 before bl and bm
     * from 0.768 to 0.770 under the same truths (q19 and v01 brought to the ruling on a dated step's pieces of work, which
     * cost them 50 fields); then bn (10 政务公开 task lists and spot-check plans of bureaus other than market regulation,
     * 0.458 at its first reading, after the session's rules and none from it) took it to 0.761 (14713 of 19346) over all
     * 737. Lowered to 0.76 then: not for a change to the reader, which lowered no notice, but for 27 unseen notices whose
     * first reading the floor cannot undo; never lowered for a change to the reader. In the session after stop 34, bp (8
     * awareness-week and month plans, 0.911 at its first reading) came in at 0.763 (14847 of 19470) over all 745, and
     * that session's rules, none of which made a notice read fewer fields right, took it to 0.769 (14927 of 19405):
     * raised to 0.765. In the session after stop 35, bq (10 key-work divisions and livelihood lists, 0.718 at its
     * first reading, before any rule) came in at 0.768 (15147 of 19710) over all 755; a settled convention (two bodies
     * set apart by a space are two units) and that session's rules, none of which made a notice read fewer fields
     * right, took it to 0.771 (15192 of 19710): raised to 0.77. Then br (9 date-led schedules, labelled lists and
     * tables, 0.481 at its first reading, after the session's rules and none from it) took it to 0.765 (15378 of 20097)
     * over all 764: lowered to 0.765 again, for unseen notices whose first reading the floor cannot undo. In the
     * session after stop 36, its rules (days over lists and in news paragraphs, tour schedules, lists numbered from 1
     * again, stages beside bracketed stages), none but one making a notice read fewer fields right (aq04, 23 → 19 while
     * its invented tasks went), took the 764 to 0.774 (15527 of 20047): raised to 0.77. In the session after stop 37,
     * bs (10 plans of kinds the corpus had few of, 0.544 at its first reading, before any rule) came in at 0.773 (15626
     * of 20227) over all 774, and bt (10 more, 0.683 at its first reading, after that session's first rules and none
     * from it) at 0.774 (15911 of 20547) over all 784; that session's rules, none but one making a notice read fewer
     * fields right (v03, 6 → 2, its one task paired with a wrong lead before), took it to 0.776 (15939 of 20532); bu (6
     * task divisions and plans, 0.889 at its first reading, at the session's end) made it 0.777 (16035 of 20640) over
     * all 790. The session after stop 38: bv (9 health-bureau, food-safety-week and price plans, 0.636 at its first
     * reading, after that session's first rule) made it 0.775 (16188 of 20882) over 799; that session's rules took it
     * to 0.778 (16254 of 20882; bv 0.90). The floor stays at 0.77. The session after stop 39: bw, bx, by and the files
     * batches came in, 0.777 (16684 of 21469) over 823 at its end. The session after stop 40: bz (0.327 at its first
     * reading) and ca (0.432) came in at 0.765 (16926 of 22129) over 843, that session's rules took them to 0.771
     * (17039 of 22114); cb (0.594) and cc (0.722) came in at 0.770 (17433 of 22654) over 863; cd (0.557) and ce (0.498)
     * at 0.765 (17771 of 23219) over 883, and that session's rules, none of which made a notice read fewer fields
     * right, took it to 0.768 (17805 of 23189). Lowered to 0.765 then: not for a change to the reader, but for 20
     * unseen notices whose first reading the floor cannot undo. At that session's end, cf (10 notices of 2023–2025 of
     * the product's own kinds, 0.507 at its first reading) and cg (10 inspection and spot-check plans, 0.512) took it
     * to 0.761 (18118 of 23804) over 903; lowered to 0.76 for them, on the same grounds. The session after stop 41:
     * ci, ch, cj, ck, cm, cl, co and cp (0.724, 0.730, 0.325, 0.777, 0.443, 0.855, 0.640 and 0.460 at their first
     * readings, each after the rules so far and none from it) came in one by one, the session's rules between them,
     * 0.762 (19466 of 25559) over 983; cq (10 township plans, 0.469 at its first reading) took it to 0.760 (19548 of
     * 25734), under the floor: lowered to 0.755 for those unseen notices, never for a change to the reader. The
     * session after stop 42: cr, cs, ct, cu, cw, cv, cy and cx (0.561, 0.512, 0.793, 0.470, 0.916, 0.571, 0.589 and
     * 0.688 at their first readings, each after the rules so far and none from it) came in one by one, the session's
     * rules between them, 0.758 (20818 of 27449) over 1073; cz (10 damaged copies, 0.288 at its first reading) and da
     * (10 notices from printed originals, 0.617) took it to 0.752 (20963 of 27884), under the floor: lowered to 0.75
     * for those unseen notices, never for a change to the reader. The session after stop 43: db, dc, dd, de, df and dg
     * (0.370, 0.590, 0.597, 0.575, 0.715 and 0.645 at their first readings, each after the rules so far and none from
     * it) came in two by two, the session's rules between them, none making a notice read fewer fields right but cb04
     * and be07 (a column and a field item more); df and dg took it to 0.749 (21902 of 29233) over 1146, under the
     * floor, and the rules from df's reading to 0.7498 (21923 of 29238): lowered to 0.745 for those unseen notices,
     * never for a change to the reader. Then dh, di and dj (0.452, 0.526 and 0.355 at their first readings) and the
     * rules from them, and dk and dl (0.511 and 0.423), took it to 0.744 (22694 of 30489) over 1188: lowered to 0.74
     * for those unseen notices, never for a change to the reader. The session after stop 44: dt, ds, dv, du, dw, dx, dy
     * and dz (0.703, 0.412, 0.625, 0.514, 0.393, 0.518, 0.774 and 0.415 at their first readings, each after the rules
     * so far and none from it) came in one or two at a time, the session's rules between them, none making a notice
     * read fewer fields right (ai04 and v19 read tasks the truth has not, ai04 five fields more besides), 0.740 (24953
     * of 33720) over 1305;
     * ea (10 notices made from earlier collectors' spares, 0.708 at its first reading) took it to 0.7398 (25137 of
     * 33980), under the floor, and eb (8 notices of 2024 and 2025, 0.767) left it there, 0.7399 (25236 of 34109) over
     * 1323: lowered to 0.735 for those unseen notices, never for a change to the reader. The sessions after stops 45
     * and 46 took it to 0.740 over 1353 (ec, ed, ee) and 0.739 (25952 of 35120) over 1370 (eg 0.607 and ef 0.291 at
     * their first readings): kept. The session after stop 47, no batch collected (the store spent), its rules from the
     * corpus copied the ways real copies are: 0.739 (25968 of 35120), kept. The session after stop 50: eh (5 city
     * notices, 0.644 at its first reading) and ei (5 whole plans from crawled policy datasets, 0.351), each before any
     * rule, came in after that session's rules (one of which, a page's width refuted by lines running past it, took the
     * 1370 to 25979 of 35100): 0.744 (26943 of 36205) over 1380, eh 0.78 and ei 0.88: raised to 0.74; 26945 after
     * its last rule (how helpers help, 按职责分工配合, no part of their names). The session after stop 51: ej (6 national
     * plans stored as HTML in a crawled dump, 0.943 at its first reading, 1.00 after that session's rules, which took
     * the 1380 to 26950): 0.749 (27553 of 36808) over 1386: raised to 0.745. Then ek (7 notices, 0.589 at its first
     * reading, 0.844 after that session's later rules, which took the 1386 to 27613): 0.752 (28150 of 37439) over
     * 1393: raised to 0.75. el (one city plan of 2012, 0.704 at its first reading): 0.754 (28375 of 37647) over 1394.
     * The session after stop 52: em (8 page openings, 0.468 at its first reading, after that session's first rule and
     * none from it; 0.474 after its second), 0.753 (28482 of 37801) over 1402: kept. en (11 page openings, 0.648 at its
     * first reading, after that session's rules but one and none from it; 0.654 after the last), 0.753 (28701 of
     * 38119) over 1413: kept. The session after stop 53: 28725 of 38119 after its first rule (a row under cells merged
     * over it); eo (11 plans of 平潭 from a site's archive on GitHub, each page run together on one line, 0.577 at its
     * first reading, after that rule and none from it) took it to 0.7488 (29335 of 39177) over 1424, under the floor:
     * lowered to 0.745 for those unseen notices, never for a change to the reader. The session after stop 54: 29382 of
     * 39192 after its rules (titles, steps, pages run together, 水十条's pieces, signatures glued to their dates); ep (9
     * more plans of the same archive, 0.241 at its first reading, 0.335 after those rules) and eq (6 水十条-style plans
     * cut early, 0.427 at its first reading, after the rules from ep and none from it) took it to 0.734 (29902 of
     * 40717) over 1439, under the floor: lowered to 0.73 for those unseen notices, never for a change to the reader.
     * 0.736 (29994 of 40732) once a part counting off duties by their bodies beside items with their own fields was
     * work too (ep03 26 → 98 of 113, bw06 8 → 28): raised to 0.735. 0.738 (30050 of 40702) once a section of two items
     * run into its heading was cut as a page run together is (ep04 106 → 159); 0.738 (30082 of 40747) once a bracket
     * after the name a sentence ends with was that name's (eo11 26 → 57): kept. The session after stop 55: 30093 of
     * 40752 after the State Council's layout of bracketed measures (eq02 7 → 17); er (10 plans collected that session,
     * 0.470 of their fields at their first reading with the reader as the session began, 0.852 after that rule and
     * one for 部门职责 items, which came from it) took it to 0.740 (30549 of 41287) over 1449: raised to 0.737. 30558
     * after two more rules (an item run on after the bracket of who does the one before; 宣传我局 no doer); es (9 plans
     * collected later that session, 0.548 of their fields at their first reading, after those rules and none from it)
     * took it to 0.739 (30707 of 41554) over 1458: kept. The session after stop 56: 30725 of
     * 41554 after three rules (a heading run into its body's 各 group; 有关… groups run on; a signature run on in a page
     * of one line dates it); et, eu, ev and ew (4, 4, 10 and 2 plans collected that session, 0.333, 0.566, 0.660 and
     * 0.746 of their fields at their first readings: et and eu with the reader as the session began, ev and ew after
     * those rules and none from them) took it to 0.7369 (31357 of 42554) over 1478, under the floor: lowered to 0.736
     * for those unseen notices, never for a change to the reader. 0.738 (31402 of 42549) after the rules from them (an
     * attached blank form no part of the plan, eu01 18 → 57; 同级 names; groups run on; a date alone after a page's
     * last sentence): raised back to 0.737. The session after stop 57: ey (8 page openings of county plans from stored
     * pages, 0.612 of their fields at their first reading, with the reader as the session began) took it to 0.738
     * (31487 of 42688) over 1486: kept; ex (10 whole pages of the 平潭 archive, 0.539 at its first reading, after that
     * session's first rule and none from it: a plan's own title line under the cover) to 0.7346 (31879 of 43398) over
     * 1496, under the floor: lowered to 0.734 for those unseen notices, never for a change to the reader. 0.735 (31896
     * of 43398) after a rule from it (a page's source and download link after the last words); fa (3 notices from spam
     * copies, 0.746 at its first reading) kept it at 0.735 (31940 of 43457) over 1499; ez (10 more whole pages of the
     * archive, 0.463 at its first reading, after the session's first two rules and none from it) took it to 0.7306
     * (32269 of 44167) over 1509: lowered to 0.730 for those unseen notices. 0.734 (32399 of 44157) after that
     * session's later rules (two truths brought to practice; a signature run on inside a line issues the notice; the
     * pieces under a dated step beside labelled items; a heading with its time in a bracket over its pieces): raised
     * to 0.733. The session after stop 58: 32415 of 44157 after its first rules (a dated step's inline points; an
     * item's successive deadlines); fc (10 page openings from stored pages, 0.540 of their fields at their first
     * reading, with the reader as the session began; 0.575 after those rules, two of which it showed) took it to 0.7330
     * (32596 of 44472) over 1519, under the floor: lowered to 0.732 for those unseen notices, never for a change to
     * the reader. fb (10 more whole pages of the 平潭 archive, 0.600 of their fields at their first reading, after the
     * session's rules and none from it) took it to 0.7308 (33028 of 45192) over 1529: lowered to 0.730 for them.
     * 0.731 (33047 of 45192) after the session's last rule (the year a target is to be reached by): kept. The session
     * after stop 59: 33053 of 45192 after its first rule (whom a field's duty sentences tell to help); fd (10 more
     * whole pages of the archive, 0.845 of their fields at their first reading, after that rule and none from it) and
     * fe (10 plans from crawled policy datasets and the archive, 0.498) took it to 0.7263 (33967 of 46767) over 1549,
     * under the floor: lowered to 0.725 for those unseen notices, never for a change to the reader. 0.7292 (34092 of
     * 46747) after that session's later rules (a page run together: its last item's close, its bodies' lines of duties,
     * its signature after the last item; joint Party committees; 由X将; a range's dash set twice; bare kinds of body
     * after a 各 group; 救援机构 and its kind); ff (10 more whole pages of the archive, 0.550 of their fields at their first
     * reading, after the session's first two rules and none from it; 0.618 after its later rules, none from it either)
     * took it to 0.7277 (34512 of 47427) over 1559: kept. The session after stop 60: 34590 after its first rule (an
     * item run on after the last one's units); fh (10 plans from stored pages, 0.619 of their fields at their first
     * reading, after that rule and none from it) took it to 0.7289 (34720 of 47637) over 1569, and 34726 after the next
     * rule (推动, 形成, 配合 open a deed); fg (10 more whole pages of the archive, 0.438 at its first reading, after the
     * first rule and none from it, 0.438 still after the second) to 0.7241 (35085 of 48457) over 1579, under the floor:
     * lowered to 0.720 for those unseen notices, never for a change to the reader. 35175 of 48442 (0.726) after the
     * session's later rules (a field's number and a part's heading glued to items, glued labels, listed days, a
     * holiday's bracketed dates, a page's stamp and boilerplate); fi (10 more whole pages of the archive, 0.673 of
     * their fields at their first reading after the session's first two rules and none from it, 0.679 after the
     * rest) took it to 0.7253 (35752 of 49292) over 1589: kept.
     */
    static final double FLOOR = 0.720;
    /**
     * Notices in which the reader found at least one task of the truth: 141 of 155 (0.910) with batch j held out;
     * 150 of 161 (0.932); 168 of 181 (0.928) with batch l in; 173 of 183 (0.945) with batch p in, after the round;
     * 187 of 203 (0.921) with the held-out batch n in (tasks found in 14 of its 20); 205 of 223 (0.919) with the
     * held-out batch q in (17 of its 20); 227 of 243 (0.934) after that session's rules, with the held-out batch r in
     * (16 of its 20; 13 with the reader as the session began); 246 of 263 (0.935) with batch t in (18 of its 20); 251
     * of 263 after that session's rules, 282 of 303 (0.931) with the held-out batches s and u in (16 and 15 of their
     * 20, as at their first reading); 317 of 343 (0.924) when the next session's held-out batches v and w came in (17 and
     * 16 of their 20, with the reader as that session began and after its first rules); 339 of 363 (0.934) at that
     * session's end, with the held-out batch x in (15 of its 20, as with the reader as the session began); 362 of 383
     * (0.945) with batch z in (19 of its 20, counting the 7 whose truth has no task, as with the reader as that session
     * began); 378 of 403 (0.938) at that session's end, with the held-out batch y in (14 of its 20, as with the reader as
     * the session began); 393 of 418 (0.940) with batch o in (12 of its 15, at its first reading); 420 of 442 (0.950) at
     * that session's end, with the held-out batch ab in (7 of its 11, as with the reader as the session began; 424 of
     * 442, 0.959, once ab was used); 442 of 462 (0.957) with batch ac in (its 20 all read with tasks, 18 of them paired
     * with the truth's, as with the reader as the session began), 443 of 462 at that session's end; 458 of 480 (0.954)
     * with batches ad and ae in (15 of their 18, as with the reader as the next session began: the tasks of three glued
     * or split tables not found), 462 of 480 (0.963) at that session's end; 463 of 480 after the sessions after stop 26;
     * 469 of 486 (0.965) with batch ag in (5 of its 6 held out, 6 once used); 474 of 492 with af (5 of its 6); 523 of
     * 550 (0.951) with the seven batches of the session after stop 28 in; 572 of 609 (0.939) with the eight batches of
     * the session after stop 29 in (45 of their 59 held out, 47 once used); 585 of 625 (0.936) with aw and ax in (13
     * of their 16, as at their first reading); 593 of 630 (0.941) with az in (4 of its 5); 598 of 636 (0.940) with ba in
     * (4 of its 6); 601 of 639 (0.941) with ay in (2 of its 3); 630 of 673 (0.936) with bc, bb, bd and be in (4 of 6, 8
     * of 8, 9 of 10 and 8 of 10, each at its first reading); 645 of 689 (0.936) with bf and bg in (7 of 9, 6 of 7); 646 at that session's end;
     * 651 of 694 (0.938) with bi in (5 of its 5); 656 of 700 (0.937) with bj in (5 of its 6); 666 of 710 (0.938) with
     * bk in (9 of its 10), 667 after the rules it called for; 680 of 727 (0.935) with bl and bm in (6 of 10, 7 of 7), 683
     * (0.939) after that session's rules; 691 of 737 (0.938) with bn in (8 of its 10); 769 of 823 (0.934) at the end
     * of the session after stop 39. The session after stop 40: 784 of 843 with bz and ca in (7 and 7 of their 10 at
     * their first reading), 786 after its rules; 802 of 863 with cb and cc (6 and 10 of 10); 817 of 883 (0.925) with cd
     * and ce (7 and 7 of 10), 818 after its rules. Lowered to 0.92 then, for those unseen notices, never for a change
     * to the reader. 835 of 903 (0.925) with cf and cg in (8 and 9 of 10). The session after stop 41: 913 of 983
     * with ci, ch, cj, ck, cm, cl, co and cp in (72 of their 80 at their first readings; 76 after the session's rules),
     * 919 of 993 (0.925) with cq (6 of its 10). The session after stop 42: cr, cs, ct, cu, cw, cv and cy (7, 8, 9, 9,
     * 10, 8 and 8 of 10 at their first readings) in one by one, the session's rules between them, 979 of 1063; cx (8 of
     * its 10) took it to 987 of 1073 (0.9199), under the floor: lowered to 0.915 for those unseen notices, never for a
     * change to the reader; raised back to 0.92 by the next rule (988: a month of two characters leading its line); 989
     * of 1073 after that session's later rules. cz and da (6 and 9 of 10 at their first readings) took it to 1004 of
     * 1093 (0.9186): lowered to 0.915 for those unseen notices, never for a change to the reader. The session after
     * stop 43: db, dc, dd, de, df, dg, dh, di, dj, dk and dl (5, 10, 9, 6, 9, 4, 1, 9, 8, 8 and 7 of theirs at their
     * first readings, each after the rules so far and none from it) came in two by two, the session's rules between
     * them; dk and dl took it to 1087 of 1188 (0.91498), under the floor: lowered to 0.91 for those unseen notices,
     * never for a change to the reader. The session after stop 50: 1265 of 1380 (0.917) with eh and ei in (4 of 5 and 5
     * of 5 at their first readings, 5 and 5 at that session's end). The session after stop 51: 1271 of 1386 (0.917)
     * with ej in (6 of 6 at its first reading); 1279 of 1393 (0.918) with ek (5 of 7 at its first reading, 6 after
     * that session's rules); 1280 of 1394 with el (1 of 1). The session after stop 52: 1287 of 1402 (0.918) with em
     * in (7 of 8 at its first reading); 1298 of 1413 (0.919) with en in (11 of 11). The session after stop 53: 1308 of
     * 1424 (0.919) with eo in (10 of 11 at its first reading). The session after stop 54: 1321 of 1439 (0.918) with ep
     * and eq in (9 of 9 and 3 of 6 at their first readings). The session after stop 55: 1332 of 1449 (0.919) with er
     * in (9 of 10 at its first reading, 10 after that session's rules); 1337 of 1458 (0.917) with es in (5 of 9 at
     * its first reading). The session after stop 56: 1355 of 1478 (0.917) with et, eu, ev and ew in (2 of 4, 4 of 4,
     * 10 of 10 and 2 of 2 at their first readings). The session after stop 57: 1360 of 1486 (0.915) with ey in (5 of 8
     * at its first reading); 1370 of 1496 (0.916) with ex (10 of 10); 1373 of 1499 with fa (3 of 3); 1382 of 1509
     * (0.916) with ez (9 of 10). The session after stop 60: 1440 of 1569 (0.918) with fh in (9 of 10 at its first
     * reading); 1450 of 1579 (0.918) with fg (10 of 10); 1460 of 1589 (0.919) with fi (10 of 10).
     */
    static final double FOUND_FLOOR = 0.91;

    @Test
    void readsTheRealNoticesWell() throws IOException {
        List<Score> scores = new ArrayList<>();
        List<Truth> truths = new ArrayList<>();
        for (Path txt : notices()) {
            String name = txt.getFileName().toString().replaceFirst("\\.txt$", "");
            Truth truth = Truth.parse(name, Files.readString(txt.resolveSibling(name + ".json")));
            PlanDraft draft = new PlanReader(PlanReader.Options.defaults().withFallbackYear(2099))
                    .readText(withoutSourceLine(Files.readString(txt, StandardCharsets.UTF_8)));
            truths.add(truth);
            scores.add(Score.of(truth, draft));
        }
        assertThat(scores).as("corpus notices").isNotEmpty();
        String report = report(truths, scores);
        System.out.println(report);
        Files.createDirectories(Paths.get("target"));
        Files.writeString(Paths.get("target", "corpus-report.md"), report);

        int correct = scores.stream().mapToInt(Score::correct).sum();
        int total = scores.stream().mapToInt(Score::total).sum();
        long found = scores.stream().filter(s -> s.pairedTasks() > 0 || s.truthTasks() == 0).count();
        assertThat((double) correct / total).as("field accuracy over the corpus").isGreaterThanOrEqualTo(FLOOR);
        assertThat((double) found / scores.size()).as("share of notices with tasks found")
                .isGreaterThanOrEqualTo(FOUND_FLOOR);
    }

    /** The first line names where the text was found; it is not part of the notice. */
    static String withoutSourceLine(String text) {
        return text.startsWith("# source:") ? text.substring(text.indexOf('\n') + 1) : text;
    }

    static List<Path> notices() {
        try (Stream<Path> files = Files.list(Paths.get(CorpusTest.class.getResource("/corpus").toURI()))) {
            // -Dcorpus.only=a,b: only the notices whose names start so (a quick look at a few while working)
            List<String> only = List.of(System.getProperty("corpus.only", "").split(",")).stream()
                    .filter(x -> !x.isBlank()).toList();
            return files.filter(p -> p.toString().endsWith(".txt"))
                    .filter(p -> only.isEmpty() || only.stream().anyMatch(o -> p.getFileName().toString().startsWith(o)))
                    .filter(p -> Files.exists(p.resolveSibling(p.getFileName().toString().replace(".txt", ".json"))))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The kinds of loss, in the order of the table's columns. */
    private static final List<String> LOSSES = List.of("not found", "invented", "content", "start/end", "lead/assist",
            "notice facts");

    /**
     * Where each batch (the letters a notice's name opens with: {@code o}, {@code aa}) loses its fields: tasks not found and invented (five fields
     * each), then wrong content, times, units of paired tasks, and the notice's own title, issuer and date.
     */
    static String lossesByBatch(List<Score> scores) {
        Map<String, int[]> byBatch = new TreeMap<>();
        for (Score s : scores) {
            int[] lost = byBatch.computeIfAbsent(s.name().replaceFirst("\\d.*", ""), k -> new int[LOSSES.size() + 1]);
            lost[LOSSES.size()] += s.total();
            for (String miss : s.misses()) {
                if (miss.endsWith(": not found")) {
                    lost[0] += Score.TASK_FIELDS;
                } else if (miss.contains("task(s) not in the truth")) {
                    lost[1] += Score.TASK_FIELDS * Integer.parseInt(miss.substring(0, miss.indexOf(' ')));
                } else if (miss.matches("(?s)task .*?\\.content: .*")) {
                    lost[2]++;
                } else if (miss.matches("(?s)task .*?\\.(start|end): .*")) {
                    lost[3]++;
                } else if (miss.matches("(?s)task .*?\\.(lead|assist): .*")) {
                    lost[4]++;
                } else {
                    lost[5]++;
                }
            }
        }
        StringBuilder sb = new StringBuilder("\nWhere the fields are lost (share of each batch's fields):\n\n| batch |");
        LOSSES.forEach(l -> sb.append(' ').append(l).append(" |"));
        sb.append("\n| ---").append(" | ---".repeat(LOSSES.size())).append(" |\n");
        byBatch.forEach((batch, lost) -> {
            sb.append("| ").append(batch).append(" |");
            for (int k = 0; k < LOSSES.size(); k++) {
                sb.append(String.format(Locale.ROOT, " %.2f |", (double) lost[k] / lost[LOSSES.size()]));
            }
            sb.append('\n');
        });
        return sb.toString();
    }

    static String report(List<Truth> truths, List<Score> scores) {
        StringBuilder sb = new StringBuilder();
        sb.append("| notice | level | shape | tasks (truth / found / paired) | fields right | accuracy |\n");
        sb.append("| --- | --- | --- | --- | --- | --- |\n");
        Map<String, int[]> byShape = new TreeMap<>();
        for (int i = 0; i < scores.size(); i++) {
            Score s = scores.get(i);
            Truth t = truths.get(i);
            sb.append(String.format(Locale.ROOT, "| %s | %s | %s | %d / %d / %d | %d / %d | %.2f |%n", s.name(),
                    t.level(), t.shape(), s.truthTasks(), s.foundTasks(), s.pairedTasks(), s.correct(), s.total(),
                    s.accuracy()));
            int[] agg = byShape.computeIfAbsent(t.shape(), k -> new int[3]);
            agg[0] += s.correct();
            agg[1] += s.total();
            agg[2]++;
        }
        sb.append("\n| shape | notices | accuracy |\n| --- | --- | --- |\n");
        byShape.forEach((shape, agg) -> sb.append(String.format(Locale.ROOT, "| %s | %d | %.2f |%n", shape, agg[2],
                (double) agg[0] / agg[1])));
        int correct = scores.stream().mapToInt(Score::correct).sum();
        int total = scores.stream().mapToInt(Score::total).sum();
        double macro = scores.stream().mapToDouble(Score::accuracy).average().orElse(0);
        long found = scores.stream().filter(s -> s.pairedTasks() > 0 || s.truthTasks() == 0).count();
        sb.append(String.format(Locale.ROOT,
                "%nAll %d notices: %d of %d fields right (%.3f); mean per notice %.3f; tasks found in %d of %d.%n",
                scores.size(), correct, total, (double) correct / total, macro, found, scores.size()));
        sb.append(lossesByBatch(scores));
        sb.append("\nWhat was missed:\n");
        for (Score s : scores) {
            if (!s.misses().isEmpty()) {
                sb.append("- ").append(s.name()).append(": ");
                sb.append(String.join("; ", s.misses().subList(0, Math.min(8, s.misses().size()))));
                if (s.misses().size() > 8) {
                    sb.append("; … ").append(s.misses().size() - 8).append(" more");
                }
                sb.append('\n');
            }
        }
        return sb.toString();
    }
}

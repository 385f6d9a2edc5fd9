package org.duban.planreader.find;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.duban.planreader.UnitDirectory;
import org.duban.planreader.document.Hans;
import org.duban.planreader.unit.UnitGrammar;
import org.duban.planreader.unit.UnitNames;

/**
 * Units named in a sentence with the words that give them their role: 由A负责, A牵头、B配合, A会同B, A联合B, （A负责）,
 * 发挥A牵头…作用, and a sentence whose subject is a list of units (各开发区、镇（街道）要…, 省局将…). A name counts when
 * the organisation's directory knows it or, without a directory, when it reads as the name of a body.
 */
final class ProseRoles {

    /** Lead and assisting units found in a text. */
    record Found(List<String> lead, List<String> assist) {
        boolean any() {
            return !lead.isEmpty() || !assist.isEmpty();
        }
    }

    private static final String NAMES = "([\\u4e00-\\u9fa5A-Za-z0-9（）()、，,和及与]{2,80}?)";
    private static final Pattern LEAD_ASSIST = Pattern.compile(NAMES + "牵头[，,、]?\\s*(?:负责[，,]?)?" + NAMES
            + "(?:等)?(?:配合|参与|协助|协同|共同|按职责)");
    private static final Pattern BY = Pattern.compile("由" + NAMES + "(?:牵头|负责|组织|承办|主办|具体负责|统一)");
    private static final Pattern WITH = Pattern.compile(NAMES + "(?:会同|联合|协调|携手|与)" + NAMES
            + "(?:等)?(?:部门|单位)?(?:共同|联合)?(?:开展|组织|举办|召开|部署|推进|实施|做好|对|在|于|，|,)");
    private static final Pattern BRACKETED = Pattern.compile("[（(]" + NAMES + "(?:牵头|负责|主办)[）)]");
    private static final Pattern ROLE_AFTER = Pattern.compile(NAMES + "(?:牵头抓总|牵头负责|牵头组织|牵头|负责组织|具体负责|负责)");
    private static final Pattern PLAY_ROLE = Pattern.compile("发挥" + NAMES + "(?:牵头|统筹|主体|职能)");
    private static final Pattern SUBJECT = Pattern.compile("^" + NAMES + "(?:要|将|应|须|需|继续|统一|牵头|负责|组织|开展|举办|联合)");
    private static final Pattern CLAUSE = Pattern.compile("[。；;！!？?\\n]|[，,](?=[^，,。]{0,4}(?:由|请|各))");

    private ProseRoles() {
    }

    static Found in(String text, UnitDirectory directory) {
        Set<String> lead = new LinkedHashSet<>();
        Set<String> assist = new LinkedHashSet<>();
        String simple = Hans.simplified(text);
        for (String clause : CLAUSE.split(simple)) {
            String c = clause.strip();
            if (c.isEmpty()) {
                continue;
            }
            Matcher m = LEAD_ASSIST.matcher(c);
            if (m.find() && addAll(lead, m.group(1), directory) && addAll(assist, m.group(2), directory)) {
                continue;
            }
            m = BY.matcher(c);
            if (m.find() && addAll(lead, m.group(1), directory)) {
                continue;
            }
            m = BRACKETED.matcher(c);
            if (m.find() && addAll(lead, m.group(1), directory)) {
                continue;
            }
            m = PLAY_ROLE.matcher(c);
            if (m.find() && addAll(lead, m.group(1), directory)) {
                continue;
            }
            m = WITH.matcher(c);
            if (m.find() && addAll(lead, m.group(1), directory)) {
                addAll(assist, m.group(2), directory);
                continue;
            }
            m = SUBJECT.matcher(c);
            if (m.find() && addAll(lead, m.group(1), directory)) {
                continue;
            }
            m = ROLE_AFTER.matcher(c);
            if (m.find()) {
                addAll(lead, m.group(1), directory);
            }
        }
        assist.removeAll(lead);
        return new Found(new ArrayList<>(lead), new ArrayList<>(assist));
    }

    /**
     * Adds the names a matched run holds, if every one of them is a unit: the run is read from its end, so "组织
     * 开展…由市局" gives 市局, and a run that is not a list of units adds nothing.
     */
    private static boolean addAll(Set<String> to, String run, UnitDirectory directory) {
        List<String> names = unitsIn(run, directory);
        to.addAll(names);
        return !names.isEmpty();
    }

    static List<String> unitsIn(String run, UnitDirectory directory) {
        String r = run.strip().replaceAll("^(?:并|再|还|同时|另外|其中|具体|统一|分别|共同)", "");
        List<String> whole = UnitNames.split(r);
        if (!whole.isEmpty() && whole.stream().allMatch(n -> known(n, directory))) {
            return whole;
        }
        List<String> tail = UnitGrammar.unitsEnding(r);
        if (!tail.isEmpty() && tail.stream().allMatch(n -> known(n, directory))) {
            return tail;
        }
        return List.of();
    }

    private static boolean known(String name, UnitDirectory directory) {
        return directory != null && directory.knows(name) || UnitGrammar.isUnitName(name);
    }
}

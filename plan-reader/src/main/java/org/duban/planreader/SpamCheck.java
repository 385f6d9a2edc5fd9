package org.duban.planreader;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.duban.planreader.text.Words;

/**
 * Recognises gambling and SEO spam injected into government pages: defaced sites replace a bureau's name with
 * strings like "beat365网页登录_365bet官网备用网站_365betvip". Government names never carry Latin brand names,
 * underscores or "官网/登录/备用网址".
 */
public final class SpamCheck {

    private static final Pattern SPAM = Pattern.compile(
            // the first characters of the words, looked ahead for: where none starts, the long list is not tried
            "(?i)(?=[\\dbvcpsakm平博赌皇凯大万娱真百时六彩棋电老体投下网赔开注首返澳威葡金太永新亚乐半官备登手麻捕华九爱米星龙龍足无毛欧日黄成国人即比外沙])"
                    // "发布机构: | 365彩票数": a lottery site's number before its 彩票
                    + "(\\d+bet|bet\\d+|\\d{3,}彩票|bwin|beat\\d+|\\d{3,}vip|vip\\d{3,}|casino|poker|baccarat|sportsbook"
                    + "|博彩|赌场|赌博网|娱乐城|娱乐平台|娱乐官网|真人(视讯|娱乐|棋牌|荷官)|百家乐|时时彩|六合彩|彩票(平台|网)|棋牌(游戏|平台|官网)"
                    + "|电子游艺|老虎机|体育(投注|平台|官网|网址|app)|投注|下注|网投|赔率|彩金|开户送|注册送|首存|返水"
                    + "|澳门(新)?(葡京|威尼斯人|银河|金沙|赌)|威尼斯人|葡京|金沙(娱乐|官网|平台)|太阳城|永利(皇宫|娱乐)|新葡京|亚博|开云(体育|官网)|乐鱼|半岛(体育|官网)"
                    + "|官网(备用|登录|入口|地址|下载)|备用(网站|网址|地址|线路)|网页登录|登录入口|APP下载|手机版下载"
                    // slot and sports-betting brands that mirrors put after a notice's title: "…的通知-pg电子麻将胡了"
                    + "|pg电子|麻将胡了|平博|捕鱼(游戏|达人|平台)|华体会|九游(会|体育|娱乐)|爱游戏(体育|平台)|米乐(体育|m6)|星空体育|kaiyun|bob体育"
                    // "…中国旅游日龙8官网…", "足彩胜负14场": a casino's brand and a football pool pasted into the text
                    + "|龙8|龍8|足彩胜负|足彩胜平负"
                    // a live-score betting site's name standing where the issuer was: "即时比分办公厅关于印发…"
                    + "|即时比分|即時比分|比分直播"
                    // betting brands of the same mirrors
                    + "|金宝博|manbetx|威廉希尔|皇冠(体育|官网|平台|娱乐|足球|网址)|凯发(娱乐|官网|平台|体育)|乐动体育|新濠天地"
                    // "外围足球app_沙巴体育办公室…": an off-shore football bet and a sportsbook put where the bureau's name stood
                    + "|外围(足球|app|平台|网站)|沙巴体育"
                    + "|大发(快三|娱乐|官网)|博天堂|ag(真人|平台|娱乐)|万博(体育|官网|app)"
                    // a pornographic site's keywords a defaced mirror heads its pages with: "欧美日韩国产成人综合在线影院_日韩无码…"
                    + "|无码|毛片|欧美日韩|日韩(无码|精品|欧美)|黄色(网址|网站|视频)|成人(影院|综合|视频|网站|电影|午夜)"
                    + "|亚洲(精品|人成|欧美|成人|无码)|国产(精品|成人|自拍|偷拍)|人妻)");
    /**
     * The first two characters of every Chinese word in {@code SPAM}: a line holding none of them and no Latin letter
     * cannot match, and most lines of a notice are passed without running that long pattern at every character.
     */
    private static final Words<Boolean> SPAM_STARTS = Words.ranked(List.of(Map.entry(true, List.of("博彩", "赌场", "赌博",
            "娱乐", "真人", "百家", "时时", "六合", "彩票", "棋牌", "电子", "老虎", "体育", "投注", "下注", "网投", "赔率", "彩金",
            "开户", "注册", "首存", "返水", "澳门", "威尼", "葡京", "金沙", "太阳", "永利", "新葡", "亚博", "开云", "乐鱼", "半岛",
            "官网", "备用", "网页", "登录", "手机", "麻将", "平博", "金宝", "威廉", "皇冠", "凯发", "乐动", "新濠", "大发", "博天",
            "万博", "捕鱼", "华体", "九游", "爱游", "米乐", "星空", "龙8", "龍8", "足彩", "即时", "即時", "比分", "外围", "沙巴",
            "无码", "毛片", "欧美", "日韩", "黄色", "成人", "亚洲", "国产", "人妻"))));
    private static final Pattern LATIN_IN_NAME = Pattern.compile("[A-Za-z_]{3,}|_");

    private SpamCheck() {
    }

    /** The spam in a piece of running text, if any: the matched fragment. */
    public static Optional<String> findIn(String text) {
        if (text == null) {
            return Optional.empty();
        }
        if (!hasLatinLetter(text) && !SPAM_STARTS.anyIn(text)) {
            return Optional.empty();
        }
        // tried only where a spam word may start (a Latin letter or digit, or a word's first two characters), not at
        // every character: the leftmost match, as find() gives it
        Matcher m = SPAM.matcher(text);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean may = c >= 128 ? SPAM_STARTS.startsAt(text, i)
                    : c >= '0' && c <= '9' ? digitsBeforeALetter(text, i) : Character.isLetter(c);
            if (may && m.region(i, text.length()).lookingAt()) {
                return Optional.of(m.group());
            }
        }
        return Optional.empty();
    }

    /**
     * Whether the digits from {@code i} begin their run and a Latin letter (88bet, 365vip) or 彩票 (365彩票) follows it:
     * only there can spam that opens with digits start, and a notice's dates and counts are passed without trying the
     * pattern.
     */
    private static boolean digitsBeforeALetter(String text, int i) {
        if (i > 0 && text.charAt(i - 1) >= '0' && text.charAt(i - 1) <= '9') {
            return false;
        }
        int end = i;
        while (end < text.length() && text.charAt(end) >= '0' && text.charAt(end) <= '9') {
            end++;
        }
        return end < text.length() && (text.charAt(end) < 128 && Character.isLetter(text.charAt(end))
                || end - i >= 3 && text.startsWith("彩票", end));
    }

    private static boolean hasLatinLetter(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 128 && Character.isLetter(c)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the name of an organisation looks defaced: spam words, or Latin letters and underscores that a
     * Chinese government body's name does not contain.
     */
    public static boolean isSuspectName(String name) {
        return name != null && (findIn(name).isPresent() || LATIN_IN_NAME.matcher(name).find());
    }

    /**
     * The name with the injected prefix cut off, as a suggestion to the user: the part after the last Latin letter,
     * digit or underscore ("…_365betvip市场监督管理局" → "市场监督管理局"). The bureau's real place name is lost
     * and must be typed in by a person.
     */
    private static final Pattern UP_TO_LAST_LATIN = Pattern.compile("^.*[A-Za-z0-9_]");

    public static String withoutSpam(String name) {
        String cut = UP_TO_LAST_LATIN.matcher(name).replaceFirst("");
        return cut.isBlank() ? name : cut;
    }
}

package org.duban.planreader.count;

import java.util.List;

/**
 * The counts county and city bureaus report at the end of a campaign, as their summaries and 统计表 name them: the
 * catalog every organisation starts with. The keywords are what plans write about such an activity; a word that
 * every plan uses (活动, 企业, 问题) is not among them, or every activity would be suggested every count.
 */
public final class CountCatalog {

    /** The catalog's entries, in the order a 统计表 lists them: publicity, enforcement, results, then reach. */
    public static final List<Countable> DEFAULTS = List.of(
            entry("PUBLICITY_EVENTS", "开展宣传活动", "场次",
                    "宣传活动,主题活动,宣传日,宣传周,开放日,宣讲,咨询日,广场活动,进社区,进企业,进校园,进农村,进市场,启动仪式"),
            entry("MATERIALS", "发放宣传资料", "份", "宣传资料,资料,宣传册,手册,折页,宣传单,海报,明白纸,读本,挂图"),
            entry("CONSULTATIONS", "接受咨询", "人次", "咨询,答疑,解答"),
            entry("COMPLAINTS", "受理投诉举报", "件", "投诉,举报,12315,维权,申诉"),
            entry("SMS", "群发短信", "条", "短信,彩信"),
            entry("BANNERS", "悬挂横幅", "条", "横幅,条幅,标语"),
            entry("OFFICERS", "出动执法人员", "人次", "执法,出动,巡查,专项整治,专项检查,联合检查,督查"),
            entry("VEHICLES", "出动车辆", "台次", "车辆,执法车,出动车"),
            entry("ENTITIES", "检查经营主体", "家/户次", "检查,排查,巡查,督查,经营户,经营主体,商户,门店,摊位"),
            entry("EQUIPMENT", "检查设备", "台", "特种设备,设备,电梯,锅炉,气瓶,压力容器,起重机械,游乐设施"),
            entry("INSTRUMENTS", "检定计量器具", "台件", "计量器具,检定,衡器,电子秤,加油机,血压计,眼镜,计量"),
            entry("SAMPLES", "抽检", "批次", "抽检,抽查,抽样,快检,监督抽查,检测"),
            entry("HAZARDS", "发现问题隐患", "个", "隐患,问题隐患,排查"),
            entry("RECTIFICATIONS", "责令整改", "份", "整改,责令"),
            entry("CASES", "立案查处", "起", "立案,查处,案件,违法行为,处罚"),
            entry("FINES", "案值/罚没", "万元", "罚没,罚款,案值,货值"),
            entry("TRAINED", "培训", "人次", "培训,讲座,授课,宣贯,学习班"),
            entry("TRAINING_SESSIONS", "举办培训班", "期", "培训班,培训会,讲座,宣贯会"),
            entry("VISITS", "走访服务企业", "家", "走访,调研,帮扶,服务企业,指导"),
            entry("PARTICIPANTS", "参与群众", "人次", "群众,市民,消费者,参与,观众,受众"),
            entry("ONLINE_POSTS", "网络新媒体推送", "条", "微信,公众号,微博,抖音,新媒体,网站,推送,直播"),
            entry("MEDIA", "媒体报道", "篇", "报道,媒体,新闻,稿件,曝光,电视,报刊"));

    private CountCatalog() {
    }

    private static Countable entry(String code, String name, String unit, String keywords) {
        return new Countable(code, name, unit, List.of(keywords.split(",")));
    }
}

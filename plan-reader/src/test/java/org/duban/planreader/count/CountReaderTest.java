package org.duban.planreader.count;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CountReaderTest {

    private final CountReader reader = new CountReader(CountCatalog.DEFAULTS);

    /** Phrases as plans write them (the corpus, the seed, county summaries); the expected count and target. */
    @ParameterizedTest(name = "{0} → {1} {2}")
    @CsvSource(delimiter = '|', textBlock = """
            制作、群发“质量月”公益宣传手机短信10000条                | SMS               | 10000
            群发公益短信一万条                                       | SMS               | 10000
            发送提醒短信1.5万条                                      | SMS               | 15000
            在辖区发放宣传资料500余份                                | MATERIALS         | 500
            组织举办3期以上农民培训班。一期党员培训班,两期种养技术培训班 | TRAINING_SESSIONS | 3
            发放500份宣传资料                                        | MATERIALS         | 500
            发放宣传折页5,000份，接受群众咨询300余人次                | MATERIALS         | 5000
            发放宣传折页5,000份，接受群众咨询300余人次                | CONSULTATIONS     | 300
            各所开展“质量月”主题宣传活动不少于3场                     | PUBLICITY_EVENTS  | 3
            组织开展宣传活动两场                                     | PUBLICITY_EVENTS  | 2
            悬挂宣传横幅20条                                         | BANNERS           | 20
            制作悬挂横幅二十幅                                       | BANNERS           | 20
            对辖区内加油站开展专项检查，检查加油站不少于30家          | ENTITIES          | 30
            检查经营户120户次                                        | ENTITIES          | 120
            完成重点工业产品监督抽查100批次                          | SAMPLES           | 100
            抽检食品相关产品不低于50批                               | SAMPLES           | 50
            免费检定血压计、电子秤等计量器具两千五百台件             | INSTRUMENTS       | 2500
            组织企业质量负责人培训不少于200人次                      | TRAINED           | 200
            举办质量管理培训班3期                                    | TRAINING_SESSIONS | 3
            罚没款共计3.5万元                                        | FINES             | 3.5
            在县级以上媒体刊发宣传报道不少于5篇                      | MEDIA             | 5
            排查整治安全隐患一百零五个                               | HAZARDS           | 105
            检查电梯等特种设备80台                                   | EQUIPMENT         | 80
            至少发送提醒短信1.5万条                                  | SMS               | 15000
            """)
    void readsTheTargetAPlanSets(String text, String key, String value) {
        Map<String, BigDecimal> targets = reader.targets(text).stream()
                .collect(Collectors.toMap(CountReader.Target::key, CountReader.Target::value));
        assertThat(targets).containsKey(key);
        assertThat(targets.get(key)).isEqualByComparingTo(value);
    }

    /** Numbers that are no campaign totals: ordinals, rates, percentages, years, things no count measures. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            组织企业参加省局举办的第三期首席质量官培训
            每月开展一次宣传活动
            每所开展宣传活动不少于3场
            抽检比例不低于10%,年度抽查1次
            完成棚户区改造2836户
            开展第十八个“世界计量日”宣传活动
            把质量宣传送进千家万户
            2020年9月1日-3日
            在抽查检查完成之日起15个工作日内录入检查平台
            检查企业整改情况，3个月内完成复查
            此次检查分四个阶段进行，检查经营户的价格行为
            制定全国安全生产专项整治三年行动计划总方案和2个专题实施方案、9个专项整治实施方案,排查隐患
            区局、高新分局分别落实参观群众各8名
            发现问题后24个小时内上报
            督促各村、学校、食品生产经营单位至少悬挂或张贴1条创建标语
            布标后请形成图片资料(一式两份,交一份到乡禁毒办)
            依照《产业结构调整指导目录》,淘汰50家企业落后产能
            把责任分解落实到属地党委政府、行业监管部门、经营主体三个层面
            下设综合协调组、问卷调查组、督查指导组8个创建工作小组和办公室
            包括启动仪式、查找身边火灾隐患有奖明信片传递活动和规定宣贯活动三项活动
            人员安排:市规划局、财政局各安排1名副局长,组成1个督查小组
            市城管执法局各安排1个助理调研员参加督查
            此次检查共发现问题22个
            全区已完成检查经营户300家
            1-9月份全市有课后服务需求的学生32402人,实际参与课后服务的学生32402人
            学校安全防范工作、安全隐患整治、交通安全、消防安全、校园建筑安全等八项
            本次整治检查活动均通过掌上执法系统进行,检查目标:人均10户次
            二、指导思想 深入学习贯彻党的十九大会议精神,以邓小平理论、三个代表重要思想、科学发展观为指导
            以习近平新时代中国特色社会主义思想为指导,全面贯彻“两个坚持,三个转变”
            以习近平新时代中国特色社会主义思想为指导,做到“两个维护”,围绕市委市政府对教育工作提出的“六个最”和六个“进一步”工作要求
            """)
    void readsNoTargetWhereThereIsNone(String text) {
        assertThat(reader.targets(text)).isEmpty();
    }

    @Test
    void keepsThePhraseItReadSoTheCoordinatorSeesWhereTheNumberCameFrom() {
        List<CountReader.Target> targets = reader.targets("制作、群发“质量月”公益宣传手机短信10000条，制作悬挂宣传横幅");
        assertThat(targets).singleElement().satisfies(t -> {
            assertThat(t.key()).isEqualTo("SMS");
            assertThat(t.phrase()).isEqualTo("群发“质量月”公益宣传手机短信10000条");
        });
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            制作、群发“质量月”公益宣传手机短信,制作悬挂宣传横幅    | SMS,BANNERS
            对全市食品相关产品生产企业进行检查                      | ENTITIES
            开展重点商品的质量抽查(生产·流通)                       | SAMPLES
            组织企业参加首席质量官培训                              | TRAINED
            开展“3·15”消费维权咨询宣传活动，受理消费者投诉举报      | PUBLICITY_EVENTS,CONSULTATIONS,COMPLAINTS,PARTICIPANTS
            对辖区内加油机、电子秤开展免费检定                      | INSTRUMENTS
            开展电梯安全隐患排查                                    | ENTITIES,EQUIPMENT,HAZARDS
            """)
    void suggestsTheCountsAnActivityTextNames(String text, String keys) {
        assertThat(reader.fitting(text)).extracting(Countable::key).containsExactly(keys.split(","));
    }

    @Test
    void readsTraditionalAndFullWidthText() {
        assertThat(reader.targets("群發簡訊１０，０００條")).isEmpty(); // 簡訊 is no keyword of ours: nothing guessed
        assertThat(reader.targets("發放宣傳資料５００份")).singleElement()
                .satisfies(t -> assertThat(t.value()).isEqualByComparingTo("500"));
    }

    @Test
    void onlyMoneyIsCountedInFractions() {
        assertThat(CountCatalog.DEFAULTS).filteredOn(Countable::allowsDecimals).extracting(Countable::name)
                .containsExactly("案值/罚没");
    }

    @Test
    void aUnitOfItsOwnIsItsOwnMeasureWord() {
        CountReader custom = new CountReader(List.of(new Countable("x", "张贴海报", "张", List.of("海报"))));
        assertThat(custom.targets("张贴海报300张")).singleElement()
                .satisfies(t -> assertThat(t.value()).isEqualByComparingTo("300"));
        assertThat(CountReader.measureWords("家/户次")).contains("家", "户次", "户");
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource({"一万, 10000", "两千五百, 2500", "一百零五, 105", "十二, 12", "三十万, 300000", "二〇二〇, 2020", "十, 10"})
    void readsChineseNumerals(String numeral, long value) {
        assertThat(CountReader.chinese(numeral)).isEqualTo(value);
    }
}

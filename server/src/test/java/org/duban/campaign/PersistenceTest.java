package org.duban.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.duban.org.DirectoryRuleBroken;
import org.duban.org.Organisations;
import org.duban.org.Role;
import org.duban.org.UnitDirectoryService;
import org.duban.org.UnitKind;
import org.duban.org.UserAccounts;
import org.duban.planimport.ImportService;
import org.duban.planimport.NoticeEdit;
import org.duban.planreader.PlanDraft;
import org.duban.support.BothDatabases;
import org.duban.support.Seed;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/** What every database Duban runs on must do the same: H2 (embedded) and PostgreSQL (production). */
@SpringBootTest(properties = "duban.demo.enabled=false")
@BothDatabases
class PersistenceTest {

    @Autowired
    Organisations organisations;
    @Autowired
    UnitDirectoryService units;
    @Autowired
    UserAccounts accounts;
    @Autowired
    ImportService imports;
    @Autowired
    CampaignService campaigns;
    @Autowired
    JdbcClient jdbc;

    long org;
    long user;

    @BeforeEach
    void anOrganisationWithTheSeedsUnits() {
        org = organisations.create("测试县市场监督管理局 " + System.nanoTime(), null);
        for (String office : List.of("办公室", "消费者权益保护股", "反不正当竞争与价格监管检查股", "食品流通安全监督管理股",
                "餐饮服务食品安全监督管理股", "食品生产安全监督管理股", "特种设备安全监察股", "计量与标准化股",
                "信用与网络交易监督管理股", "药品化妆品医疗器械监督管理股")) {
            units.addUnit(null, org, office, UnitKind.OFFICE, List.of());
        }
        units.addUnit(null, org, "质量安全监督管理股", UnitKind.OFFICE, List.of("质量监督管理股"));
        units.addUnit(null, org, "综合执法大队", UnitKind.AFFILIATE, List.of());
        units.addUnit(null, org, "质量计量检测所", UnitKind.AFFILIATE, List.of());
        for (String town : List.of("前岐", "沙埕", "桐山")) {
            units.addUnit(null, org, town + "市场监督管理所", UnitKind.STATION, List.of());
        }
        user = accounts.create(org, "u" + System.nanoTime(), "{noop}x", "协调人", Role.COORDINATOR, null);
    }

    @Test
    void storesTheSeedCampaignAndReadsItBackWhole() {
        long campaignId = importSeed();

        Campaign c = campaigns.find(org, campaignId).orElseThrow();
        assertThat(c.activities()).hasSize(23);
        assertThat(c.notice().issuedOn()).isEqualTo(LocalDate.of(2020, 9, 8));
        assertThat(c.notice().references()).containsExactly("国市监质〔2020〕133号", "闽质强省办〔2020〕5号", "宁市监〔2020〕184号");
        assertThat(c.notice().requirements()).contains("一体化平台");
        assertThat(c.activities().get(0).start()).isEqualTo(LocalDate.of(2020, 9, 1));
        assertThat(c.activities().get(0).assists()).extracting(Campaign.Assignment::unitName)
                .containsExactlyInAnyOrder("办公室", "前岐市场监督管理所", "沙埕市场监督管理所", "桐山市场监督管理所");
        assertThat(c.activities().get(13).leads()).extracting(Campaign.Assignment::unitName)
                .containsExactlyInAnyOrder("计量与标准化股", "质量计量检测所");
        assertThat(campaigns.list(org)).singleElement().satisfies(s -> {
            assertThat(s.activities()).isEqualTo(23);
            assertThat(s.assignments()).isEqualTo(c.assignmentCount());
        });
    }

    @Test
    void anotherOrganisationSeesNoneOfIt() {
        long campaignId = importSeed();
        long other = organisations.create("另一个局 " + System.nanoTime(), null);

        assertThat(campaigns.find(other, campaignId)).isEmpty();
        assertThat(campaigns.list(other)).isEmpty();
    }

    @Test
    void aUnitNameOrAliasIsUniqueWithinTheOrganisation() {
        assertThatThrownBy(() -> units.addUnit(null, org, "办公室", UnitKind.OFFICE, List.of()))
                .isInstanceOf(DirectoryRuleBroken.class);
        assertThatThrownBy(() -> units.addUnit(null, org, "质量监督管理股", UnitKind.OFFICE, List.of()))
                .isInstanceOf(DirectoryRuleBroken.class);
        long other = organisations.create("另一个局 " + System.nanoTime(), null);
        units.addUnit(null, other, "办公室", UnitKind.OFFICE, List.of());
        assertThat(units.allUnits(other)).extracting(u -> u.name()).containsExactly("办公室");
    }

    @Test
    void aCampaignIsStoredWholeOrNotAtAll() {
        long other = organisations.create("另一个局 " + System.nanoTime(), null);
        long foreignUnit = units.addUnit(null, other, "外局办公室", UnitKind.OFFICE, List.of());
        long ownUnit = units.allUnits(org).get(0).id();
        NewCampaign plan = new NewCampaign(new CampaignNotice("计划", "测试局", null, null, 2020, List.of(), List.of(),
                null, null, null, null, null, null, null, null, null, List.of()), List.of(
                        new NewCampaign.NewActivity("1", "第一项", "9月", "WINDOW", LocalDate.of(2020, 9, 1),
                                LocalDate.of(2020, 9, 30), "办公室", "", List.of(ownUnit), List.of()),
                        new NewCampaign.NewActivity("2", "第二项", "9月", "WINDOW", LocalDate.of(2020, 9, 1),
                                LocalDate.of(2020, 9, 30), "外局办公室", "", List.of(foreignUnit), List.of())));

        assertThatThrownBy(() -> campaigns.create(org, user, plan)).isInstanceOf(CampaignRuleBroken.class);
        assertThat(campaigns.list(org)).isEmpty();
        assertThat(jdbc.sql("select count(*) from activity a join campaign c on c.id = a.campaign_id where c.organisation_id = ?")
                .param(org).query(Long.class).single()).isZero();
    }

    private long importSeed() {
        PlanDraft draft = imports.readText(org, Seed.text(), null);
        long draftId = imports.keep(org, user, "seed.txt", draft, Seed.text().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        imports.editNotice(org, draftId, new NoticeEdit("2020年“质量月”活动方案", "测试县市场监督管理局", null,
                draft.date(), draft.summaryDeadline(), draft.theme()));
        return imports.confirm(org, user, draftId);
    }
}

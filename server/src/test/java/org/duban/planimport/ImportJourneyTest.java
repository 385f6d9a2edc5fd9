package org.duban.planimport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.duban.campaign.Campaign;
import org.duban.campaign.CampaignService;
import org.duban.campaign.UnitRole;
import org.duban.support.DubanTest;
import org.duban.support.Seed;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** A coordinator pastes the seed, corrects what the preview flags, and confirms it into a campaign. */
@DubanTest
@AutoConfigureMockMvc
class ImportJourneyTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    @Autowired
    CampaignService campaigns;

    @Test
    void pastedSeedBecomesACampaignWithOneAssignmentPerUnitAndRole() throws Exception {
        UserDetails coordinator = users.loadUserByUsername("zhiliang");
        String draftUrl = start(coordinator, Seed.text().replace("前岐市场监督管理所、沙埕", "前歧市场监督管理所、沙埕"));

        mvc.perform(get(draftUrl).with(user(coordinator)))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.allOf(
                        org.hamcrest.Matchers.containsString("疑似被篡改为博彩/垃圾广告"),
                        org.hamcrest.Matchers.containsString("单位“前歧市场监督管理所”不在单位名录中，是否为“前岐市场监督管理所”"),
                        org.hamcrest.Matchers.containsString("活动安排（23 项）"))));

        // confirming now is refused and changes nothing
        int before = campaigns.list(orgOf(coordinator)).size();
        mvc.perform(post(draftUrl + "/confirm").with(user(coordinator)).with(csrf()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("还有 3 处问题需要先处理")));
        assertThat(campaigns.list(orgOf(coordinator))).hasSize(before);

        mvc.perform(post(draftUrl + "/notice").with(user(coordinator)).with(csrf())
                        .param("title", "福鼎市市场监督管理局2020年“质量月”活动方案").param("issuer", "福鼎市市场监督管理局")
                        .param("date", "2020-09-08").param("summaryDeadline", "2020-10-01"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post(draftUrl + "/tasks/3").with(user(coordinator)).with(csrf()).header("HX-Request", "true")
                        .param("no", "4").param("content", "开展黄鱼无抗认证企业现场调研").param("timeText", "9月")
                        .param("start", "2020-09-01").param("end", "2020-09-30")
                        .param("lead", "质量安全监督管理股")
                        .param("assist", "沙埕市场监督管理所", "前岐市场监督管理所"))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("已核对无误，可以确认")));

        MvcResult confirmed = mvc.perform(post(draftUrl + "/confirm").with(user(coordinator)).with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn();
        long campaignId = Long.parseLong(confirmed.getResponse().getRedirectedUrl().replaceAll("\\D", ""));

        Campaign campaign = campaigns.find(orgOf(coordinator), campaignId).orElseThrow();
        assertThat(campaign.activities()).hasSize(23);
        assertThat(campaign.notice().issuer()).isEqualTo("福鼎市市场监督管理局");
        Campaign.Activity first = campaign.activities().get(0);
        assertThat(first.leads()).extracting(Campaign.Assignment::unitName).containsExactly("质量安全监督管理股");
        assertThat(first.assists()).as("办公室 and every one of the 15 stations").hasSize(16)
                .extracting(Campaign.Assignment::unitName).contains("办公室", "前岐市场监督管理所", "嵛山市场监督管理所");
        assertThat(campaign.activities().get(3).assists()).extracting(Campaign.Assignment::unitName)
                .containsExactlyInAnyOrder("前岐市场监督管理所", "沙埕市场监督管理所");
        Campaign.Activity coLed = campaign.activities().get(6);
        assertThat(coLed.assignments()).filteredOn(a -> a.role() == UnitRole.LEAD)
                .extracting(Campaign.Assignment::unitName).containsExactlyInAnyOrder("质量安全监督管理股", "消费者权益保护股");
        assertThat(campaign.activities().get(14).assists()).isEmpty();
        assertThat(campaign.notice().summaryDeadline()).hasToString("2020-10-01");
        assertThat(campaign.notice().reportTo()).containsExactly("办公室", "质量监督管理股");

        mvc.perform(get("/campaigns/" + campaignId).with(user(coordinator)))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("开展黄鱼无抗认证企业现场调研")));
        // a confirmed draft cannot be changed any more
        mvc.perform(post(draftUrl + "/confirm").with(user(coordinator)).with(csrf()))
                .andExpect(status().isBadRequest());
    }

    @Test
    void emptyInputAndBadFilesGetAMessageAndStoreNothing() throws Exception {
        UserDetails coordinator = users.loadUserByUsername("zhiliang");

        mvc.perform(post("/imports").with(user(coordinator)).with(csrf()).param("text", "  "))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("请粘贴通知文字或选择一个文件")));
        mvc.perform(multipart(coordinator, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 0}))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("不是文本")));
        mvc.perform(post("/imports").with(user(coordinator)).with(csrf()).param("text", "x").param("year", "20"))
                .andExpect(status().isBadRequest());
    }

    @Test
    void malformedFormFieldsAndPathsGetAPageWithAMessage() throws Exception {
        UserDetails coordinator = users.loadUserByUsername("zhiliang");
        String draftUrl = start(coordinator, Seed.text());

        mvc.perform(post(draftUrl + "/notice").with(user(coordinator)).with(csrf()).param("date", "not-a-date"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("日期应为 2020-09-01")));
        mvc.perform(post(draftUrl + "/tasks/99").with(user(coordinator)).with(csrf()).param("content", "x"))
                .andExpect(status().isNotFound());
        mvc.perform(get("/no/such/page").with(user(coordinator)))
                .andExpect(status().isNotFound())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("没有找到这个页面或记录")));
        mvc.perform(get("/campaigns/abc").with(user(coordinator)))
                .andExpect(status().isNotFound())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("没有找到这个页面或记录")));
        mvc.perform(post(draftUrl + "/tasks/0").with(user(coordinator)).with(csrf()).header("HX-Request", "true")
                        .param("start", "2020-13-45"))
                .andExpect(status().isBadRequest())
                .andExpect(header().string("HX-Retarget", "#alerts"));
    }

    @Test
    void aStationMemberCannotImport() throws Exception {
        UserDetails station = users.loadUserByUsername("qianqi");

        mvc.perform(get("/imports/new").with(user(station))).andExpect(status().isForbidden());
        mvc.perform(post("/imports").with(user(station)).with(csrf()).param("text", Seed.text()))
                .andExpect(status().isForbidden());
    }

    @Test
    void nothingButTheLoginPageIsReachableWithoutLoggingIn() throws Exception {
        mvc.perform(get("/campaigns")).andExpect(status().is3xxRedirection());
        mvc.perform(get("/imports/new")).andExpect(status().is3xxRedirection());
        mvc.perform(get("/v3/api-docs")).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/campaigns")).andExpect(status().isUnauthorized());
        mvc.perform(get("/login")).andExpect(status().isOk());
        mvc.perform(get("/assets/css/duban.css")).andExpect(status().isOk());
    }

    @Test
    void aDraftLeftInAClosedTabIsListedUntilItIsConfirmedAndTheImportAddressAnswersAGet() throws Exception {
        UserDetails coordinator = users.loadUserByUsername("zhiliang");
        String draftUrl = start(coordinator, "2024年全县“质量月”活动安排\n序号\t活动内容\t时间\t牵头单位\n"
                + "1\t启动仪式\t9月1日\t办公室\n2\t企业质量培训\t9月中旬\t质量安全监督管理股\n");

        // after a refused upload the browser stands on /imports: a reload must not answer "method not supported"
        mvc.perform(get("/imports").with(user(coordinator)))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.allOf(
                        org.hamcrest.Matchers.containsString("尚未确认的导入"),
                        org.hamcrest.Matchers.containsString("2024年全县“质量月”活动安排"),
                        org.hamcrest.Matchers.containsString("href=\"" + draftUrl + "\""))));

        mvc.perform(post(draftUrl + "/confirm").with(user(coordinator)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/imports/new").with(user(coordinator)))
                .andExpect(content().string(org.hamcrest.Matchers.not(
                        org.hamcrest.Matchers.containsString("href=\"" + draftUrl + "\""))));
        // a station does not see the coordinator's drafts at all
        mvc.perform(get("/imports").with(user(users.loadUserByUsername("qianqi"))))
                .andExpect(status().isForbidden());
    }

    @Test
    void aWindowOpenAtOneEndReadsAsAPlanWritesIt() throws Exception {
        UserDetails coordinator = users.loadUserByUsername("zhiliang");
        String draftUrl = start(coordinator, "2024年全县质量工作安排\n序号\t工作任务\t完成时限\t牵头单位\n"
                + "1\t完成质量考核自评\t6月底前\t办公室\n2\t开展产品质量抽查\t9月起\t质量安全监督管理股\n");
        MvcResult confirmed = mvc.perform(post(draftUrl + "/confirm").with(user(coordinator)).with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn();

        mvc.perform(get(confirmed.getResponse().getRedirectedUrl()).with(user(coordinator)))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.allOf(
                        org.hamcrest.Matchers.containsString("6月30日前"),
                        org.hamcrest.Matchers.containsString("9月1日起"),
                        org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("之前")))));
    }

    private String start(UserDetails coordinator, String text) throws Exception {
        MvcResult result = mvc.perform(post("/imports").with(user(coordinator)).with(csrf()).param("text", text))
                .andExpect(status().is3xxRedirection()).andReturn();
        return result.getResponse().getRedirectedUrl();
    }

    private org.springframework.test.web.servlet.RequestBuilder multipart(UserDetails u, byte[] bytes) {
        return org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart("/imports")
                .file(new MockMultipartFile("file", "plan.docx", "application/octet-stream", bytes))
                .with(user(u)).with(csrf());
    }

    private static long orgOf(UserDetails u) {
        return ((org.duban.org.DubanUser) u).organisationId();
    }
}

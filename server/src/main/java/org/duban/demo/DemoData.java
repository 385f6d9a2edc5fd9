package org.duban.demo;

import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.duban.org.Organisations;
import org.duban.org.Role;
import org.duban.org.UnitDirectoryService;
import org.duban.org.UnitKind;
import org.duban.org.UserAccounts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Only when asked for ({@code --duban.demo.enabled=true}, as the README's start command does), on the first start
 * against an empty database: the demo organisation with the units the seed names, a county's market supervision
 * stations, demo accounts, and the seed notice imported as a campaign placed around today with some reports in (see
 * {@link DemoCampaign}), so a newcomer sees the 23 activities at work a minute after cloning. The seed's issuer is a defaced name (gambling spam); the demo corrects it to the organisation's
 * name, as a coordinator does in the preview.
 *
 * <p>The demo accounts' password is public, so on every start they are switched off unless the demo is asked for,
 * and for good once a real administrator exists. After the first administrator is set up (FirstAdministrator runs
 * before this), a start never has a known password.
 */
@Component
@Order(20)
@EnableConfigurationProperties(DemoProperties.class)
class DemoData implements ApplicationRunner {

    static final String PASSWORD = "Duban@2020";
    static final List<String> ACCOUNTS = List.of("admin", "zhiliang", "qianqi", "shacheng", "leader");
    static final String ORGANISATION = "福鼎市市场监督管理局（演示）";

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private final DemoProperties properties;
    private final Organisations organisations;
    private final UnitDirectoryService units;
    private final UserAccounts accounts;
    private final PasswordEncoder passwords;
    private final DemoCampaign campaign;

    DemoData(DemoProperties properties, Organisations organisations, UnitDirectoryService units,
            UserAccounts accounts, PasswordEncoder passwords, DemoCampaign campaign) {
        this.properties = properties;
        this.organisations = organisations;
        this.units = units;
        this.accounts = accounts;
        this.passwords = passwords;
        this.campaign = campaign;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) throws IOException {
        if (properties.enabled() && !organisations.any()) {
            create();
        }
        boolean realAdministrator = accounts.realAdministratorExists();
        boolean on = properties.enabled() && !realAdministrator;
        if (accounts.setDemoAccountsEnabled(on) > 0 || on) {
            log.warn(on ? "Demo accounts ({}) can log in with the README's password: never use this database in production"
                    : realAdministrator ? "Demo accounts ({}) switched off: a real administrator exists"
                    : "Demo accounts ({}) switched off: the demo was not asked for (--duban.demo.enabled=true)",
                    String.join(", ", ACCOUNTS));
        }
    }

    private void create() throws IOException {
        long org = organisations.create(ORGANISATION, null);
        Map<String, Long> ids = new LinkedHashMap<>();
        units().forEach((name, kind) -> ids.put(name, units.addUnit(null, org, name, kind,
                name.equals("质量安全监督管理股") ? List.of("质量监督管理股", "质量股") : List.of())));
        String hash = passwords.encode(PASSWORD);
        for (long id : List.of(
                accounts.create(org, "admin", hash, "系统管理员", Role.ADMIN, ids.get("办公室")),
                accounts.create(org, "zhiliang", hash, "陈馨（质量安全监督管理股）", Role.COORDINATOR, ids.get("质量安全监督管理股")),
                accounts.create(org, "qianqi", hash, "前岐市场监督管理所", Role.UNIT, ids.get("前岐市场监督管理所")),
                accounts.create(org, "shacheng", hash, "沙埕市场监督管理所", Role.UNIT, ids.get("沙埕市场监督管理所")),
                accounts.create(org, "leader", hash, "局领导", Role.LEADER, null))) {
            accounts.markAsDemo(id);
        }
        long admin = accounts.byUsername("zhiliang").orElseThrow().id();

        byte[] seed;
        try (InputStream in = DemoData.class.getResourceAsStream("/demo/seed-quality-month-2020.txt")) {
            seed = in.readAllBytes();
        }
        long campaignId = campaign.importSeed(org, admin, "福鼎市市场监督管理局", seed, properties.aroundToday());
        if (properties.aroundToday()) {
            campaign.reportSome(org, campaignId);
        }
        log.info("Demo organisation created with {} units and campaign {} from the seed notice, placed around today",
                ids.size(), campaignId);
    }

    /** The units the seed names, and the stations of a county-level city such as the seed's (前岐, 沙埕…). */
    private static Map<String, UnitKind> units() {
        Map<String, UnitKind> u = new LinkedHashMap<>();
        for (String office : List.of("办公室", "质量安全监督管理股", "消费者权益保护股", "反不正当竞争与价格监管检查股",
                "食品流通安全监督管理股", "餐饮服务食品安全监督管理股", "食品生产安全监督管理股", "特种设备安全监察股",
                "计量与标准化股", "信用与网络交易监督管理股", "药品化妆品医疗器械监督管理股", "法规股", "登记注册股")) {
            u.put(office, UnitKind.OFFICE);
        }
        u.put("综合执法大队", UnitKind.AFFILIATE);
        u.put("质量计量检测所", UnitKind.AFFILIATE);
        u.put("个体私营经济协会", UnitKind.ASSOCIATION);
        for (String town : List.of("桐山", "桐城", "山前", "前岐", "沙埕", "店下", "点头", "白琳", "管阳", "秦屿",
                "磻溪", "贯岭", "叠石", "硖门", "嵛山")) {
            u.put(town + "市场监督管理所", UnitKind.STATION);
        }
        return u;
    }
}

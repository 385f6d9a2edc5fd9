package org.duban.org;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The unit directory of each organisation: reading it, and the coordinator's edits to it. */
@Service
public class UnitDirectoryService {

    static final int MAX_ALIASES = 50;

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final RobotAddresses robots;

    UnitDirectoryService(JdbcClient jdbc, ApplicationEventPublisher events, RobotAddresses robots) {
        this.jdbc = jdbc;
        this.events = events;
        this.robots = robots;
    }

    @Transactional(readOnly = true)
    public OrgDirectory directoryOf(long organisationId) {
        return new OrgDirectory(allUnits(organisationId));
    }

    /** Every unit of the organisation, the inactive ones too, in the order the directory shows them. */
    @Transactional(readOnly = true)
    public List<Unit> allUnits(long organisationId) {
        Map<Long, List<String>> aliases = new HashMap<>();
        jdbc.sql("select unit_id, alias from unit_alias where organisation_id = ? order by alias")
                .param(organisationId)
                .query((rs, n) -> aliases.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getString(2)))
                .list();
        return jdbc.sql("""
                        select id, organisation_id, name, unit_kind, sort_order, active from unit
                        where organisation_id = ? order by sort_order, id""")
                .param(organisationId)
                .query((rs, n) -> new Unit(rs.getLong("id"), rs.getLong("organisation_id"), rs.getString("name"),
                        UnitKind.valueOf(rs.getString("unit_kind")), rs.getInt("sort_order"), rs.getBoolean("active"),
                        aliases.getOrDefault(rs.getLong("id"), List.of())))
                .list();
    }

    @Transactional(readOnly = true)
    public Optional<Unit> unit(long organisationId, long unitId) {
        return allUnits(organisationId).stream().filter(u -> u.id() == unitId).findFirst();
    }

    /**
     * Adds a unit. A name that is already a unit or an alias in the organisation is refused.
     *
     * @param actorId who adds it, for the log; {@code null} when the application does (the demo)
     * @throws DirectoryRuleBroken naming the rule
     */
    @Transactional
    public long addUnit(Long actorId, long organisationId, String name, UnitKind kind, List<String> aliases) {
        String n = checkedName(name);
        requireFree(organisationId, n, null);
        Integer last = jdbc.sql("select max(sort_order) from unit where organisation_id = ?").param(organisationId)
                .query(Integer.class).optional().orElse(0);
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        try {
            jdbc.sql("insert into unit (organisation_id, name, unit_kind, sort_order, active) values (?, ?, ?, ?, true)")
                    .params(organisationId, n, kind.name(), (last == null ? 0 : last) + 10)
                    .update(key, "id");
        } catch (DuplicateKeyException e) {
            throw new DirectoryRuleBroken("unit.error.duplicate", n);
        }
        long id = key.getKey().longValue();
        setAliases(organisationId, id, aliases);
        events.publishEvent(new UnitChanged(id, organisationId, n, true, actorId,
                "added " + n + " (" + kind + ")" + aliasText(aliases)));
        return id;
    }

    /** Changes a unit's name, kind, state and aliases; {@code actorId} is who does it, for the log. */
    @Transactional
    public void updateUnit(Long actorId, long organisationId, long unitId, String name, UnitKind kind, boolean active,
            List<String> aliases) {
        String n = checkedName(name);
        Unit before = unit(organisationId, unitId).orElse(null);
        requireFree(organisationId, n, unitId);
        int updated = jdbc.sql("update unit set name = ?, unit_kind = ?, active = ? where id = ? and organisation_id = ?")
                .params(n, kind.name(), active, unitId, organisationId).update();
        if (updated == 0) {
            throw new DirectoryRuleBroken("unit.error.notFound", String.valueOf(unitId));
        }
        setAliases(organisationId, unitId, aliases);
        events.publishEvent(new UnitChanged(unitId, organisationId, n, false, actorId,
                (before == null ? "" : before.name() + " (" + before.kind() + (before.active() ? "" : ", inactive") + ")"
                        + aliasText(before.aliases()) + " → ")
                        + n + " (" + kind + (active ? "" : ", inactive") + ")" + aliasText(aliases)));
    }

    @Transactional(readOnly = true)
    public java.util.Map<Long, UnitChannels> channels(long organisationId) {
        java.util.Map<Long, UnitChannels> out = new HashMap<>();
        jdbc.sql("select id, email, webhook_kind, webhook_url, webhook_secret from unit where organisation_id = ?")
                .param(organisationId)
                .query((rs, n) -> out.put(rs.getLong("id"), new UnitChannels(rs.getLong("id"), rs.getString("email"),
                        rs.getString("webhook_kind"), rs.getString("webhook_url"), rs.getString("webhook_secret"))))
                .list();
        return out;
    }

    /**
     * Sets where a unit is told. A webhook must be a DingTalk or WeCom robot's address ({@link RobotAddresses}): the
     * server posts to it, so it may not point anywhere else.
     */
    @Transactional
    public void setChannels(Long actorId, long organisationId, long unitId, String email, String webhookKind, String webhookUrl,
            String webhookSecret) {
        String mail = blankToNull(email);
        String kind = blankToNull(webhookKind);
        String url = blankToNull(webhookUrl);
        if (mail != null && (mail.length() > 200 || !mail.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+"))) {
            throw new DirectoryRuleBroken("unit.error.email", mail);
        }
        if (url != null && (kind == null || !kind.matches("DINGTALK|WECOM"))) {
            throw new DirectoryRuleBroken("unit.error.webhook");
        }
        if (url != null) {
            robots.check(url);
        }
        if (webhookSecret != null && webhookSecret.length() > 200) {
            throw new DirectoryRuleBroken("unit.error.webhookSecret");
        }
        int n = jdbc.sql("""
                        update unit set email = ?, webhook_kind = ?, webhook_url = ?, webhook_secret = ?
                        where id = ? and organisation_id = ?""")
                .params(mail, url == null ? null : kind, url, url == null ? null : blankToNull(webhookSecret), unitId,
                        organisationId)
                .update();
        if (n == 0) {
            throw new DirectoryRuleBroken("unit.error.notFound", String.valueOf(unitId));
        }
        events.publishEvent(new UnitChanged(unitId, organisationId, "channels", false, actorId,
                "channels: e-mail " + (mail == null ? "none" : mail) + ", robot " + (url == null ? "none" : kind)
                        + (url == null ? "" : " " + robotHost(url))));
    }

    /** The unit's calendar feed token, made on first use; {@code renew} replaces it, so old links stop working. */
    @Transactional
    public String calendarToken(long organisationId, long unitId, boolean renew) {
        String token = jdbc.sql("select calendar_token from unit where id = ? and organisation_id = ?")
                .params(unitId, organisationId).query(String.class).optional().orElse(null);
        if (token == null || renew) {
            byte[] random = new byte[24];
            new java.security.SecureRandom().nextBytes(random);
            token = java.util.HexFormat.of().formatHex(random);
            jdbc.sql("update unit set calendar_token = ? where id = ? and organisation_id = ?")
                    .params(token, unitId, organisationId).update();
        }
        return token;
    }

    /** The unit a calendar token belongs to, as (organisation id, unit id). */
    @Transactional(readOnly = true)
    public Optional<long[]> unitOfCalendarToken(String token) {
        if (token == null || !token.matches("[0-9a-f]{48}")) {
            return Optional.empty();
        }
        return jdbc.sql("select organisation_id, id from unit where calendar_token = ? and active = true").param(token)
                .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)}).optional();
    }

    private static String aliasText(List<String> aliases) {
        List<String> names = aliases == null ? List.of()
                : aliases.stream().map(String::strip).filter(a -> !a.isEmpty()).distinct().toList();
        return names.isEmpty() ? "" : ", aliases " + String.join("、", names);
    }

    /** The robot's host only: its address carries the robot's access token, which the log must not keep. */
    private static String robotHost(String url) {
        try {
            return java.net.URI.create(url).getHost();
        } catch (IllegalArgumentException e) {
            return "";
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private void setAliases(long organisationId, long unitId, List<String> aliases) {
        List<String> names = aliases.stream().map(String::strip).filter(a -> !a.isEmpty()).distinct().toList();
        if (names.size() > MAX_ALIASES) {
            throw new DirectoryRuleBroken("unit.error.aliases", MAX_ALIASES);
        }
        for (String alias : names) {
            if (alias.length() > 100) {
                throw new DirectoryRuleBroken("unit.error.alias", alias.substring(0, 20) + "…");
            }
        }
        jdbc.sql("delete from unit_alias where unit_id = ?").param(unitId).update();
        for (String alias : names) {
            requireFree(organisationId, alias, unitId);
            jdbc.sql("insert into unit_alias (organisation_id, unit_id, alias) values (?, ?, ?)")
                    .params(organisationId, unitId, alias).update();
        }
    }

    private void requireFree(long organisationId, String name, Long exceptUnit) {
        Optional<Long> owner = jdbc.sql("""
                        select id from unit where organisation_id = :org and name = :name
                        union select unit_id from unit_alias where organisation_id = :org and alias = :name""")
                .param("org", organisationId).param("name", name)
                .query(Long.class).list().stream().filter(id -> !id.equals(exceptUnit)).findFirst();
        if (owner.isPresent()) {
            throw new DirectoryRuleBroken("unit.error.duplicate", name);
        }
    }

    private static String checkedName(String name) {
        String n = name == null ? "" : name.strip();
        if (n.isEmpty() || n.length() > 100) {
            throw new DirectoryRuleBroken("unit.error.name", n);
        }
        return n;
    }
}

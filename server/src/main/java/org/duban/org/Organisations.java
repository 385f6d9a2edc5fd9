package org.duban.org;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Organisations (bureaus), a tree from province down to county: each has its level and the one over it. */
@Service
public class Organisations {

    /** Province, city, county: a chain longer than this is a loop someone made in the data. */
    private static final int MAX_DEPTH = 8;
    private static final RowMapper<Organisation> ROW = (rs, n) -> new Organisation(rs.getLong("id"), rs.getString("name"),
            OrgLevel.valueOf(rs.getString("org_level")), (Long) rs.getObject("parent_id", Long.class));

    private final JdbcClient jdbc;
    private final Clock clock;

    Organisations(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public boolean any() {
        return jdbc.sql("select count(*) from organisation").query(Long.class).single() > 0;
    }

    @Transactional
    public long create(String name, Long parentId) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("insert into organisation (name, parent_id, created_at) values (?, ?, ?)")
                .params(name, parentId, OffsetDateTime.now(clock)).update(key, "id");
        return key.getKey().longValue();
    }

    @Transactional(readOnly = true)
    public Optional<Organisation> find(long id) {
        return jdbc.sql("select id, name, org_level, parent_id from organisation where id = ?").param(id).query(ROW)
                .optional();
    }

    /** The bureaus directly under this one, by name. */
    @Transactional(readOnly = true)
    public List<Organisation> below(long id) {
        return jdbc.sql("select id, name, org_level, parent_id from organisation where parent_id = ? order by name, id")
                .param(id).query(ROW).list();
    }

    /** The bureaus over this one, the nearest first. */
    @Transactional(readOnly = true)
    public List<Organisation> above(long id) {
        List<Organisation> above = new ArrayList<>();
        Optional<Organisation> at = find(id);
        while (at.isPresent() && at.get().parentId() != null && above.size() < MAX_DEPTH) {
            at = find(at.get().parentId());
            at.ifPresent(above::add);
        }
        return above;
    }

    /** A bureau directly under {@code parentId}, one level lower. */
    @Transactional
    public long createBelow(long parentId, String name) {
        Organisation parent = find(parentId).orElseThrow();
        if (!parent.level().hasLower()) {
            throw new DirectoryRuleBroken("org.error.noLowerLevel");
        }
        String cleaned = name == null ? "" : name.strip();
        if (cleaned.isEmpty() || cleaned.length() > 200) {
            throw new DirectoryRuleBroken("org.error.name");
        }
        if (below(parentId).stream().anyMatch(o -> o.name().equals(cleaned))) {
            throw new DirectoryRuleBroken("org.error.nameTaken", cleaned);
        }
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("insert into organisation (name, parent_id, org_level, created_at) values (?, ?, ?, ?)")
                .params(cleaned, parentId, parent.level().below().name(), OffsetDateTime.now(clock)).update(key, "id");
        return key.getKey().longValue();
    }

    /**
     * Sets a bureau's own level: above the bureaus under it and below the one over it (a county's bureau under a
     * city's, a city's under a province's).
     */
    @Transactional
    public void setLevel(long id, OrgLevel level) {
        Organisation org = find(id).orElseThrow();
        if (org.parentId() != null && find(org.parentId()).map(p -> p.level().compareTo(level) >= 0).orElse(false)) {
            throw new DirectoryRuleBroken("org.error.levelAboveParent");
        }
        if (below(id).stream().anyMatch(o -> o.level().compareTo(level) <= 0)) {
            throw new DirectoryRuleBroken("org.error.levelBelowLower");
        }
        jdbc.sql("update organisation set org_level = ? where id = ?").params(level.name(), id).update();
    }

    @Transactional(readOnly = true)
    public java.util.List<Long> ids() {
        return jdbc.sql("select id from organisation order by id").query(Long.class).list();
    }
}

package org.duban.org;

import java.time.Clock;
import java.time.OffsetDateTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Organisations (bureaus), a tree from national down to county. */
@Service
public class Organisations {

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
    public java.util.List<Long> ids() {
        return jdbc.sql("select id from organisation order by id").query(Long.class).list();
    }
}

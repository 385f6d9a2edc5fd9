package org.duban.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.springframework.stereotype.Component;

/**
 * Chains the entries written before the log was a hash chain, once, as Flyway's step 31.1 (after V31 added the
 * columns): each chain in id order from {@link AuditHash#GENESIS}, so the same rows always give the same hashes. A
 * Spring bean because Spring Boot hands Flyway its Java migrations from the context (no class-path scanning inside
 * the packaged jar); the class name is Flyway's version and description.
 */
@Component
class V31_1__ChainExistingAuditEvents extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        Map<Long, String> heads = new LinkedHashMap<>();
        Map<Long, Long> lastIds = new LinkedHashMap<>();
        try (PreparedStatement select = connection.prepareStatement("""
                        select id, chain_key, at, organisation_id, actor_id, actor, address, action, target, result, detail
                        from audit_event order by id""");
                PreparedStatement update = connection.prepareStatement(
                        "update audit_event set prev_hash = ?, hash = ? where id = ?");
                ResultSet rs = select.executeQuery()) {
            int batched = 0;
            while (rs.next()) {
                long id = rs.getLong("id");
                long chain = rs.getLong("chain_key");
                String previous = heads.getOrDefault(chain, AuditHash.GENESIS);
                String hash = AuditHash.of(id, rs.getObject("at", OffsetDateTime.class).toInstant(),
                        rs.getObject("organisation_id", Long.class), rs.getObject("actor_id", Long.class),
                        rs.getString("actor"), rs.getString("address"), rs.getString("action"), rs.getString("target"),
                        rs.getString("result"), rs.getString("detail"), previous);
                update.setString(1, previous);
                update.setString(2, hash);
                update.setLong(3, id);
                update.addBatch();
                if (++batched % 500 == 0) {
                    update.executeBatch();
                }
                heads.put(chain, hash);
                lastIds.put(chain, id);
            }
            update.executeBatch();
        }
        try (PreparedStatement insert = connection.prepareStatement(
                "insert into audit_chain (chain_key, last_id, last_hash) values (?, ?, ?)")) {
            for (Map.Entry<Long, String> head : heads.entrySet()) {
                insert.setLong(1, head.getKey());
                insert.setLong(2, lastIds.get(head.getKey()));
                insert.setString(3, head.getValue());
                insert.executeUpdate();
            }
        }
    }
}

package org.duban;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;

/**
 * On H2, a transaction waits for a row another holds as PostgreSQL does, for as long as a busy moment takes, instead
 * of H2's default 2 seconds. Every report appends to the operation log's chain as it commits, one after another
 * through the chain's head row (see {@code AuditLog}): on deadline day, or on a slow machine just after a restart, a
 * report can queue there for more than 2 s, and H2 then refused it ("Timeout trying to lock table", a 500 that
 * CrashIT once saw). PostgreSQL waits without a limit and detects deadlocks; H2 detects them too, so this wait only
 * bounds a transaction that is stuck.
 *
 * <p>Set on each of the pool's connections as it is opened, so that it holds for every one and for H2 in memory (the
 * tests) as for its file; a {@code spring.datasource.hikari.connection-init-sql} of the operator's own is left alone.
 */
@Component
class EmbeddedDatabaseLockWait implements BeanPostProcessor {

    private static final int LOCK_WAIT_MILLIS = 30_000;

    @Override
    public Object postProcessBeforeInitialization(Object bean, String beanName) {
        if (bean instanceof HikariDataSource pool && pool.getJdbcUrl() != null && pool.getJdbcUrl().startsWith("jdbc:h2:")
                && pool.getConnectionInitSql() == null) {
            pool.setConnectionInitSql("SET LOCK_TIMEOUT " + LOCK_WAIT_MILLIS);
        }
        return bean;
    }
}

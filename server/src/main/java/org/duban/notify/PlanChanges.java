package org.duban.notify;

import java.util.Map;
import java.util.UUID;
import org.duban.campaign.AssignmentsRemoving;
import org.duban.campaign.CampaignChanged;
import org.duban.org.UnitChannels;
import org.duban.org.UnitDirectoryService;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/** Units hear of changes to their tasks (计划变更), as they hear of reminders; removed tasks leave no dangling link. */
@Component
class PlanChanges {

    private final Notifications notifications;
    private final UnitDirectoryService units;
    private final JdbcClient jdbc;

    PlanChanges(Notifications notifications, UnitDirectoryService units, JdbcClient jdbc) {
        this.notifications = notifications;
        this.units = units;
        this.jdbc = jdbc;
    }

    /** Only a change that was stored is told, hence after the commit. */
    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void tell(CampaignChanged e) {
        if (e.unitsTold().isEmpty()) {
            return;
        }
        Map<Long, UnitChannels> channels = units.channels(e.organisationId());
        String text = "【计划变更】" + e.detail();
        for (long unitId : e.unitsTold()) {
            UnitChannels unit = channels.get(unitId);
            if (unit != null) {
                notifications.tell(e.organisationId(), unit, null, ReminderKind.PLAN_CHANGED, "计划变更", text,
                        "PLAN_CHANGED:" + UUID.randomUUID(), e.actorId());
            }
        }
    }

    /** The notifications keep their text; only the link to the deleted task goes. */
    @EventListener
    void forget(AssignmentsRemoving e) {
        for (long id : e.assignmentIds()) {
            jdbc.sql("update notification set assignment_id = null where assignment_id = ?").param(id).update();
        }
    }
}

package org.duban.supervision;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.duban.campaign.AssignmentView;
import org.duban.campaign.Campaign;
import org.duban.campaign.CampaignService;
import org.duban.org.Unit;
import org.duban.org.UnitDirectoryService;
import org.duban.org.UnitKind;
import org.duban.summary.SummaryService;
import org.duban.summary.SummaryStanding;
import org.duban.web.NotFound;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Builds a campaign's dashboard: the statuses {@link UnitTasks} computes, laid out in one pass. */
@Service
public class CampaignDashboards {

    private final CampaignService campaigns;
    private final UnitTasks tasks;
    private final UnitDirectoryService units;
    private final SupervisionProperties properties;
    private final SummaryService summaries;
    private final Clock clock;

    CampaignDashboards(CampaignService campaigns, UnitTasks tasks, UnitDirectoryService units,
            SupervisionProperties properties, SummaryService summaries, Clock clock) {
        this.campaigns = campaigns;
        this.tasks = tasks;
        this.units = units;
        this.properties = properties;
        this.summaries = summaries;
        this.clock = clock;
    }

    /**
     * @param kind   only the units of this kind as columns; null for all
     * @param status only the rows with at least one assignment in this status; null for all
     */
    @Transactional(readOnly = true)
    public Dashboard of(long organisationId, long campaignId, UnitKind kind, AssignmentStatus status) {
        // the activities only: their assignments come next, with their status, in two queries
        Campaign campaign = campaigns.outline(organisationId, campaignId).orElseThrow(NotFound::new);
        List<TaskRow> all = tasks.ofCampaign(organisationId, campaignId);
        LocalDate today = LocalDate.now(clock);

        Map<Long, Unit> unitById = new HashMap<>();
        units.allUnits(organisationId).forEach(u -> unitById.put(u.id(), u));
        Map<Long, Map<Long, Dashboard.Cell>> cellsByActivity = new HashMap<>();
        Map<AssignmentStatus, Integer> counts = new EnumMap<>(AssignmentStatus.class);
        Map<Long, int[]> scores = new LinkedHashMap<>(); // total, done, reported, overdue, dueSoon
        Map<Long, int[]> activityProgress = new HashMap<>(); // assignments, reported or done
        List<Dashboard.Late> overdue = new ArrayList<>();
        List<Dashboard.Late> dueSoon = new ArrayList<>();
        for (TaskRow row : all) {
            AssignmentView a = row.assignment();
            AssignmentStatus s = row.status();
            cellsByActivity.computeIfAbsent(a.activityId(), k -> new HashMap<>())
                    .put(a.unitId(), new Dashboard.Cell(a.id(), a.role(), s));
            counts.merge(s, 1, Integer::sum);
            int[] p = activityProgress.computeIfAbsent(a.activityId(), k -> new int[2]);
            p[0]++;
            p[1] += s == AssignmentStatus.DONE || s == AssignmentStatus.REPORTED ? 1 : 0;
            int[] score = scores.computeIfAbsent(a.unitId(), k -> new int[5]);
            score[0]++;
            score[1] += s == AssignmentStatus.DONE ? 1 : 0;
            score[2] += s == AssignmentStatus.REPORTED ? 1 : 0;
            score[3] += s == AssignmentStatus.OVERDUE ? 1 : 0;
            score[4] += s == AssignmentStatus.DUE_SOON ? 1 : 0;
            if (s == AssignmentStatus.OVERDUE || s == AssignmentStatus.DUE_SOON) {
                (s == AssignmentStatus.OVERDUE ? overdue : dueSoon).add(new Dashboard.Late(a.id(), a.unitId(),
                        a.unitName(), a.activityNo(), a.content(), a.end(), a.role(), s));
            }
        }

        List<Dashboard.Column> columns = scores.keySet().stream().map(unitById::get)
                .filter(u -> u != null && (kind == null || u.kind() == kind))
                .sorted(Comparator.comparing((Unit u) -> kindOrder(u.kind())).thenComparing(Unit::sortOrder))
                .map(u -> new Dashboard.Column(u.id(), u.name(), u.kind())).toList();
        List<Dashboard.Row> rows = new ArrayList<>();
        for (Campaign.Activity activity : campaign.activities()) {
            Map<Long, Dashboard.Cell> cells = cellsByActivity.getOrDefault(activity.id(), Map.of());
            List<Dashboard.Cell> line = new ArrayList<>(columns.size());
            boolean matches = status == null;
            for (Dashboard.Column c : columns) {
                Dashboard.Cell cell = cells.get(c.unitId());
                line.add(cell);
                matches |= cell != null && cell.status() == status;
            }
            if (matches) {
                rows.add(new Dashboard.Row(activity.id(), activity.no(), activity.content(), activity.start(),
                        activity.end(), activity.timeText(), line));
            }
        }
        List<Dashboard.UnitScore> ranking = scores.entrySet().stream()
                .map(e -> new Dashboard.UnitScore(e.getKey(), unitById.get(e.getKey()).name(), e.getValue()[0],
                        e.getValue()[1], e.getValue()[2], e.getValue()[3], e.getValue()[4]))
                .sorted(Comparator.comparingInt(Dashboard.UnitScore::completion).reversed()
                        .thenComparingInt(Dashboard.UnitScore::overdue))
                .toList();
        Comparator<Dashboard.Late> byEnd = Comparator.comparing(Dashboard.Late::end,
                Comparator.nullsLast(Comparator.naturalOrder()));
        overdue.sort(byEnd);
        dueSoon.sort(byEnd);
        LocalDate deadline = campaign.notice().summaryDeadline();
        List<SummaryStanding> handIns = summaries.standings(organisationId, campaignId);
        List<String> missing = handIns.stream().filter(s -> !s.handedIn()).map(SummaryStanding::unitName).toList();
        return new Dashboard(campaignId, campaign.notice().title(), today, deadline,
                deadline == null ? null : ChronoUnit.DAYS.between(today, deadline), columns, rows, counts, ranking,
                overdue, dueSoon, properties.dueSoonDays(), percent(activityProgress),
                org.duban.campaign.Timeline.of(campaign, today), missing, handIns.size(),
                handIns.stream().filter(SummaryStanding::handedIn).collect(java.util.stream.Collectors.groupingBy(
                        h -> h.state().name(), java.util.stream.Collectors.counting())));
    }

    private static Map<Long, Integer> percent(Map<Long, int[]> counts) {
        Map<Long, Integer> out = new HashMap<>();
        counts.forEach((id, c) -> out.put(id, c[0] == 0 ? 0 : Math.round(100f * c[1] / c[0])));
        return out;
    }

    /** Offices first, then affiliates, then stations: the order a bureau's own tables use. */
    private static int kindOrder(UnitKind kind) {
        return switch (kind) {
            case OFFICE -> 0;
            case AFFILIATE -> 1;
            case INSTITUTION -> 2;
            case STATION -> 3;
            case ASSOCIATION -> 4;
            case OTHER -> 5;
        };
    }
}

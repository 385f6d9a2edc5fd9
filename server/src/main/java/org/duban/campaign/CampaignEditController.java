package org.duban.campaign;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Locale;
import org.duban.org.DubanUser;
import org.duban.org.Unit;
import org.duban.org.UnitDirectoryService;
import org.duban.web.NotFound;
import org.duban.web.UserFacingException;
import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The coordinator's edit page of a confirmed campaign, and archiving. A refused change comes back on the edit page
 * with the reason (400), and nothing was changed.
 */
@Controller
class CampaignEditController {

    private final CampaignService campaigns;
    private final CampaignEditing editing;
    private final UnitDirectoryService units;
    private final ReportedAssignments reported;
    private final MessageSource messages;
    private final CampaignCopies copies;

    CampaignEditController(CampaignService campaigns, CampaignEditing editing, UnitDirectoryService units,
            ReportedAssignments reported, MessageSource messages, CampaignCopies copies) {
        this.copies = copies;
        this.reported = reported;
        this.campaigns = campaigns;
        this.editing = editing;
        this.units = units;
        this.messages = messages;
    }

    @GetMapping("/campaigns/{id}/edit")
    String page(@PathVariable long id, @AuthenticationPrincipal DubanUser user, Model model) {
        Campaign campaign = campaigns.find(user.organisationId(), id).orElseThrow(NotFound::new);
        if (campaign.archived()) {
            return "redirect:/campaigns/" + id;
        }
        model.addAttribute("campaign", campaign);
        model.addAttribute("units", units.allUnits(user.organisationId()).stream().filter(Unit::active).toList());
        java.util.Set<Long> withReports = reported.withReports(campaign.activities().stream()
                .flatMap(a -> a.assignments().stream()).map(Campaign.Assignment::id).toList());
        model.addAttribute("reported", withReports);
        // the activities that can only be cancelled, not deleted
        model.addAttribute("reportedActivities", campaign.activities().stream()
                .filter(a -> a.assignments().stream().anyMatch(s -> withReports.contains(s.id())))
                .map(Campaign.Activity::id).collect(java.util.stream.Collectors.toSet()));
        return "campaign/edit";
    }

    @PostMapping("/campaigns/{id}/edit")
    String changeTitle(@PathVariable long id, @RequestParam(required = false) String title,
            @RequestParam(required = false) String summaryDeadline, @AuthenticationPrincipal DubanUser user,
            Model model, HttpServletResponse response, Locale locale) {
        return attempt(id, null, user, model, response, locale, () -> editing.changeTitle(user, id, title,
                CampaignEditing.day(summaryDeadline, "field.summaryDeadline")));
    }

    @PostMapping("/campaigns/{id}/activities/{activityId}")
    String changeActivity(@PathVariable long id, @PathVariable long activityId,
            @RequestParam(required = false) String content, @RequestParam(required = false) String start,
            @RequestParam(required = false) String end, @AuthenticationPrincipal DubanUser user, Model model,
            HttpServletResponse response, Locale locale) {
        model.addAttribute("typed", typed(null, content, start, end));
        return attempt(id, "activity-" + activityId, user, model, response, locale,
                () -> editing.changeActivity(user, id, activityId, text(null, content, start, end)));
    }

    @PostMapping("/campaigns/{id}/activities")
    String addActivity(@PathVariable long id, @RequestParam(required = false) String no,
            @RequestParam(required = false) String content, @RequestParam(required = false) String start,
            @RequestParam(required = false) String end, @RequestParam(required = false) List<Long> leads,
            @RequestParam(required = false) List<Long> assists, @AuthenticationPrincipal DubanUser user, Model model,
            HttpServletResponse response, Locale locale) {
        model.addAttribute("typed", typed(no, content, start, end));
        return attempt(id, "new-activity", user, model, response, locale,
                () -> editing.addActivity(user, id, text(no, content, start, end), leads, assists));
    }

    @PostMapping("/campaigns/{id}/activities/{activityId}/remove")
    String removeActivity(@PathVariable long id, @PathVariable long activityId,
            @AuthenticationPrincipal DubanUser user, Model model, HttpServletResponse response, Locale locale) {
        return attempt(id, "activity-" + activityId, user, model, response, locale,
                () -> editing.removeActivity(user, id, activityId));
    }

    @PostMapping("/campaigns/{id}/activities/{activityId}/cancel")
    String cancelActivity(@PathVariable long id, @PathVariable long activityId,
            @AuthenticationPrincipal DubanUser user, Model model, HttpServletResponse response, Locale locale) {
        return attempt(id, "activity-" + activityId, user, model, response, locale,
                () -> editing.cancelActivity(user, id, activityId));
    }

    @PostMapping("/campaigns/{id}/activities/{activityId}/units")
    String addUnit(@PathVariable long id, @PathVariable long activityId,
            @RequestParam(required = false) Long unitId, @RequestParam(required = false) String role,
            @AuthenticationPrincipal DubanUser user, Model model, HttpServletResponse response, Locale locale) {
        return attempt(id, "activity-" + activityId, user, model, response, locale, () -> {
            if (unitId == null) {
                throw new CampaignRuleBroken("campaign.error.unitOutsideOrganisation", "—");
            }
            editing.addUnit(user, id, activityId, unitId, role(role));
        });
    }

    @PostMapping("/campaigns/{id}/assignments/{assignmentId}/remove")
    String removeUnit(@PathVariable long id, @PathVariable long assignmentId,
            @AuthenticationPrincipal DubanUser user, Model model, HttpServletResponse response, Locale locale) {
        return attempt(id, null, user, model, response, locale, () -> editing.removeUnit(user, id, assignmentId));
    }

    @PostMapping("/campaigns/{id}/copy")
    String copy(@PathVariable long id, @RequestParam(required = false) String year,
            @AuthenticationPrincipal DubanUser user) {
        int target;
        try {
            target = Integer.parseInt(year == null ? "" : year.strip());
        } catch (NumberFormatException e) {
            target = 0; // refused below with the campaign's own year in the message
        }
        CampaignCopies.Copy made = copies.copy(user, id, target);
        return "redirect:/campaigns/" + made.campaignId() + "/edit?copied" + (made.unitsLeftOut().isEmpty() ? ""
                : "&leftOut=" + java.net.URLEncoder.encode(String.join("、", made.unitsLeftOut()),
                        java.nio.charset.StandardCharsets.UTF_8));
    }

    @PostMapping("/campaigns/{id}/archive")
    String archive(@PathVariable long id, @AuthenticationPrincipal DubanUser user) {
        editing.archive(user, id, true);
        return "redirect:/campaigns/" + id;
    }

    @PostMapping("/campaigns/{id}/unarchive")
    String unarchive(@PathVariable long id, @AuthenticationPrincipal DubanUser user) {
        editing.archive(user, id, false);
        return "redirect:/campaigns/" + id;
    }

    private String attempt(long id, String anchor, DubanUser user, Model model, HttpServletResponse response,
            Locale locale, Runnable change) {
        try {
            change.run();
        } catch (UserFacingException e) {
            Campaign campaign = campaigns.find(user.organisationId(), id).orElseThrow(NotFound::new);
            if (e.httpStatus() == 404 || e.httpStatus() == 403 || campaign.archived()) {
                throw e; // the error page: there is no edit page to come back to
            }
            response.setStatus(e.httpStatus());
            model.addAttribute("refused", e.message(messages, locale));
            // the form that was refused shows it beside what was typed, and takes the focus (the page scrolls to it)
            model.addAttribute("refusedAt", anchor);
            page(id, user, model);
            return "campaign/edit";
        }
        return "redirect:/campaigns/" + id + "/edit?saved" + (anchor == null ? "" : "#" + anchor);
    }

    private static java.util.Map<String, String> typed(String no, String content, String start, String end) {
        java.util.Map<String, String> typed = new java.util.HashMap<>();
        typed.put("no", no);
        typed.put("content", content);
        typed.put("start", start);
        typed.put("end", end);
        return typed;
    }

    private static CampaignEditing.ActivityText text(String no, String content, String start, String end) {
        return new CampaignEditing.ActivityText(no, content, CampaignEditing.day(start, "field.start"),
                CampaignEditing.day(end, "field.end"));
    }

    private static UnitRole role(String role) {
        try {
            return UnitRole.valueOf(role == null ? "" : role);
        } catch (IllegalArgumentException e) {
            throw new CampaignRuleBroken("campaign.error.badRole");
        }
    }
}

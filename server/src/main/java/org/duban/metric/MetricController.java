package org.duban.metric;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.duban.campaign.CampaignService;
import org.duban.org.DubanUser;
import org.duban.web.NotFound;
import org.duban.web.UserFacingException;
import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The catalog page (统计指标, coordinators and administrators) and a campaign's counts page: each activity's counts
 * against its targets, the campaign's totals, and, for coordinators, which counts each activity asks for.
 */
@Controller
class MetricController {

    private final MetricCatalog catalog;
    private final ActivityMetrics activities;
    private final MetricTotals totals;
    private final CampaignService campaigns;
    private final MessageSource messages;

    MetricController(MetricCatalog catalog, ActivityMetrics activities, MetricTotals totals, CampaignService campaigns,
            MessageSource messages) {
        this.catalog = catalog;
        this.activities = activities;
        this.totals = totals;
        this.campaigns = campaigns;
        this.messages = messages;
    }

    @GetMapping("/metrics")
    String catalog(@AuthenticationPrincipal DubanUser user, Model model) {
        List<Metric> all = catalog.all(user.organisationId());
        Map<Long, Boolean> used = new HashMap<>();
        all.forEach(m -> used.put(m.id(), catalog.inUse(m.id())));
        model.addAttribute("metrics", all);
        model.addAttribute("used", used);
        return "metric/catalog";
    }

    @PostMapping("/metrics")
    String add(@ModelAttribute MetricCatalog.MetricForm form, @AuthenticationPrincipal DubanUser user,
            RedirectAttributes flash, Locale locale) {
        return refusedOr(flash, locale, "/metrics", () -> catalog.add(user, form));
    }

    @PostMapping("/metrics/{id}")
    String update(@PathVariable long id, @ModelAttribute MetricCatalog.MetricForm form,
            @AuthenticationPrincipal DubanUser user, RedirectAttributes flash, Locale locale) {
        return refusedOr(flash, locale, "/metrics", () -> catalog.update(user, id, form));
    }

    @PostMapping("/metrics/{id}/retire")
    String retire(@PathVariable long id, @RequestParam(defaultValue = "true") boolean retired,
            @AuthenticationPrincipal DubanUser user, RedirectAttributes flash, Locale locale) {
        return refusedOr(flash, locale, "/metrics", () -> catalog.retire(user, id, retired));
    }

    @PostMapping("/metrics/{id}/delete")
    String delete(@PathVariable long id, @AuthenticationPrincipal DubanUser user, RedirectAttributes flash,
            Locale locale) {
        return refusedOr(flash, locale, "/metrics", () -> catalog.delete(user, id));
    }

    @GetMapping("/campaigns/{id}/counts")
    String counts(@PathVariable long id, @AuthenticationPrincipal DubanUser user, Model model) {
        model.addAttribute("campaign", campaigns.find(user.organisationId(), id).orElseThrow(NotFound::new));
        model.addAttribute("counts", totals.ofCampaign(user.organisationId(), id));
        if (user.canCoordinate()) {
            Map<Long, Map<Long, ActivityMetrics.Asked>> asked = new HashMap<>();
            activities.ofCampaign(id).forEach((activity, list) -> list.forEach(a -> asked
                    .computeIfAbsent(activity, k -> new HashMap<>()).put(a.metric().id(), a)));
            model.addAttribute("asked", asked);
            model.addAttribute("catalog", catalog.all(user.organisationId()));
        }
        return "metric/counts";
    }

    /** {@code metricIds} the chosen counts; {@code target.<metricId>} each one's target. */
    @PostMapping("/campaigns/{id}/activities/{activityId}/metrics")
    String setActivity(@PathVariable long id, @PathVariable long activityId,
            @RequestParam(name = "metricIds", required = false) List<Long> metricIds,
            @RequestParam Map<String, String> params, @AuthenticationPrincipal DubanUser user,
            RedirectAttributes flash, Locale locale) {
        Map<Long, String> targets = new HashMap<>();
        params.forEach((k, v) -> {
            if (k.startsWith("target.") && k.substring(7).matches("\\d{1,18}")) {
                targets.put(Long.parseLong(k.substring(7)), v);
            }
        });
        String back = "/campaigns/" + id + "/counts";
        try {
            activities.set(user, id, activityId, metricIds, targets);
        } catch (UserFacingException e) {
            if (e.httpStatus() == 404 || e.httpStatus() == 403) {
                throw e;
            }
            flash.addFlashAttribute("refused", e.message(messages, locale));
            flash.addFlashAttribute("refusedActivity", activityId);
            return "redirect:" + back + "#activity-" + activityId;
        }
        return "redirect:" + back + "?saved#activity-" + activityId;
    }

    @PostMapping("/campaigns/{id}/counts/suggest")
    String suggest(@PathVariable long id, @AuthenticationPrincipal DubanUser user, RedirectAttributes flash) {
        flash.addFlashAttribute("suggested", activities.suggestWhereNone(user, id));
        return "redirect:/campaigns/" + id + "/counts";
    }

    private String refusedOr(RedirectAttributes flash, Locale locale, String back, Runnable change) {
        try {
            change.run();
        } catch (UserFacingException e) {
            if (e.httpStatus() == 404 || e.httpStatus() == 403) {
                throw e;
            }
            flash.addFlashAttribute("refused", e.message(messages, locale));
            return "redirect:" + back;
        }
        return "redirect:" + back + "?saved";
    }
}

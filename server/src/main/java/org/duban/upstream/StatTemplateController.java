package org.duban.upstream;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.duban.campaign.Campaign;
import org.duban.campaign.CampaignService;
import org.duban.org.DubanUser;
import org.duban.web.NotFound;
import org.duban.web.UserFacingException;
import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.multipart.MultipartFile;

/** The statistics templates of the upper bureau, seen from a campaign: upload, map, fill. */
@Controller
class StatTemplateController {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final String XLS = "application/vnd.ms-excel";
    private static final String CELL = "cell:";

    private final StatTemplates templates;
    private final CampaignService campaigns;
    private final MessageSource messages;
    private final Clock clock;

    StatTemplateController(StatTemplates templates, CampaignService campaigns, MessageSource messages, Clock clock) {
        this.templates = templates;
        this.campaigns = campaigns;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/campaigns/{id}/stat-templates")
    String list(@PathVariable long id, @AuthenticationPrincipal DubanUser user, Model model) {
        model.addAttribute("campaign", campaign(user, id));
        model.addAttribute("templates", templates.list(user));
        return "upstream/templates";
    }

    @PostMapping("/campaigns/{id}/stat-templates")
    String upload(@PathVariable long id, @RequestParam(required = false) MultipartFile file,
            @AuthenticationPrincipal DubanUser user, Model model, HttpServletResponse response, Locale locale)
            throws IOException {
        Campaign campaign = campaign(user, id);
        try {
            byte[] bytes = file == null ? null : file.getBytes();
            long template = templates.upload(user, file == null ? null : file.getOriginalFilename(), bytes);
            return "redirect:/campaigns/" + id + "/stat-templates/" + template + "?uploaded";
        } catch (UserFacingException e) {
            refused(e, model, response, locale);
            model.addAttribute("campaign", campaign);
            model.addAttribute("templates", templates.list(user));
            return "upstream/templates";
        }
    }

    @GetMapping("/campaigns/{id}/stat-templates/{template}")
    String mapping(@PathVariable long id, @PathVariable long template, @AuthenticationPrincipal DubanUser user,
            Model model) {
        model.addAttribute("campaign", campaign(user, id));
        model.addAttribute("template", templates.find(user, template));
        model.addAttribute("rows", templates.rows(user, template));
        model.addAttribute("sources", templates.sources(user));
        return "upstream/mapping";
    }

    @PostMapping("/campaigns/{id}/stat-templates/{template}")
    String saveMapping(@PathVariable long id, @PathVariable long template, @RequestParam MultiValueMap<String, String> form,
            @AuthenticationPrincipal DubanUser user, Model model, HttpServletResponse response, Locale locale) {
        campaign(user, id);
        Map<String, String> chosen = new LinkedHashMap<>();
        form.forEach((name, values) -> {
            if (name.startsWith(CELL) && !values.isEmpty()) {
                chosen.put(name.substring(CELL.length()), values.get(0));
            }
        });
        try {
            templates.saveMapping(user, template, chosen);
        } catch (UserFacingException e) {
            if (e.httpStatus() == 403 || e.httpStatus() == 404) {
                throw e;
            }
            refused(e, model, response, locale);
            return mapping(id, template, user, model);
        }
        return "redirect:/campaigns/" + id + "/stat-templates/" + template + "?saved";
    }

    @PostMapping("/campaigns/{id}/stat-templates/{template}/delete")
    String delete(@PathVariable long id, @PathVariable long template, @AuthenticationPrincipal DubanUser user) {
        campaign(user, id);
        templates.delete(user, template);
        return "redirect:/campaigns/" + id + "/stat-templates?deleted";
    }

    @GetMapping({"/campaigns/{id}/stat-templates/{template}/filled", "/api/v1/campaigns/{id}/stat-templates/{template}/filled"})
    @ResponseBody
    void filled(@PathVariable long id, @PathVariable long template, @AuthenticationPrincipal DubanUser user,
            HttpServletResponse response) throws IOException {
        StatTemplates.Template t = templates.find(user, template);
        byte[] bytes = templates.fill(user, template, id, OffsetDateTime.now(clock));
        org.duban.web.Downloads.start(response, t.xls() ? XLS : XLSX, t.fileName(), "template");
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
    }

    /** The campaign the templates are filled for; who may use them is the service's rule (coordinators only). */
    private Campaign campaign(DubanUser user, long id) {
        return campaigns.find(user.organisationId(), id).orElseThrow(NotFound::new);
    }

    private void refused(UserFacingException e, Model model, HttpServletResponse response, Locale locale) {
        response.setStatus(e.httpStatus());
        model.addAttribute("refused", e.message(messages, locale));
    }
}

package org.duban.summary;

import java.util.List;
import org.duban.campaign.CampaignService;
import org.duban.org.DubanUser;
import org.duban.photo.Photo;
import org.duban.photo.PhotoResponses;
import org.duban.photo.Upload;
import org.duban.web.NotFound;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/** A unit writes and hands in its summary; coordinators and leaders see who has, and read them. */
@Controller
class SummaryController {

    private final SummaryService summaries;
    private final CampaignService campaigns;

    SummaryController(SummaryService summaries, CampaignService campaigns) {
        this.summaries = summaries;
        this.campaigns = campaigns;
    }

    @GetMapping("/campaigns/{id}/summary")
    String own(@PathVariable long id, @AuthenticationPrincipal DubanUser user, Model model) {
        if (user.unitId() == null) {
            throw new NotFound();
        }
        var campaign = campaigns.find(user.organisationId(), id).orElseThrow(NotFound::new);
        model.addAttribute("campaign", campaign);
        model.addAttribute("summary", summaries.find(user, id, user.unitId()).orElse(null));
        model.addAttribute("archived", campaign.archived());
        model.addAttribute("canWrite", user.actsFor(user.unitId()) && !campaign.archived());
        return "summary/edit";
    }

    @PostMapping("/campaigns/{id}/summary")
    String save(@PathVariable long id, @RequestParam(required = false) String body,
            @RequestParam(required = false) String action,
            @RequestParam(name = "photos", required = false) List<MultipartFile> photos,
            @AuthenticationPrincipal DubanUser user) {
        summaries.save(user, id, body, "handIn".equals(action), Upload.from(photos));
        return "redirect:/campaigns/" + id + "/summary?" + ("handIn".equals(action) ? "handedIn" : "saved");
    }

    @GetMapping("/campaigns/{id}/summaries")
    String all(@PathVariable long id, @AuthenticationPrincipal DubanUser user, Model model) {
        model.addAttribute("campaign", campaigns.find(user.organisationId(), id).orElseThrow(NotFound::new));
        model.addAttribute("standings", summaries.standings(user.organisationId(), id));
        return "summary/list";
    }

    @GetMapping("/campaigns/{id}/summaries/{unitId}")
    String one(@PathVariable long id, @PathVariable long unitId, @AuthenticationPrincipal DubanUser user, Model model) {
        model.addAttribute("campaign", campaigns.find(user.organisationId(), id).orElseThrow(NotFound::new));
        model.addAttribute("summary", summaries.find(user, id, unitId).orElseThrow(NotFound::new));
        return "summary/show";
    }

    @PostMapping("/campaigns/{id}/summaries/{unitId}/accept")
    String accept(@PathVariable long id, @PathVariable long unitId, @RequestParam(required = false) String comment,
            @AuthenticationPrincipal DubanUser user) {
        summaries.accept(user, id, unitId, comment);
        return "redirect:/campaigns/" + id + "/summaries?accepted";
    }

    @PostMapping("/campaigns/{id}/summaries/{unitId}/return")
    String giveBack(@PathVariable long id, @PathVariable long unitId, @RequestParam(required = false) String comment,
            @AuthenticationPrincipal DubanUser user) {
        summaries.returnToUnit(user, id, unitId, comment);
        return "redirect:/campaigns/" + id + "/summaries?returned";
    }

    @GetMapping("/campaigns/{id}/summaries/{unitId}/photos/{photoId}/{variant:thumb|display}")
    ResponseEntity<InputStreamResource> photo(@PathVariable long id, @PathVariable long unitId, @PathVariable long photoId,
            @PathVariable String variant, @AuthenticationPrincipal DubanUser user) {
        Photo photo = summaries.photo(user, id, unitId, photoId);
        Photo.Variant v = Photo.Variant.valueOf(variant.toUpperCase());
        return PhotoResponses.of(photo, v, summaries.open(photo, v));
    }
}

package org.duban.rollup;

import java.io.IOException;
import java.util.Locale;
import org.duban.org.DubanUser;
import org.duban.photo.Photo;
import org.duban.photo.PhotoResponses;
import org.duban.photo.PhotoService;
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

/**
 * 上下级: a campaign's link to the one it carries out one level up, and the lower bureaus' campaigns that carry it
 * out, ranked, with a look into each (its matrix; its accepted reports where it shares them).
 */
@Controller
class RollupController {

    private final Rollups rollups;
    private final UpstreamLinks links;
    private final PhotoService photos;
    private final PlanIssues issues;

    RollupController(Rollups rollups, UpstreamLinks links, PhotoService photos, PlanIssues issues) {
        this.rollups = rollups;
        this.links = links;
        this.photos = photos;
        this.issues = issues;
    }

    @GetMapping("/campaigns/{id}/rollup")
    String show(@PathVariable long id, @AuthenticationPrincipal DubanUser user, Model model) {
        Rollups.Rollup rollup = rollups.of(user, id);
        model.addAttribute("r", rollup);
        model.addAttribute("bulletin", Rollups.bulletin(rollup));
        model.addAttribute("upstream", links.upstreamOf(user.organisationId(), id).orElse(null));
        model.addAttribute("candidates", links.candidates(user.organisationId()));
        model.addAttribute("shared", links.shared(user.organisationId(), id));
        model.addAttribute("issues", issues.lowerOf(user, id));
        return "rollup/show";
    }

    /** 下发: the plan to every bureau directly below that has not got it yet. */
    @PostMapping("/campaigns/{id}/issue")
    String issue(@PathVariable long id, @AuthenticationPrincipal DubanUser user) {
        return "redirect:/campaigns/" + id + "/rollup?issued=" + issues.issue(user, id) + "#issue";
    }

    @PostMapping("/campaigns/{id}/upstream")
    String link(@PathVariable long id, @RequestParam(required = false) Long upstreamId,
            @AuthenticationPrincipal DubanUser user) {
        links.link(user, id, upstreamId);
        return "redirect:/campaigns/" + id + "/rollup?linked";
    }

    @PostMapping("/campaigns/{id}/upstream/share")
    String share(@PathVariable long id, @RequestParam(defaultValue = "false") boolean shared,
            @AuthenticationPrincipal DubanUser user) {
        links.share(user, id, shared);
        return "redirect:/campaigns/" + id + "/rollup?saved";
    }

    @GetMapping("/campaigns/{id}/rollup/{lowerId}")
    String lower(@PathVariable long id, @PathVariable long lowerId, @AuthenticationPrincipal DubanUser user,
            Model model) {
        model.addAttribute("campaignId", id);
        model.addAttribute("v", rollups.lower(user, id, lowerId).orElseThrow(NotFound::new));
        model.addAttribute("reports", rollups.sharedReports(user, id, lowerId));
        return "rollup/lower";
    }

    @GetMapping("/campaigns/{id}/rollup/{lowerId}/photos/{photoId}/{variant:thumb|display}")
    ResponseEntity<InputStreamResource> photo(@PathVariable long id, @PathVariable long lowerId,
            @PathVariable long photoId, @PathVariable String variant, @AuthenticationPrincipal DubanUser user)
            throws IOException {
        long owner = rollups.sharedPhotoOwner(user, id, lowerId, photoId).orElseThrow(NotFound::new);
        Photo photo = photos.find(owner, photoId).orElseThrow(NotFound::new);
        Photo.Variant v = Photo.Variant.valueOf(variant.toUpperCase(Locale.ROOT));
        return PhotoResponses.of(photo, v, photos.open(photo, v));
    }
}

package org.duban.backup;

import org.duban.org.DubanUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * 备份 for administrators: a backup made while Duban serves, into {@code duban.backups.folder} (both databases dump a
 * consistent snapshot online). Restoring replaces everything and needs the server stopped: the command line only.
 */
@Controller
class BackupController {

    private final Backups backups;

    BackupController(Backups backups) {
        this.backups = backups;
    }

    @GetMapping("/admin/backup")
    String page(Model model) throws java.io.IOException {
        model.addAttribute("folder", backups.folder().toString());
        model.addAttribute("backups", backups.listed());
        return "backup/page";
    }

    @PostMapping("/admin/backup")
    String backUp(@AuthenticationPrincipal DubanUser user, Model model) throws Exception {
        try {
            Backups.Result made = backups.backUpToFolder(user.id(), user.getUsername());
            model.addAttribute("made", made);
        } catch (BackupRefused e) {
            model.addAttribute("refused", e.getMessage());
        }
        return page(model);
    }
}

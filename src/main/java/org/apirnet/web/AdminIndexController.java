package org.apirnet.web;

import java.util.Comparator;
import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The admins' starting page: every admin page the modules declare. */
@Controller
@PreAuthorize("hasRole('ADMIN')") // besides the /admin/** URL rule: a second fence if a mapping ever moves
class AdminIndexController {

    private final List<AdminMenuItem> items;

    AdminIndexController(List<AdminMenuItem> items) {
        this.items = items.stream().sorted(Comparator.comparingInt(AdminMenuItem::order)).toList();
    }

    @GetMapping("/admin")
    String index(Model model) {
        model.addAttribute("items", items);
        return "admin/index";
    }
}

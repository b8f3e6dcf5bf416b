package org.apirnet.notify;

import java.util.Optional;

import org.apirnet.web.NotFoundException;

import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The admin mail log: what the portal sent, or, with no SMTP server, what it would have sent. Admins only (/admin/**). */
@Controller
class MailLogController {

    static final int PAGE_SIZE = 25;

    /** Keeps the row offset within an int, which is all the database query takes. */
    private static final int LAST_PAGE = Integer.MAX_VALUE / PAGE_SIZE;

    private final OutgoingMailRepository mails;
    private final MailDispatcher dispatcher;

    MailLogController(OutgoingMailRepository mails, MailDispatcher dispatcher) {
        this.mails = mails;
        this.dispatcher = dispatcher;
    }

    /** The page arrives as a plain string: any value, however odd, gets a page rather than an error. */
    @GetMapping("/admin/mail")
    String log(@RequestParam(name = "page", required = false, defaultValue = "1") String page, Model model) {
        model.addAttribute("mails", mails.findLog(PageRequest.of(parsePage(page) - 1, PAGE_SIZE)));
        model.addAttribute("smtpConfigured", dispatcher.smtpConfigured());
        return "notify/mail-log";
    }

    @GetMapping("/admin/mail/{id}")
    String mail(@PathVariable String id, Model model) {
        OutgoingMail mail = parseId(id).flatMap(mails::findById).orElseThrow(() -> new NotFoundException("mail"));
        model.addAttribute("mail", mail);
        model.addAttribute("createdAt", MailTimes.readable(mail.getCreatedAt()));
        model.addAttribute("sentAt", MailTimes.readable(mail.getSentAt()));
        model.addAttribute("nextAttemptAt", MailTimes.readable(mail.getNextAttemptAt()));
        return "notify/mail-detail";
    }

    private static int parsePage(String page) {
        try {
            return Math.min(Math.max(1, Integer.parseInt(page.strip())), LAST_PAGE);
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    private static Optional<Long> parseId(String id) {
        try {
            return Optional.of(Long.parseLong(id)).filter(value -> value > 0);
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}

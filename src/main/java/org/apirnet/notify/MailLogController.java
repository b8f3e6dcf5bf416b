package org.apirnet.notify;


import org.apirnet.web.NotFoundException;
import org.apirnet.web.RequestValues;

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


    private final OutgoingMailRepository mails;
    private final MailDispatcher dispatcher;

    MailLogController(OutgoingMailRepository mails, MailDispatcher dispatcher) {
        this.mails = mails;
        this.dispatcher = dispatcher;
    }

    /** The page arrives as a plain string: any value, however odd, gets a page rather than an error. */
    @GetMapping("/admin/mail")
    String log(@RequestParam(name = "page", required = false, defaultValue = "1") String page, Model model) {
        model.addAttribute("mails", mails.findLog(PageRequest.of(RequestValues.pageIndex(page), PAGE_SIZE)));
        model.addAttribute("smtpConfigured", dispatcher.smtpConfigured());
        return "notify/mail-log";
    }

    @GetMapping("/admin/mail/{id}")
    String mail(@PathVariable String id, Model model) {
        OutgoingMail mail = RequestValues.id(id).flatMap(mails::findById).orElseThrow(() -> new NotFoundException("mail"));
        model.addAttribute("mail", mail);
        model.addAttribute("createdAt", MailTimes.readable(mail.getCreatedAt()));
        model.addAttribute("sentAt", MailTimes.readable(mail.getSentAt()));
        model.addAttribute("nextAttemptAt", MailTimes.readable(mail.getNextAttemptAt()));
        return "notify/mail-detail";
    }


}

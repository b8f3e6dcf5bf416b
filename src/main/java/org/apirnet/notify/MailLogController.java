package org.apirnet.notify;

import org.apirnet.web.NotFoundException;
import org.apirnet.web.RequestValues;

import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The admin mail log: what the portal sent, or, with no SMTP server, what it would have sent. Admins only (/admin/**). */
@Controller
@PreAuthorize("hasRole('ADMIN')") // besides the /admin/** URL rule: a second fence if a mapping ever moves
class MailLogController {

    static final int PAGE_SIZE = 25;

    private final OutgoingMailRepository mails;
    private final MailDispatcher dispatcher;
    private final MailOutbox outbox;
    private final MailProperties properties;

    MailLogController(OutgoingMailRepository mails, MailDispatcher dispatcher, MailOutbox outbox, MailProperties properties) {
        this.properties = properties;
        this.mails = mails;
        this.dispatcher = dispatcher;
        this.outbox = outbox;
    }

    /** The page arrives as a plain string: any value, however odd, gets a page rather than an error. */
    @GetMapping("/admin/mail")
    String log(@RequestParam(name = "page", required = false, defaultValue = "1") String page,
               @RequestParam(name = "to", required = false) String to, Model model) {
        PageRequest request = PageRequest.of(RequestValues.pageIndex(page), PAGE_SIZE);
        String recipient = to == null || to.isBlank() ? null : to.strip().toLowerCase(java.util.Locale.ROOT);
        if (recipient != null && recipient.length() > 254) {
            recipient = recipient.substring(0, 254);
        }
        model.addAttribute("to", recipient == null ? "" : recipient);
        model.addAttribute("mails", recipient == null ? mails.findLog(request)
                : mails.findLogTo("%" + recipient.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%", request));
        model.addAttribute("smtpConfigured", dispatcher.smtpConfigured());
        model.addAttribute("pending", dispatcher.countPending());
        MailProperties.Retry retry = properties.retry();
        model.addAttribute("retryFirst", MailTimes.readable(retry.firstDelay()));
        model.addAttribute("retryMax", MailTimes.readable(retry.maxDelay()));
        model.addAttribute("giveUpAfter", MailTimes.readable(retry.giveUpAfter()));
        return "notify/mail-log";
    }

    /** After an outage: every retry that is waiting goes out now instead of at its back-off time. */
    @PostMapping("/admin/mail/send-waiting")
    String sendWaitingNow(RedirectAttributes redirect) {
        int waiting = dispatcher.makeWaitingMailDue();
        outbox.sweepSoon();
        redirect.addFlashAttribute("notice", "mailLog.sendWaiting.done");
        redirect.addFlashAttribute("noticeArgument", waiting);
        return "redirect:/admin/mail";
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

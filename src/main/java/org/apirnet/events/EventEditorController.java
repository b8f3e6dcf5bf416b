package org.apirnet.events;

import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import org.apirnet.content.ContentStatus;
import org.apirnet.content.RejectForm;
import org.apirnet.web.AdminMenuItem;
import org.apirnet.web.NotFoundException;
import org.apirnet.web.PortalPrincipal;
import org.apirnet.web.RequestValues;
import org.apirnet.web.RouteRules;

import org.springframework.context.annotation.Bean;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Editors publishing, editing, cancelling and archiving events, and deciding members' submissions. */
@Controller
@PreAuthorize("hasRole('EDITOR')")
class EventEditorController {

    static final int SUBMISSIONS_SHOWN = 50;

    private final EventService events;
    private final EventFormPage formPage;

    EventEditorController(EventService events, EventFormPage formPage) {
        this.events = events;
        this.formPage = formPage;
    }

    @GetMapping("/events/new")
    String newEvent(Model model) {
        return formPage.show(model, EventForm.empty(), EventFormPage.Mode.CREATE, null);
    }

    /** Editors publish directly (or keep a draft). */
    @PostMapping("/events/new")
    String create(@Valid @ModelAttribute("form") EventForm form, BindingResult errors,
                  @RequestParam(name = "action", required = false) String action,
                  @AuthenticationPrincipal PortalPrincipal editor, Model model, RedirectAttributes redirect) {
        ContentStatus status = "draft".equals(action) ? ContentStatus.DRAFT : ContentStatus.PUBLISHED;
        Long id = formPage.save(form, errors, null, status, editor.getAccountId());
        if (id == null) {
            return formPage.show(model, form, EventFormPage.Mode.CREATE, null);
        }
        redirect.addFlashAttribute("notice", status == ContentStatus.DRAFT ? "events.saved.draft" : "events.saved.published");
        return "redirect:/events/" + id;
    }

    @GetMapping("/events/{id}/edit")
    String edit(@PathVariable String id, Model model) {
        Event event = existing(id);
        return formPage.show(model, EventForm.of(event), EventFormPage.Mode.EDIT, event);
    }

    @PostMapping("/events/{id}/edit")
    String update(@PathVariable String id, @Valid @ModelAttribute("form") EventForm form, BindingResult errors,
                  @AuthenticationPrincipal PortalPrincipal editor, Model model, RedirectAttributes redirect) {
        Event event = existing(id);
        Long saved = formPage.save(form, errors, event, null, editor.getAccountId());
        if (saved == null) {
            return formPage.show(model, form, EventFormPage.Mode.EDIT, event);
        }
        redirect.addFlashAttribute("notice", "events.saved.changes");
        return "redirect:/events/" + saved;
    }

    /** Publishing a draft, or approving a submission (then back to the queue). */
    @PostMapping("/events/{id}/publish")
    String publish(@PathVariable String id, @RequestParam(name = "from", required = false) String from,
                   @AuthenticationPrincipal PortalPrincipal editor, RedirectAttributes redirect) {
        long eventId = existing(id).getId();
        boolean published = events.publish(eventId, editor.getAccountId());
        redirect.addFlashAttribute("notice", published ? "events.published" : "events.unchanged");
        return "submissions".equals(from) ? "redirect:/events/submissions" : "redirect:/events/" + eventId;
    }

    /** Cancelling keeps the event listed, marked cancelled, and tells subscribed calendars. */
    @PostMapping("/events/{id}/cancel")
    String cancel(@PathVariable String id, @AuthenticationPrincipal PortalPrincipal editor, RedirectAttributes redirect) {
        long eventId = existing(id).getId();
        redirect.addFlashAttribute("notice", events.cancel(eventId, editor.getAccountId()) ? "events.cancelled" : "events.unchanged");
        return "redirect:/events/" + eventId;
    }

    @PostMapping("/events/{id}/archive")
    String archive(@PathVariable String id, @AuthenticationPrincipal PortalPrincipal editor, RedirectAttributes redirect) {
        long eventId = existing(id).getId();
        redirect.addFlashAttribute("notice", events.archive(eventId, editor.getAccountId()) ? "events.archived" : "events.unchanged");
        return "redirect:/events/" + eventId;
    }

    @GetMapping("/events/submissions")
    String submissions(Model model) {
        List<Event> pending = events.pending(SUBMISSIONS_SHOWN);
        Map<Long, String> names = events.names(pending.stream().map(Event::getCreatedBy).toList());
        model.addAttribute("submissions", pending.stream().map(event -> new Submission(event.getId(), event.getTitle(),
                event.getSummary(), names.getOrDefault(event.getCreatedBy(), "\u2013"),
                EventViews.when(event.getStartsAt(), event.getEndsAt(), java.time.ZoneId.of(event.getTimeZone())),
                event.getTimeZone())).toList());
        model.addAttribute("waiting", events.countPending());
        if (!model.containsAttribute("rejectForm")) {
            model.addAttribute("rejectForm", RejectForm.empty());
        }
        return "events/submissions";
    }

    /** A submission as the queue shows it. */
    public record Submission(long id, String title, String summary, String submittedBy, String when, String zone) {
    }

    @PostMapping("/events/{id}/reject")
    String reject(@PathVariable String id, @Valid @ModelAttribute("rejectForm") RejectForm form, BindingResult errors,
                  @AuthenticationPrincipal PortalPrincipal editor, Model model, RedirectAttributes redirect) {
        long eventId = existing(id).getId();
        if (errors.hasErrors()) {
            model.addAttribute("rejectingId", eventId);
            return submissions(model);
        }
        redirect.addFlashAttribute("notice", events.reject(eventId, editor.getAccountId(), form.reason())
                ? "events.rejected" : "events.unchanged");
        return "redirect:/events/submissions";
    }

    private Event existing(String id) {
        return events.find(RequestValues.requiredId(id)).orElseThrow(() -> new NotFoundException("event"));
    }

    @Bean
    static RouteRules eventRoutes() {
        return routes -> routes
                .requestMatchers("/events/new", "/events/submissions", "/events/*/edit", "/events/*/publish",
                        "/events/*/cancel", "/events/*/archive", "/events/*/reject").hasRole("EDITOR")
                .requestMatchers("/events/submit").hasRole("MEMBER");
    }

    @Bean
    static AdminMenuItem eventsAdmin() {
        return new AdminMenuItem("/events/submissions", "events.admin.submissions", "events.admin.submissions.description", 35);
    }
}

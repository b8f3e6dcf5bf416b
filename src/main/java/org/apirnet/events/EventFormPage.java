package org.apirnet.events;

import java.util.List;
import java.util.Optional;

import org.apirnet.content.ContentStatus;
import org.apirnet.content.ContentTags;
import org.apirnet.content.Languages;
import org.apirnet.platform.LocalTimes;
import org.apirnet.taxonomy.Taxonomy;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;

/** The event form as editors and members see it, and saving it once every field has been checked. */
@Component
class EventFormPage {

    enum Mode { CREATE, EDIT, SUBMIT }

    private final EventService events;
    private final Taxonomy taxonomy;
    private final ContentTags tags;

    EventFormPage(EventService events, Taxonomy taxonomy, ContentTags tags) {
        this.events = events;
        this.taxonomy = taxonomy;
        this.tags = tags;
    }

    String show(Model model, EventForm form, Mode mode, Event existing) {
        model.addAttribute("form", form);
        model.addAttribute("mode", mode.name());
        model.addAttribute("eventId", existing == null ? null : existing.getId());
        model.addAttribute("types", List.of(EventType.values()).stream().map(t -> new Option(t.slug(), "events.type." + t.name())).toList());
        model.addAttribute("themes", taxonomy.themes());
        model.addAttribute("countriesBySubregion", taxonomy.countriesBySubregion());
        model.addAttribute("languages", Languages.BY_CODE);
        model.addAttribute("projectChoices", tags.projectChoices(existing == null ? null : existing.getProjectId()));
        model.addAttribute("zones", LocalTimes.REGION_ZONES);
        return "events/form";
    }

    /** A choice of a select: its value and the message key of its label. */
    public record Option(String value, String labelKey) {
    }

    /** Saves a checked form (creating with {@code status}, or editing {@code existing}); null when it has errors. */
    Long save(EventForm form, BindingResult errors, Event existing, ContentStatus status, long actorId) {
        Optional<EventType> type = events.check(form, existing == null ? null : existing.getProjectId(), errors);
        if (errors.hasErrors() || type.isEmpty()) {
            return null;
        }
        Event.Content content = form.toContent(type.get());
        if (existing == null) {
            return events.create(content, status, actorId);
        }
        events.update(existing.getId(), content, actorId);
        return existing.getId();
    }

}

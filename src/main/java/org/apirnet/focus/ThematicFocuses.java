package org.apirnet.focus;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.apirnet.content.AuditEntry;
import org.apirnet.content.AuditTrail;
import org.apirnet.content.ContentReferences;
import org.apirnet.content.IndexedKind;
import org.apirnet.platform.ChangeAwareCache;
import org.apirnet.platform.DataChanges;
import org.apirnet.platform.RichText;
import org.apirnet.taxonomy.Taxonomy;
import org.apirnet.taxonomy.Theme;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.BindingResult;

/**
 * The focuses admins plan, and the one featured today. A focus's items are checked when it is saved (each must be a
 * published item of some kind) and looked up again in the search index when shown, so an item withdrawn meanwhile
 * simply drops out, and a members-only one is shown to members only.
 */
@Service
class ThematicFocuses {

    /** What the home page shows: the featured theme, why, and the picked items this viewer may see. */
    public record Featured(String themeName, String themeSlug, String headline, String introductionHtml, LocalDate endsOn,
                           List<Item> items) {
    }

    public record Item(String title, String path, String kindLabelKey) {
    }

    /** The featured focus of a day, for one audience, and when that answer changes by itself (the next day it differs). */
    record Today(Optional<Featured> featured, Instant changesAt) {
    }

    private record Key(LocalDate day, boolean member) {
    }

    private final FocusRepository focuses;
    private final Taxonomy taxonomy;
    private final ContentReferences references;
    private final List<IndexedKind> kinds;
    private final RichText richText;
    private final AuditTrail audit;
    private final FocusProperties properties;
    private final Clock clock;
    private final ChangeAwareCache<Key, Today> today;

    ThematicFocuses(FocusRepository focuses, Taxonomy taxonomy, ContentReferences references, List<IndexedKind> kinds,
                    RichText richText, AuditTrail audit, FocusProperties properties, Clock clock, DataChanges changes) {
        this.focuses = focuses;
        this.taxonomy = taxonomy;
        this.references = references;
        this.kinds = kinds;
        this.richText = richText;
        this.audit = audit;
        this.properties = properties;
        this.clock = clock;
        this.today = new ChangeAwareCache<>(changes, 16, Duration.ofMinutes(10));
    }

    LocalDate today() {
        return LocalDate.now(clock.withZone(properties.zone()));
    }

    /** Today's focus for this audience; answered from memory until something changes. */
    Today featuredToday(boolean viewerIsMember) {
        return today.get(new Key(today(), viewerIsMember), this::featured);
    }

    /** Called by the cache on this bean itself (no proxy): each repository call runs in a read-only transaction of its own. */
    private Today featured(Key key) {
        List<ThematicFocus> coming = focuses.fromDay(key.day());
        Optional<ThematicFocus> current = coming.stream().filter(f -> f.runsOn(key.day())).findFirst();
        LocalDate nextChange = current.map(f -> f.getEndsOn().plusDays(1))
                .or(() -> coming.stream().map(ThematicFocus::getStartsOn).filter(d -> d.isAfter(key.day())).findFirst())
                .orElse(key.day().plusDays(1));
        Instant changesAt = nextChange.atStartOfDay(properties.zone()).toInstant();
        return new Today(current.flatMap(focus -> Optional.ofNullable(taxonomy.themesById().get(focus.getThemeId()))
                        .map(theme -> new Featured(theme.getName(), theme.getSlug(), focus.getHeadline(), focus.getIntroductionHtml(),
                                focus.getEndsOn(), items(focus.getItems(), key.member())))),
                changesAt);
    }

    /** The picked items still published and visible to this audience, in the admin's order; one index query per kind. */
    private List<Item> items(List<FocusItem> picked, boolean viewerIsMember) {
        Map<String, List<Long>> idsByKind = picked.stream().collect(Collectors.groupingBy(FocusItem::getKind, LinkedHashMap::new,
                Collectors.mapping(FocusItem::getItemId, Collectors.toList())));
        Map<String, Map<Long, ContentReferences.Reference>> found = new LinkedHashMap<>();
        idsByKind.forEach((kind, ids) -> found.put(kind, kindOf(kind).isPresent() ? references.published(kind, ids) : Map.of()));
        List<Item> items = new ArrayList<>();
        for (FocusItem item : picked) {
            ContentReferences.Reference reference = found.getOrDefault(item.getKind(), Map.of()).get(item.getItemId());
            if (reference != null && reference.isVisibleTo(viewerIsMember)) {
                items.add(new Item(reference.title(), reference.path(), kindOf(item.getKind()).map(IndexedKind::labelKey).orElse("")));
            }
        }
        return items;
    }

    private Optional<IndexedKind> kindOf(String key) {
        return kinds.stream().filter(kind -> kind.key().equals(key)).findFirst();
    }

    @Transactional(readOnly = true)
    List<ThematicFocus> all() {
        return focuses.findAllByOrderByStartsOnDesc();
    }

    @Transactional(readOnly = true)
    Optional<ThematicFocus> find(long id) {
        return focuses.findById(id);
    }

    /** The items of a focus as the form shows them: their addresses, one per line. */
    List<String> addresses(ThematicFocus focus) {
        return focus.getItems().stream().map(item -> kindOf(item.getKind()).map(kind -> kind.pathOf(item.getItemId()))
                .orElse(item.getKind() + ":" + item.getItemId())).toList();
    }

    List<AuditEntry> history(long id) {
        return audit.history(ThematicFocus.AUDIT_KIND, id);
    }

    /**
     * Saves a new focus ({@code id} null) or changes one, if the form holds up; otherwise says why on its fields and
     * returns empty. Periods may not overlap: the home page features one theme at a time.
     */
    @Transactional
    Optional<Long> save(Long id, FocusForm form, BindingResult errors, long adminId) {
        Optional<Theme> theme = form.theme() == null ? Optional.empty() : taxonomy.theme(form.theme().strip());
        if (!errors.hasFieldErrors("theme") && theme.isEmpty()) {
            errors.rejectValue("theme", "focus.theme.unknown");
        }
        LocalDate startsOn = day(form.startsOn(), "startsOn", errors);
        LocalDate endsOn = day(form.endsOn(), "endsOn", errors);
        if (startsOn != null && endsOn != null) {
            if (endsOn.isBefore(startsOn)) {
                errors.rejectValue("endsOn", "focus.endsOn.beforeStart");
            } else if (startsOn.plusYears(1).isBefore(endsOn)) {
                errors.rejectValue("endsOn", "focus.endsOn.tooLong");
            } else {
                focuses.fromDay(startsOn).stream()
                        .filter(other -> !other.getId().equals(id) && other.overlaps(startsOn, endsOn)).findFirst()
                        .ifPresent(other -> errors.rejectValue("startsOn", "focus.period.overlaps",
                                new Object[] {other.getHeadline(), other.getStartsOn().toString(), other.getEndsOn().toString()}, null));
            }
        }
        List<FocusItem> items = items(form.items(), errors);
        ThematicFocus focus = id == null ? new ThematicFocus(adminId) : focuses.findById(id).orElseThrow();
        if (id != null && !Integer.toString(focus.getVersion()).equals(form.version())) {
            errors.reject("focus.stale");
        }
        if (errors.hasErrors()) {
            return Optional.empty();
        }
        String introduction = form.introduction().strip();
        focus.describe(new ThematicFocus.Content(theme.orElseThrow().getId(), form.headline().strip(), introduction,
                richText.toSafeHtml(introduction), startsOn, endsOn, items), adminId, clock.instant());
        ThematicFocus saved = focuses.save(focus);
        audit.record(ThematicFocus.AUDIT_KIND, saved.getId(), adminId, id == null ? "CREATED" : "CHANGED",
                theme.get().getName() + ", " + startsOn + " to " + endsOn + ", " + items.size() + " items");
        return Optional.of(saved.getId());
    }

    @Transactional
    boolean delete(long id, long adminId) {
        Optional<ThematicFocus> focus = focuses.findById(id);
        focus.ifPresent(f -> {
            focuses.delete(f);
            audit.record(ThematicFocus.AUDIT_KIND, id, adminId, "DELETED", f.getHeadline());
        });
        return focus.isPresent();
    }

    private static LocalDate day(String typed, String field, BindingResult errors) {
        if (typed == null || typed.isBlank()) {
            errors.rejectValue(field, "focus.day.missing");
            return null;
        }
        try {
            return LocalDate.parse(typed.strip());
        } catch (DateTimeParseException e) {
            errors.rejectValue(field, "focus.day.format");
            return null;
        }
    }

    /** The typed addresses as items: each must be the page of a published item of some kind. */
    private List<FocusItem> items(String typed, BindingResult errors) {
        List<String> lines = typed == null ? List.of() : typed.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
        if (lines.size() > properties.maxItems()) {
            errors.rejectValue("items", "focus.items.tooMany", new Object[] {properties.maxItems()}, null);
            return List.of();
        }
        List<FocusItem> items = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        for (String line : lines) {
            // A bare id names no kind: only an address says which item is meant.
            Optional<FocusItem> item = line.chars().allMatch(Character::isDigit) ? Optional.empty() : kinds.stream()
                    .flatMap(kind -> references.idIn(kind.key(), line).map(itemId -> new FocusItem(kind.key(), itemId)).stream())
                    .findFirst()
                    .filter(candidate -> references.published(candidate.getKind(), List.of(candidate.getItemId())).containsKey(candidate.getItemId()));
            item.ifPresentOrElse(items::add, () -> unknown.add(line.length() > 80 ? line.substring(0, 80) + "\u2026" : line));
        }
        if (!unknown.isEmpty()) {
            errors.rejectValue("items", "focus.items.unknown", new Object[] {String.join(", ", unknown)}, null);
        }
        if (items.stream().map(i -> i.getKind() + i.getItemId()).distinct().count() < items.size()) {
            errors.rejectValue("items", "focus.items.twice");
        }
        return items;
    }
}

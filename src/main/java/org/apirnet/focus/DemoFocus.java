package org.apirnet.focus;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.apirnet.content.ContentIndex;
import org.apirnet.content.ContentStatus;
import org.apirnet.content.IndexSearch;
import org.apirnet.content.IndexedKind;
import org.apirnet.content.Visibility;
import org.apirnet.identity.MemberContacts;
import org.apirnet.taxonomy.Taxonomy;
import org.apirnet.taxonomy.Theme;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.validation.BeanPropertyBindingResult;

/**
 * Demo content: social dialogue in focus this month and the next, with the newest public item of each kind on that
 * theme (after the other demo content exists). Only in a portal that has never had a focus.
 */
@Component
@Profile("demo")
@Order(40)
class DemoFocus implements ApplicationRunner {

    private static final String THEME = "social-dialogue";

    private final ThematicFocuses focuses;
    private final FocusRepository repository;
    private final Taxonomy taxonomy;
    private final IndexSearch index;
    private final List<IndexedKind> kinds;
    private final MemberContacts contacts;

    DemoFocus(ThematicFocuses focuses, FocusRepository repository, Taxonomy taxonomy, IndexSearch index, List<IndexedKind> kinds,
              MemberContacts contacts) {
        this.focuses = focuses;
        this.repository = repository;
        this.taxonomy = taxonomy;
        this.index = index;
        this.kinds = kinds;
        this.contacts = contacts;
    }

    @Override
    public void run(ApplicationArguments args) {
        Long admin = contacts.accountIdOf("admin@demo.apirnet.org").orElse(null);
        Theme theme = taxonomy.theme(THEME).orElse(null);
        if (admin == null || theme == null || repository.count() > 0) {
            return;
        }
        List<String> items = new ArrayList<>();
        for (String kind : List.of("news", "discussion", "resource", "event")) {
            kinds.stream().filter(k -> k.key().equals(kind)).findFirst().flatMap(k -> newestOn(k, theme.getId())).ifPresent(items::add);
        }
        LocalDate today = focuses.today();
        FocusForm form = new FocusForm(THEME, "Social dialogue for the platform economy",
                "Platform work is growing across the region faster than the rules that cover it. This season AP-IRNet "
                        + "gathers what ministries, unions and employers have tried: **which forums work, who sits at the table, "
                        + "and what they agreed.** (Sample content.)",
                today.withDayOfMonth(1).toString(), today.plusMonths(1).withDayOfMonth(today.plusMonths(1).lengthOfMonth()).toString(),
                String.join("\n", items), "");
        focuses.save(null, form, new BeanPropertyBindingResult(form, "form"), admin);
    }

    /** The page of the newest public, published item of a kind on this theme, as an admin would paste it. */
    private java.util.Optional<String> newestOn(IndexedKind kind, short themeId) {
        List<Long> ids = index.query(session -> session.search(kind.entityType())
                .select(f -> f.id(Long.class))
                .where(f -> f.bool()
                        .filter(f.match().field(ContentIndex.STATUS).matching(ContentStatus.PUBLISHED))
                        .filter(f.match().field(ContentIndex.VISIBILITY).matching(Visibility.PUBLIC))
                        .filter(ContentIndex.taggedWithAnyTheme(f, List.of(themeId))))
                .sort(f -> f.field(ContentIndex.UPDATED).desc())
                .fetchHits(1));
        return ids.stream().findFirst().map(kind::pathOf);
    }
}

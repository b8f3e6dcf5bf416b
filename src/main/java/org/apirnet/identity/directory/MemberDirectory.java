package org.apirnet.identity.directory;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Predicate;

import org.apirnet.identity.accounts.Account;
import org.apirnet.identity.accounts.AccountRepository;
import org.apirnet.identity.accounts.AccountStatus;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Finding members: the members-only directory and the admins' account list share one query builder. */
@Service
@Transactional(readOnly = true)
class MemberDirectory {

    static final int PAGE_SIZE = 25;

    /**
     * Filters; each may be null. Text matches name or organization, ignoring case and accents, and the e-mail address only
     * when {@code matchEmail} (admins): members must not be able to probe each other's addresses.
     */
    record Criteria(String text, String countryIso2, Short groupId, Short themeId, AccountStatus status, boolean matchEmail) {
    }

    private final AccountRepository accounts;

    MemberDirectory(AccountRepository accounts) {
        this.accounts = accounts;
    }

    Page<Account> search(Criteria criteria, int page) {
        return accounts.findAll(matching(criteria),
                PageRequest.of(Math.max(0, page), PAGE_SIZE, Sort.by("displayName").and(Sort.by("id"))));
    }

    private static Specification<Account> matching(Criteria criteria) {
        return (root, query, cb) -> {
            List<Predicate> where = new ArrayList<>();
            if (criteria.status() != null) {
                where.add(cb.equal(root.get("status"), criteria.status()));
            }
            if (criteria.text() != null && !criteria.text().isBlank()) {
                String pattern = "%" + escapeLike(criteria.text().strip().toLowerCase(Locale.ROOT)) + "%";
                Expression<String> folded = folded(cb, cb.literal(pattern));
                List<Predicate> anyOf = new ArrayList<>(List.of(
                        cb.like(folded(cb, root.get("displayName")), folded, '\\'),
                        cb.like(folded(cb, root.get("organization")), folded, '\\')));
                if (criteria.matchEmail()) {
                    anyOf.add(cb.like(root.get("email"), pattern, '\\'));
                }
                where.add(cb.or(anyOf.toArray(Predicate[]::new)));
            }
            if (criteria.countryIso2() != null) {
                where.add(cb.equal(root.get("countryIso2"), criteria.countryIso2()));
            }
            if (criteria.groupId() != null) {
                where.add(cb.equal(root.get("constituencyGroupId"), criteria.groupId()));
            }
            if (criteria.themeId() != null) {
                where.add(cb.isMember(criteria.themeId(), root.<java.util.Collection<Short>>get("themeIds")));
            }
            return cb.and(where.toArray(Predicate[]::new));
        };
    }

    /** Lower case without accents, by PostgreSQL's unaccent: "Nguyễn" and "NGUYEN" both become "nguyen". */
    private static Expression<String> folded(jakarta.persistence.criteria.CriteriaBuilder cb, Expression<String> text) {
        return cb.lower(cb.function("unaccent", String.class, text));
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}

package org.apirnet.identity.directory;

import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.apirnet.identity.accounts.AccountRepository;
import org.apirnet.taxonomy.ConstituencyGroup;
import org.apirnet.taxonomy.Country;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Who the members are: by constituency group against the concept note's targets, by country, by month joined. */
@Service
class CompositionReport {

    record Row(String label, long members, Integer target) {

        /** Share of the target reached, for the chart; null when there is no target. */
        public Integer percentOfTarget() {
            return target == null || target == 0 ? null : (int) Math.round(100.0 * members / target);
        }
    }

    record Composition(long totalMembers, int totalTarget, List<Row> byGroup, List<Row> byCountry, List<Row> byMonth) {

        /** The chart's scale: the largest of any count or target, so bars and target marks share one axis. */
        public long scale() {
            return Math.max(1, byGroup.stream().mapToLong(row -> Math.max(row.members(), row.target() == null ? 0 : row.target()))
                    .max().orElse(1));
        }
    }

    static final String OUTSIDE_THE_REGION = "Outside Asia and the Pacific";
    static final String NOT_STATED = "Not stated";

    private final AccountRepository accounts;
    private final ProfileReferences references;

    CompositionReport(AccountRepository accounts, ProfileReferences references) {
        this.accounts = accounts;
        this.references = references;
    }

    @Transactional(readOnly = true)
    Composition compose() {
        List<AccountRepository.CompositionRow> members = accounts.compositionRows();

        Map<Short, Long> perGroup = members.stream().filter(m -> m.constituencyGroupId() != null)
                .collect(Collectors.groupingBy(AccountRepository.CompositionRow::constituencyGroupId, Collectors.counting()));
        List<Row> byGroup = new ArrayList<>();
        for (ConstituencyGroup group : references.constituencyGroups()) {
            byGroup.add(new Row(group.getName(), perGroup.getOrDefault(group.getId(), 0L), group.getMembershipTarget().orElse(null)));
        }
        long noGroup = members.stream().filter(m -> m.constituencyGroupId() == null).count();
        if (noGroup > 0) {
            byGroup.add(new Row(NOT_STATED, noGroup, null));
        }

        Map<String, Country> countries = references.countriesByIso2();
        Map<String, Long> perCountry = members.stream().collect(Collectors.groupingBy(
                m -> m.countryIso2() == null ? NOT_STATED
                        : countries.containsKey(m.countryIso2()) ? countries.get(m.countryIso2()).getName() : OUTSIDE_THE_REGION,
                Collectors.counting()));
        List<Row> byCountry = perCountry.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .map(entry -> new Row(entry.getKey(), entry.getValue(), null)).toList();

        TreeMap<YearMonth, Long> perMonth = members.stream().map(AccountRepository.CompositionRow::joinedAt).filter(Objects::nonNull)
                .collect(Collectors.groupingBy(joined -> YearMonth.from(joined.atZone(ZoneOffset.UTC)), TreeMap::new, Collectors.counting()));
        List<Row> byMonth = new ArrayList<>();
        if (!perMonth.isEmpty()) {
            for (YearMonth month = perMonth.firstKey(); !month.isAfter(perMonth.lastKey()); month = month.plusMonths(1)) {
                byMonth.add(new Row(month.toString(), perMonth.getOrDefault(month, 0L), null));
            }
        }
        int totalTarget = references.constituencyGroups().stream().mapToInt(g -> g.getMembershipTarget().orElse(0)).sum();
        return new Composition(members.size(), totalTarget, byGroup, byCountry, byMonth);
    }

    /** The same figures as CSV, one row per figure. Cells that a spreadsheet would run as a formula are defused. */
    String toCsv(Composition composition) {
        StringBuilder csv = new StringBuilder("section,label,members,target\r\n");
        Function<Integer, String> target = value -> value == null ? "" : value.toString();
        for (Row row : composition.byGroup()) {
            csv.append(line("constituency group", row.label(), row.members(), target.apply(row.target())));
        }
        for (Row row : composition.byCountry()) {
            csv.append(line("country", row.label(), row.members(), ""));
        }
        for (Row row : composition.byMonth()) {
            csv.append(line("month joined", row.label(), row.members(), ""));
        }
        return csv.toString();
    }

    private static String line(String section, String label, long members, String target) {
        return cell(section) + "," + cell(label) + "," + members + "," + target + "\r\n";
    }

    static String cell(String value) {
        String safe = !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        return safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")
                ? "\"" + safe.replace("\"", "\"\"") + "\"" : safe;
    }

}

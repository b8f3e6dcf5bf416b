package org.apirnet.benchmarks;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.StringJoiner;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.apirnet.taxonomy.Subregion;

/**
 * The site search answered by PostgreSQL's own full-text search, for bench/search-benchmark.sh to measure beside the
 * portal's {@code /search} on the same data: a {@code tsvector} per resource with a GIN index, queried with
 * {@code websearch_to_tsquery('english', q)} (every word required, "phrases", -exclusion), ranked with
 * {@code ts_rank}, hits shown with a {@code ts_headline} snippet. It answers {@code GET /search?q=&theme=&country=&page=}
 * like the portal, as a signed-in member sees it (published resources, public and members-only), with the total and
 * the facet counts (theme, country, subregion, resource type, language, year) of the whole match set, each computed in
 * SQL; {@code GET /health} answers once it is ready.
 * <p>
 * On its first start it builds what it searches, in a schema of its own ({@value #SCHEMA}; the portal's tables and
 * Flyway history are only read), and prints how long that took. The build is kept and reused while the portal's data
 * stays the same (a fingerprint of the resource tables is stored with it); otherwise, or with {@code --rebuild}, the
 * schema is dropped and built again.
 * <p>
 * The database is the dataset's embedded cluster, started here while the portal is stopped ({@link DatasetCluster}),
 * or any PostgreSQL holding the portal's tables with {@code --jdbc-url=} (and {@code --user=}, {@code --password=}).
 * <p>
 * Options: {@code --data-dir=target/bench-data --port=18081 --threads=16 --pool=8 --rebuild}.
 */
public final class PostgresSearchBaseline {

    static final String SCHEMA = "bench_baseline";
    static final int PAGE_SIZE = 20;
    /** Like the portal's RequestValues: past this a page number is nonsense. */
    private static final int LAST_PAGE_INDEX = 10_000;
    private static final int MAX_QUERY_LENGTH = 500;
    /** Changes whenever the table below changes, so that an older build is not reused. */
    private static final String BUILD_VERSION = "1";

    // ts_headline marks the matched words with these (private-use characters, which no text contains); the snippet is
    // HTML-escaped first and they become <mark> afterwards, so document text can never inject markup.
    private static final char START_MATCH = '\uE000';
    private static final char STOP_MATCH = '\uE001';

    private record Theme(short id, String slug, String name) {
    }

    private record Country(String iso2, String name) {
    }

    /** A request, validated: words as typed (trimmed), the filters (null: none), the zero-based page. */
    private record Request(String words, Theme theme, Country country, int pageIndex) {
    }

    private record Hit(long id, String title, LocalDate date, List<Short> themeIds, List<String> countryCodes, String snippet) {
    }

    /** Facet name → value → count, values in the order they are shown. */
    private record Answer(long total, Map<String, Map<String, Long>> facets, List<Hit> hits) {
    }

    private final HikariDataSource pool;
    private final Map<Short, Theme> themesById = new LinkedHashMap<>();
    private final Map<String, Theme> themesBySlug = new HashMap<>();
    private final Map<String, Country> countries = new LinkedHashMap<>();
    private final Map<Short, String> types = new LinkedHashMap<>();

    private PostgresSearchBaseline(HikariDataSource pool) {
        this.pool = pool;
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new LinkedHashMap<>();
        for (String arg : args) {
            String[] pair = arg.replaceFirst("^--", "").split("=", 2);
            options.put(pair[0], pair.length > 1 ? pair[1] : "true");
        }
        quietLogging();
        int port = Integer.parseInt(options.getOrDefault("port", "18081"));
        int threads = Integer.parseInt(options.getOrDefault("threads", "16"));
        int poolSize = Integer.parseInt(options.getOrDefault("pool", "8"));

        // What runs is stopped at exit in reverse order, also when the build fails: the embedded server must not outlive
        // this JVM (it would hold the cluster, and the portal's next start would have to stop it).
        Deque<AutoCloseable> running = new ConcurrentLinkedDeque<>();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            for (AutoCloseable resource; (resource = running.pollFirst()) != null; ) {
                try {
                    resource.close();
                } catch (Exception e) {
                    System.err.println("[baseline] Stopping " + resource + ": " + e);
                }
            }
            log("Stopped");
        }, "baseline-shutdown"));

        HikariConfig config = new HikariConfig();
        if (options.containsKey("jdbc-url")) {
            config.setJdbcUrl(options.get("jdbc-url"));
            config.setUsername(options.getOrDefault("user", "postgres"));
            config.setPassword(options.get("password"));
        } else {
            Path dataDir = Path.of(options.getOrDefault("data-dir", "target/bench-data"));
            log("Starting the embedded PostgreSQL of %s", dataDir.toAbsolutePath().normalize());
            DatasetCluster cluster = DatasetCluster.start(dataDir);
            running.push(cluster);
            config.setJdbcUrl(cluster.jdbcUrl());
            config.setUsername(cluster.user());
        }
        config.setPoolName("baseline");
        // Each statement is planned for its words, as one with literals would be: a generic plan, which PostgreSQL may
        // choose once a prepared statement has run five times, cannot tell a word in every document (read them all)
        // from a rare one (use the index). Grouping 100,000 matches six ways needs more than the default 4 MB of memory
        // not to spill to disk.
        config.setConnectionInitSql("set plan_cache_mode = force_custom_plan; set work_mem = '32MB'");
        config.setMaximumPoolSize(poolSize);
        config.setMinimumIdle(poolSize);
        HikariDataSource pool = new HikariDataSource(config);
        running.push(pool);

        PostgresSearchBaseline baseline = new PostgresSearchBaseline(pool);
        baseline.buildIfNeeded(Boolean.parseBoolean(options.getOrDefault("rebuild", "false")));
        baseline.loadReferenceData();

        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 256);
        ExecutorService workers = Executors.newFixedThreadPool(threads);
        server.setExecutor(workers);
        server.createContext("/search", baseline::search);
        server.createContext("/health", exchange -> respond(exchange, 200, "text/plain", "ready\n"));
        running.push(workers::shutdownNow);
        running.push(() -> server.stop(5)); // lets searches under way finish (up to 5 s) before their connections close
        server.start();
        log("Listening on http://127.0.0.1:%d/search (%d threads, %d database connections)", port, threads, poolSize);
    }

    // ---------------------------------------------------------------- the search table

    /**
     * One row per resource (all of them: status and visibility are filters, as in the portal's index), with the
     * filter columns and the text. The tsvector is a stored generated column, computed once when a row is written:
     * title weighted A, summary B, body, authors, keywords and the text of the files C. It is stored uncompressed
     * (external): vectors shrink by a tenth at most, and every ranked or rechecked row would pay the decompression
     * (measured: a third of the time of ranking 100,000 rows). {@code body} is kept for ts_headline, which needs the
     * text itself, not the vector.
     */
    private static final String CREATE_TABLE = """
            create table %1$s.search_document (
                id               bigint      primary key,
                status           varchar(10) not null,
                visibility       varchar(10) not null,
                theme_ids        smallint[]  not null,
                country_codes    text[]      not null,
                subregions       text[]      not null,
                type_id          smallint    not null,
                language         varchar(10) not null,
                year             integer,
                publication_date date,
                published_at     timestamptz,
                title            text        not null,
                summary          text        not null,
                body             text        not null,
                document         tsvector    storage external generated always as (
                                     setweight(to_tsvector('english', title), 'A')
                                     || setweight(to_tsvector('english', summary), 'B')
                                     || setweight(to_tsvector('english', body), 'C')) stored
            )""".formatted(SCHEMA);

    /** Fills one share of the rows ({@code id % shares = share}), so that every core computes vectors. */
    private static final String FILL = """
            insert into %1$s.search_document (id, status, visibility, theme_ids, country_codes, subregions, type_id, language,
                                             year, publication_date, published_at, title, summary, body)
            select r.id, r.status, r.visibility,
                   array(select rt.theme_id from public.resource_theme rt where rt.resource_id = r.id order by rt.theme_id),
                   array(select rc.country_iso2::text from public.resource_country rc where rc.resource_id = r.id
                         order by rc.country_iso2),
                   array(select distinct c.subregion::text from public.resource_country rc
                         join public.country c on c.iso2 = rc.country_iso2 where rc.resource_id = r.id),
                   r.resource_type_id, r.language, extract(year from r.publication_date)::integer, r.publication_date,
                   r.published_at, r.title, r.summary,
                   concat_ws(E'\\n\\n', r.body_markdown, r.authors, r.keywords,
                             (select string_agg(a.extracted_text, E'\\n\\n' order by a.id) from public.resource_attachment a
                              where a.resource_id = r.id and a.extracted_text is not null))
            from public.resource r
            where r.id %% ? = ?""".formatted(SCHEMA);

    private static final List<String> CREATE_INDEXES = List.of(
            "create index search_document_document_idx on %s.search_document using gin (document)".formatted(SCHEMA),
            "create index search_document_themes_idx on %s.search_document using gin (theme_ids)".formatted(SCHEMA),
            "create index search_document_countries_idx on %s.search_document using gin (country_codes)".formatted(SCHEMA),
            "analyze %s.search_document".formatted(SCHEMA));

    /** What the build was made from: when any of it differs, the portal's data has changed since. */
    private static final String FINGERPRINT = """
            select concat_ws('/', ?::text,
                (select count(*) from public.resource), (select max(id) from public.resource),
                (select max(updated_at) from public.resource),
                (select count(*) from public.resource_attachment where extracted_text is not null),
                (select max(id) from public.resource_attachment),
                (select count(*) from public.resource_theme), (select count(*) from public.resource_country))""";

    private void buildIfNeeded(boolean rebuild) throws Exception {
        String fingerprint;
        try (Connection connection = pool.getConnection(); PreparedStatement statement = connection.prepareStatement(FINGERPRINT)) {
            statement.setString(1, BUILD_VERSION);
            try (ResultSet row = statement.executeQuery()) {
                row.next();
                fingerprint = row.getString(1);
            }
            if (!rebuild) {
                String built = previousBuild(connection, fingerprint);
                if (built != null) {
                    log("Reusing %s.search_document (%s); --rebuild or dropping the schema builds it again", SCHEMA, built);
                    return;
                }
            }
            try (Statement ddl = connection.createStatement()) {
                ddl.execute("drop schema if exists " + SCHEMA + " cascade");
                ddl.execute("create schema " + SCHEMA);
                ddl.execute(CREATE_TABLE);
            }
        }
        log("Building %s.search_document from the portal's tables (tsvector + GIN)", SCHEMA);
        long started = System.nanoTime();
        int shares = Math.max(1, Math.min(Runtime.getRuntime().availableProcessors(), pool.getMaximumPoolSize()));
        ExecutorService fillers = Executors.newFixedThreadPool(shares);
        try {
            List<Future<Integer>> filled = new ArrayList<>();
            for (int share = 0; share < shares; share++) {
                int mine = share;
                filled.add(fillers.submit(() -> {
                    try (Connection connection = pool.getConnection(); PreparedStatement fill = connection.prepareStatement(FILL)) {
                        fill.setInt(1, shares);
                        fill.setInt(2, mine);
                        return fill.executeUpdate();
                    }
                }));
            }
            long rows = 0;
            for (Future<Integer> share : filled) {
                rows += share.get();
            }
            long fillSeconds = seconds(started);
            log("%,d rows with their tsvector in %d s (%d connections); building the GIN indexes", rows, fillSeconds, shares);
            long indexStarted = System.nanoTime();
            try (Connection connection = pool.getConnection(); Statement ddl = connection.createStatement()) {
                ddl.execute("set maintenance_work_mem = '256MB'"); // GIN builds in far fewer passes than with the default 64 MB
                for (String sql : CREATE_INDEXES) {
                    ddl.execute(sql);
                }
                long indexSeconds = seconds(indexStarted);
                long total = seconds(started);
                ddl.execute("create table " + SCHEMA + ".build_info (fingerprint text not null, rows bigint not null, "
                        + "fill_seconds bigint not null, index_seconds bigint not null, built_at timestamptz not null default now())");
                try (PreparedStatement info = connection.prepareStatement(
                        "insert into " + SCHEMA + ".build_info (fingerprint, rows, fill_seconds, index_seconds) values (?, ?, ?, ?)")) {
                    info.setString(1, fingerprint);
                    info.setLong(2, rows);
                    info.setLong(3, fillSeconds);
                    info.setLong(4, indexSeconds);
                    info.executeUpdate();
                }
                try (ResultSet size = ddl.executeQuery("select pg_size_pretty(pg_total_relation_size('" + SCHEMA + ".search_document')), "
                        + "pg_size_pretty(pg_relation_size('" + SCHEMA + ".search_document_document_idx'))")) {
                    size.next();
                    log("Baseline built in %d s: rows and vectors %d s, indexes %d s; table %s, of which the GIN index on the "
                            + "vector %s", total, fillSeconds, indexSeconds, size.getString(1), size.getString(2));
                }
            }
        } finally {
            fillers.shutdownNow();
        }
    }

    /** How the build now present was made, if it was made from the data as it is now; null otherwise. */
    private static String previousBuild(Connection connection, String fingerprint) throws SQLException {
        try (PreparedStatement exists = connection.prepareStatement("select to_regclass(?) is not null")) {
            exists.setString(1, SCHEMA + ".build_info"); // written last: a build that was interrupted has none
            try (ResultSet row = exists.executeQuery()) {
                row.next();
                if (!row.getBoolean(1)) {
                    return null;
                }
            }
        }
        try (PreparedStatement info = connection.prepareStatement("select rows, fill_seconds + index_seconds, "
                + "to_char(built_at, 'YYYY-MM-DD HH24:MI TZ') from " + SCHEMA + ".build_info where fingerprint = ?")) {
            info.setString(1, fingerprint);
            try (ResultSet row = info.executeQuery()) {
                return row.next() ? "%,d rows, built %s in %d s".formatted(row.getLong(1), row.getString(3), row.getLong(2)) : null;
            }
        }
    }

    private void loadReferenceData() throws SQLException {
        try (Connection connection = pool.getConnection(); Statement statement = connection.createStatement()) {
            try (ResultSet rows = statement.executeQuery("select id, slug, name from public.theme order by position")) {
                while (rows.next()) {
                    Theme theme = new Theme(rows.getShort(1), rows.getString(2), rows.getString(3));
                    themesById.put(theme.id(), theme);
                    themesBySlug.put(theme.slug(), theme);
                }
            }
            try (ResultSet rows = statement.executeQuery("select iso2, name from public.country order by name")) {
                while (rows.next()) {
                    countries.put(rows.getString(1), new Country(rows.getString(1), rows.getString(2)));
                }
            }
            try (ResultSet rows = statement.executeQuery("select id, name from public.resource_type order by position")) {
                while (rows.next()) {
                    types.put(rows.getShort(1), rows.getString(2));
                }
            }
        }
    }

    // ---------------------------------------------------------------- answering

    /**
     * One statement answers a request, in one pass over the match set: the matches (published, public or members-only,
     * the filters chosen) are ranked and kept in a materialized CTE, which is then counted, grouped six ways for the
     * facets, and sorted for the page (best first, highest id first among equals); only the page's rows get a
     * snippet. Nothing is limited but the page itself. The words are bound where each use needs them (three times):
     * a shared tsquery CTE would be planned without knowing the words, so a word in every document would be read
     * through the index instead of by a sequential scan.
     */
    private static String searchSql(Request request) {
        String filters = (request.theme() == null ? "" : " and d.theme_ids @> array[?::smallint]")
                + (request.country() == null ? "" : " and d.country_codes @> array[?::text]");
        return """
                with m as materialized (
                    select d.id, d.theme_ids, d.country_codes, d.subregions, d.type_id, d.language, d.year,
                           ts_rank(d.document, websearch_to_tsquery('english', ?)) as rank
                    from %1$s.search_document d
                    where d.document @@ websearch_to_tsquery('english', ?)
                      and d.status = 'PUBLISHED' and d.visibility in ('PUBLIC', 'MEMBERS')%2$s),
                page as (select id, rank from m order by rank desc, id desc limit %3$d offset ?)
                select 'total' as facet, null as value, count(*) as count, null::real as rank, null::bigint as id, null as title,
                       null::date as publication_date, null::smallint[] as theme_ids, null::text[] as country_codes, null as snippet
                from m
                union all select 'theme', t::text, count(*), null, null, null, null, null, null, null
                          from m cross join unnest(m.theme_ids) t group by t
                union all select 'country', c, count(*), null, null, null, null, null, null, null
                          from m cross join unnest(m.country_codes) c group by c
                union all select 'subregion', s, count(*), null, null, null, null, null, null, null
                          from m cross join unnest(m.subregions) s group by s
                union all select 'type', type_id::text, count(*), null, null, null, null, null, null, null from m group by type_id
                union all select 'language', language, count(*), null, null, null, null, null, null, null from m group by language
                union all select 'year', year::text, count(*), null, null, null, null, null, null, null
                          from m where year is not null group by year
                union all select 'hit', null, null, p.rank, d.id, d.title, d.publication_date, d.theme_ids, d.country_codes,
                          ts_headline('english', d.summary || E'\\n' || d.body, websearch_to_tsquery('english', ?),
                                      'StartSel=%4$s, StopSel=%5$s, MaxWords=30, MinWords=12, MaxFragments=2, FragmentDelimiter=" … "')
                          from page p join %1$s.search_document d on d.id = p.id
                """.formatted(SCHEMA, filters, PAGE_SIZE, START_MATCH, STOP_MATCH);
    }

    private record RankedHit(float rank, Hit hit) {
    }

    private Answer answer(Request request) throws SQLException {
        long total = 0;
        Map<String, Map<String, Long>> facets = new LinkedHashMap<>();
        for (String facet : List.of("theme", "country", "subregion", "type", "language", "year")) {
            facets.put(facet, new HashMap<>());
        }
        List<RankedHit> hits = new ArrayList<>();
        try (Connection connection = pool.getConnection(); PreparedStatement statement = connection.prepareStatement(searchSql(request))) {
            int index = 1;
            statement.setString(index++, request.words()); // the rank
            statement.setString(index++, request.words()); // the match
            if (request.theme() != null) {
                statement.setShort(index++, request.theme().id());
            }
            if (request.country() != null) {
                statement.setString(index++, request.country().iso2());
            }
            statement.setInt(index++, request.pageIndex() * PAGE_SIZE);
            statement.setString(index, request.words()); // the snippets
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    switch (rows.getString("facet")) {
                        case "total" -> total = rows.getLong("count");
                        case "hit" -> hits.add(new RankedHit(rows.getFloat("rank"), new Hit(rows.getLong("id"), rows.getString("title"),
                                rows.getObject("publication_date", LocalDate.class), List.of((Short[]) array(rows.getArray("theme_ids"))),
                                List.of((String[]) array(rows.getArray("country_codes"))), rows.getString("snippet"))));
                        default -> facets.get(rows.getString("facet")).put(rows.getString("value"), rows.getLong("count"));
                    }
                }
            }
        }
        // A union keeps no order: the page's rows are put back in the order of the page.
        hits.sort(Comparator.comparingDouble(RankedHit::rank).reversed().thenComparingLong(ranked -> -ranked.hit().id()));
        return new Answer(total, ordered(facets), hits.stream().map(RankedHit::hit).toList());
    }

    private static Object[] array(Array array) throws SQLException {
        Object[] values = (Object[]) array.getArray();
        array.free();
        return values;
    }

    /** Most resources first (then by value), as the portal offers facets; years newest first. */
    private static Map<String, Map<String, Long>> ordered(Map<String, Map<String, Long>> facets) {
        Map<String, Map<String, Long>> ordered = new LinkedHashMap<>();
        facets.forEach((facet, counts) -> {
            Comparator<Map.Entry<String, Long>> order = "year".equals(facet)
                    ? Map.Entry.<String, Long>comparingByKey().reversed()
                    : Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey());
            Map<String, Long> sorted = new LinkedHashMap<>();
            counts.entrySet().stream().sorted(order).forEach(entry -> sorted.put(entry.getKey(), entry.getValue()));
            ordered.put(facet, sorted);
        });
        return ordered;
    }

    private void search(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (!"GET".equals(exchange.getRequestMethod())) {
                respond(exchange, 405, "text/plain", "GET only\n");
                return;
            }
            Map<String, String> parameters;
            try {
                parameters = parameters(exchange.getRequestURI().getRawQuery());
            } catch (IllegalArgumentException e) {
                respond(exchange, 400, "text/plain", "Malformed query string\n");
                return;
            }
            String words = parameters.getOrDefault("q", "").strip();
            // Unknown filter values are ignored, as the portal ignores them.
            Theme theme = themesBySlug.get(parameters.getOrDefault("theme", ""));
            Country country = countries.get(parameters.getOrDefault("country", "").toUpperCase(Locale.ROOT));
            Request request = new Request(words, theme, country, pageIndex(parameters.get("page")));
            String page;
            try {
                page = render(request, words.isEmpty() || words.length() > MAX_QUERY_LENGTH ? null : answer(request));
            } catch (SQLException | RuntimeException e) {
                // The script counts these lines: a failed search must not pass for a fast one.
                System.err.println("[baseline] " + exchange.getRequestURI() + ": " + e);
                respond(exchange, 500, "text/plain", "Search failed\n");
                return;
            }
            respond(exchange, 200, "text/html; charset=utf-8", page);
        }
    }

    private static Map<String, String> parameters(String rawQuery) {
        Map<String, String> parameters = new HashMap<>();
        if (rawQuery == null) {
            return parameters;
        }
        for (String pair : rawQuery.split("&")) {
            String[] parts = pair.split("=", 2);
            parameters.putIfAbsent(URLDecoder.decode(parts[0], StandardCharsets.UTF_8),
                    parts.length > 1 ? URLDecoder.decode(parts[1], StandardCharsets.UTF_8) : "");
        }
        return parameters;
    }

    /** A one-based page number to an index, as the portal reads it: anything odd is the first page. */
    private static int pageIndex(String page) {
        try {
            return (int) Math.clamp(Long.parseLong(page == null ? "1" : page.strip()) - 1, 0, LAST_PAGE_INDEX);
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static void respond(HttpExchange exchange, int status, String contentType, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", contentType);
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    // ---------------------------------------------------------------- the page

    /** A results page with what the portal's shows: the count in a role="status" paragraph, facets, hits, pager. */
    private String render(Request request, Answer answer) {
        StringBuilder html = new StringBuilder(32_768);
        html.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>")
                .append(request.words().isEmpty() ? "" : escape(request.words()) + " · ")
                .append("Search · PostgreSQL baseline</title></head>\n<body><main>\n<h1>Search</h1>\n")
                .append("<form role=\"search\" action=\"/search\" method=\"get\"><label for=\"q\">Search the portal</label> ")
                .append("<input id=\"q\" type=\"search\" name=\"q\" value=\"").append(escape(request.words()))
                .append("\"><button type=\"submit\">Search</button></form>\n");
        if (answer == null) {
            html.append("<p>").append(request.words().isEmpty() ? "Type a few words to search the portal."
                    : "At most " + MAX_QUERY_LENGTH + " characters, please.").append("</p>\n");
            return html.append("</main></body></html>\n").toString();
        }
        if (answer.total() == 0) {
            html.append("<p role=\"status\">Nothing matches \u201c").append(escape(request.words())).append("\u201d.</p>\n");
            return html.append("</main></body></html>\n").toString();
        }
        long first = (long) request.pageIndex() * PAGE_SIZE + 1;
        long last = first - 1 + answer.hits().size();
        if (answer.hits().isEmpty()) {
            html.append(String.format(Locale.ENGLISH, "<p role=\"status\">Page %,d is past the last of the %,d results for \u201c%s\u201d</p>%n",
                    request.pageIndex() + 1, answer.total(), escape(request.words())));
        } else {
            html.append(String.format(Locale.ENGLISH, "<p role=\"status\">Results %,d\u2013%,d of %,d for \u201c%s\u201d</p>%n",
                    first, last, answer.total(), escape(request.words())));
        }
        renderFacets(html, request, answer);
        html.append("<ol class=\"results\" start=\"").append(first).append("\">\n");
        for (Hit hit : answer.hits()) {
            html.append("<li><h3><a href=\"/library/").append(hit.id()).append("\">").append(escape(hit.title())).append("</a></h3>")
                    .append("<p class=\"meta\">Library resource");
            if (hit.date() != null) {
                html.append(" · <time datetime=\"").append(hit.date()).append("\">").append(hit.date()).append("</time>");
            }
            List<String> tags = new ArrayList<>();
            hit.themeIds().stream().map(themesById::get).filter(Objects::nonNull).map(Theme::name).forEach(tags::add);
            hit.countryCodes().stream().map(countries::get).filter(Objects::nonNull).map(Country::name).forEach(tags::add);
            if (!tags.isEmpty()) {
                html.append(" · ").append(escape(String.join(", ", tags)));
            }
            html.append("</p><p>").append(snippet(hit.snippet())).append("</p></li>\n");
        }
        html.append("</ol>\n<nav class=\"pager\" aria-label=\"Result pages\">");
        if (request.pageIndex() > 0) {
            html.append("<a rel=\"prev\" href=\"").append(link(request, "page", String.valueOf(request.pageIndex()))).append("\">Previous</a> ");
        }
        if (last < answer.total()) {
            html.append("<a rel=\"next\" href=\"").append(link(request, "page", String.valueOf(request.pageIndex() + 2))).append("\">Next</a>");
        }
        return html.append("</nav>\n</main></body></html>\n").toString();
    }

    private void renderFacets(StringBuilder html, Request request, Answer answer) {
        html.append("<aside aria-label=\"Narrow the results\">\n");
        Map<String, String> headings = Map.of("theme", "Theme", "country", "Country", "subregion", "Subregion",
                "type", "Type", "language", "Language", "year", "Year");
        html.append("<section><h2>Kind</h2><ul><li>Library resource (").append(String.format(Locale.ENGLISH, "%,d", answer.total()))
                .append(")</li></ul></section>\n");
        answer.facets().forEach((facet, counts) -> {
            html.append("<section><h2>").append(headings.get(facet)).append("</h2><ul>");
            counts.forEach((value, count) -> {
                String label = label(facet, value);
                String href = switch (facet) { // the two filters the search takes; the other facets only count
                    case "theme" -> themesById.containsKey(Short.valueOf(value))
                            ? link(request, "theme", themesById.get(Short.valueOf(value)).slug()) : null;
                    case "country" -> link(request, "country", value.toLowerCase(Locale.ROOT));
                    default -> null;
                };
                html.append("<li>");
                if (href != null) {
                    html.append("<a href=\"").append(href).append("\">").append(escape(label)).append("</a>");
                } else {
                    html.append(escape(label));
                }
                html.append(String.format(Locale.ENGLISH, " (%,d)</li>", count));
            });
            html.append("</ul></section>\n");
        });
        html.append("</aside>\n");
    }

    private String label(String facet, String value) {
        return switch (facet) {
            case "theme" -> themesById.containsKey(Short.valueOf(value)) ? themesById.get(Short.valueOf(value)).name() : value;
            case "country" -> countries.containsKey(value) ? countries.get(value).name() : value;
            case "subregion" -> Subregion.valueOf(value).displayName();
            case "type" -> types.getOrDefault(Short.valueOf(value), value);
            default -> value;
        };
    }

    /** This search's URL with one parameter set (a filter resets the page, as a new selection starts at its first). */
    private static String link(Request request, String name, String value) {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("q", request.words());
        if (request.theme() != null) {
            parameters.put("theme", request.theme().slug());
        }
        if (request.country() != null) {
            parameters.put("country", request.country().iso2().toLowerCase(Locale.ROOT));
        }
        parameters.put(name, value);
        StringJoiner query = new StringJoiner("&", "/search?", "");
        parameters.forEach((key, text) -> query.add(key + "=" + URLEncoder.encode(text, StandardCharsets.UTF_8)));
        return escape(query.toString());
    }

    private static String snippet(String headline) {
        return escape(headline.replace('\n', ' ')).replace(String.valueOf(START_MATCH), "<mark>").replace(String.valueOf(STOP_MATCH), "</mark>");
    }

    private static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '&' -> escaped.append("&amp;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }

    // ---------------------------------------------------------------- plumbing

    /** Logback logs everything at DEBUG without a configuration; only warnings matter here. */
    private static void quietLogging() {
        if (org.slf4j.LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME) instanceof ch.qos.logback.classic.Logger root) {
            root.setLevel(ch.qos.logback.classic.Level.WARN);
        }
    }

    private static long seconds(long startedNanos) {
        return TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - startedNanos);
    }

    private static void log(String format, Object... args) {
        System.out.printf("[baseline] %s%n", String.format(format, args));
    }
}

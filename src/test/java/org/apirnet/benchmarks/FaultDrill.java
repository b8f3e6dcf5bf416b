package org.apirnet.benchmarks;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.net.CookieManager;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;

/**
 * Puts the packaged portal through the faults an operator meets and prints what they cost: an SMTP server that goes
 * away, {@code kill -9} while mail is being sent and while an upload is on its way to its commit, and the embedded
 * database killed under load. Run by {@code bench/faults.sh}; see README "Fault drill". Not a test: it takes minutes
 * and measures; the behaviour itself is pinned by the tests.
 */
public final class FaultDrill {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final Pattern KEY = Pattern.compile("[a-f0-9]{40}");
    private static final String ADMIN = "admin@demo.apirnet.org";
    private static final String EDITOR = "editor@demo.apirnet.org";

    private final Path jar;
    private final Path work;
    private final Path dataDir;
    private final String password;
    private final int httpPort;
    private final int smtpPort;
    private final Duration mailOutage;
    private final int crashes;
    private final Map<String, String> results = new LinkedHashMap<>();
    private final List<String> missed = new ArrayList<>();
    private GreenMail smtp;
    private Process portal;
    private int portalStarts;

    private FaultDrill(Map<String, String> options) throws IOException {
        this.jar = Path.of(options.getOrDefault("jar", "target/apirnet-portal.jar"));
        this.work = Path.of(options.getOrDefault("work", "target/fault-drill")).toAbsolutePath();
        this.dataDir = work.resolve("data");
        this.password = options.getOrDefault("password", "apirnet-demo");
        this.httpPort = Integer.parseInt(options.getOrDefault("port", "18090"));
        this.smtpPort = freePort();
        this.mailOutage = Duration.parse(options.getOrDefault("mail-outage", "PT60S"));
        this.crashes = Integer.parseInt(options.getOrDefault("crashes", "3"));
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new LinkedHashMap<>();
        for (String arg : args) {
            String[] pair = arg.replaceFirst("^--", "").split("=", 2);
            options.put(pair[0], pair.length > 1 ? pair[1] : "true");
        }
        FaultDrill drill = new FaultDrill(options);
        try {
            drill.run();
        } finally {
            drill.stopAll();
        }
        System.exit(drill.missed.isEmpty() ? 0 : 1);
    }

    private void run() throws Exception {
        quietMailServer();
        deleteRecursively(work);
        Files.createDirectories(work);
        smtp = startSmtp();
        startPortal();
        mailOutage();
        crashWhileSendingMail();
        crashDuringUpload();
        databaseKilledUnderLoad();

        System.out.println();
        System.out.println("== Fault drill results (" + ProcessHandle.current().info().command().orElse("java") + ")");
        results.forEach((fault, outcome) -> System.out.printf("%-34s %s%n", fault, outcome));
        System.out.println(missed.isEmpty() ? "All targets met." : "Targets missed: " + String.join("; ", missed));
    }

    // --- 1. The SMTP server goes away for a while -------------------------------------------------------------------

    private void mailOutage() throws Exception {
        int count = 20;
        Browser admin = signedIn(ADMIN);
        smtp.stop();
        log("SMTP server stopped; inviting " + count + " people, then waiting " + mailOutage.toSeconds() + " s");
        List<String> addresses = addresses("outage", count);
        invite(admin, addresses);
        Thread.sleep(mailOutage.toMillis());
        smtp = startSmtp();
        long back = System.nanoTime();
        log("SMTP server back");
        Delivery delivery = awaitDelivery(addresses, Duration.ofMinutes(20));
        double seconds = (delivery.lastArrival - back) / 1e9;
        report("mail outage of " + mailOutage.toSeconds() + " s",
                "%d mails: lost %d, duplicated %d, all delivered %.1f s after the server came back"
                        .formatted(count, delivery.lost, delivery.duplicated, seconds));
        expect(delivery.lost == 0, "mail lost after an outage");
        expect(delivery.duplicated == 0, "mail duplicated after an outage (no crash)");
        expect(seconds <= 30, "mail waited more than 30 s after the server's return");
    }

    // --- 2. kill -9 while a batch of invitations is being sent ----------------------------------------------------

    private void crashWhileSendingMail() throws Exception {
        List<String> all = new ArrayList<>();
        for (int crash = 1; crash <= crashes; crash++) {
            Browser admin = signedIn(ADMIN);
            List<String> batch = addresses("crash" + crash, 50);
            all.addAll(batch);
            invite(admin, batch);
            Thread.sleep(100 + 150L * crash); // the prompt sender is half-way through the batch
            killPortal();
            startPortal();
        }
        Delivery delivery = awaitDelivery(all, Duration.ofMinutes(5));
        report("kill -9 while sending mail",
                "%d crashes, %d mails: lost %d, duplicated %d (%s per crash)".formatted(crashes, all.size(),
                        delivery.lost, delivery.duplicated, delivery.duplicated <= crashes ? "at most 1" : "MORE than 1"));
        expect(delivery.lost == 0, "mail lost in a crash");
        expect(delivery.duplicated <= crashes, "more than one duplicate per crash");
    }

    // --- 3. kill -9 while a 40 MB upload is stored and committed ----------------------------------------------------

    private void crashDuringUpload() throws Exception {
        int committedBefore = count("select count(*) from resource_attachment");
        CompletableFuture<HttpResponse<String>> first = startUpload("a whole upload");
        long started = System.nanoTime();
        HttpResponse<String> whole = first.get(5, TimeUnit.MINUTES);
        long wholeMillis = (System.nanoTime() - started) / 1_000_000;
        if (whole.statusCode() != 302) {
            Matcher error = Pattern.compile("class=\"error[^\"]*\"[^>]*>([^<]+)<").matcher(whole.body());
            throw new IllegalStateException("A whole upload answered " + whole.statusCode()
                    + (error.find() ? ": " + error.group(1).strip() : ""));
        }
        committedBefore++;
        // Killed while streaming, while storing and judging the file, and about when its row commits.
        double[] fractions = {0.3, 0.7, 0.9, 0.97, 1.0};
        for (double fraction : fractions) {
            CompletableFuture<HttpResponse<String>> upload = startUpload("killed at " + fraction);
            Thread.sleep(Math.round(wholeMillis * fraction));
            killPortal();
            upload.handle((response, failure) -> null).get(10, TimeUnit.SECONDS);
            startPortal();
        }
        awaitInLog(work.resolve("portal-" + portalStarts + ".log"), "Sweep of stored files written before", Duration.ofMinutes(2));
        int committed = count("select count(*) from resource_attachment") - committedBefore;
        Set<String> referenced = new HashSet<>(strings("select storage_key from resource_attachment"));
        List<Path> stored;
        try (Stream<Path> files = Files.isDirectory(dataDir.resolve("files")) ? Files.walk(dataDir.resolve("files")) : Stream.empty()) {
            stored = files.filter(Files::isRegularFile).toList();
        }
        long orphans = stored.stream().map(p -> p.getFileName().toString())
                .filter(name -> KEY.matcher(name).matches() && !referenced.contains(name)).count();
        long partials = stored.stream().filter(p -> p.getFileName().toString().endsWith(".part")).count();
        long spooled = countFiles(dataDir.resolve("tmp/uploads"));
        // What the start-ups found: whether the kills really left files behind for the sweep to remove.
        long sweptFiles = countInLogs("(\\d+) file\\(s\\) no row refers to removed");
        long sweptParts = countInLogs("Removed (\\d+) upload part");
        report("kill -9 during a 40 MB upload",
                ("%d crashes (a whole upload takes %.1f s; %d killed uploads had committed); removed at start: %d files, "
                        + "%d upload parts; left: orphaned files %d, partial files %d, upload parts %d")
                        .formatted(fractions.length, wholeMillis / 1000.0, committed, sweptFiles, sweptParts,
                                orphans, partials, spooled));
        expect(orphans == 0 && partials == 0 && spooled == 0, "files orphaned by a crash");
    }

    private CompletableFuture<HttpResponse<String>> startUpload(String what) throws Exception {
        Browser editor = signedIn(EDITOR);
        String form = editor.get("/library/new").body();
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("_csrf", csrf(form));
        fields.put("title", "Fault drill upload: " + what);
        fields.put("summary", "A 40 MB file, stored while the portal may be killed.");
        fields.put("type", firstOption(form, "type"));
        fields.put("language", firstOption(form, "language"));
        fields.put("themes", firstCheckbox(form, "themes"));
        fields.put("visibility", "PUBLIC");
        fields.put("action", "publish");
        return editor.upload("/library/new", fields, "files", "drill.txt", 40L * 1024 * 1024);
    }

    /** The start-up sweep runs in the background after readiness: waits for its line. */
    private static void awaitInLog(Path log, String text, Duration within) throws Exception {
        long deadline = System.nanoTime() + within.toNanos();
        while (Files.readAllLines(log).stream().noneMatch(line -> line.contains(text))) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("No \"" + text + "\" in " + log + " within " + within);
            }
            Thread.sleep(200);
        }
    }

    /** The sum of a number the portal logged, over every start's log. */
    private long countInLogs(String regex) throws IOException {
        Pattern pattern = Pattern.compile(regex);
        long sum = 0;
        for (int start = 1; start <= portalStarts; start++) {
            for (String line : Files.readAllLines(work.resolve("portal-" + start + ".log"))) {
                Matcher matcher = pattern.matcher(line);
                if (matcher.find()) {
                    sum += Long.parseLong(matcher.group(1));
                }
            }
        }
        return sum;
    }

    // --- 4. The embedded database is killed while pages are being read ----------------------------------------------

    private void databaseKilledUnderLoad() throws Exception {
        String page = "/library/" + count("select min(id) from resource where status = 'PUBLISHED' and visibility = 'PUBLIC'");
        AtomicBoolean running = new AtomicBoolean(true);
        List<long[]> answers = new CopyOnWriteArrayList<>(); // {sent at, nanos taken, status}
        List<long[]> readiness = new CopyOnWriteArrayList<>(); // {at, status}
        ExecutorService load = Executors.newFixedThreadPool(9);
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        for (int i = 0; i < 8; i++) {
            load.submit(() -> {
                while (running.get()) {
                    long sent = System.nanoTime();
                    int status = statusOf(http, page, "text/html");
                    answers.add(new long[] {sent, System.nanoTime() - sent, status});
                }
                return null;
            });
        }
        load.submit(() -> {
            while (running.get()) {
                readiness.add(new long[] {System.nanoTime(), statusOf(http, "/actuator/health/readiness", "application/json")});
                Thread.sleep(100);
            }
            return null;
        });
        Thread.sleep(3000);
        long pid = Long.parseLong(Files.readAllLines(dataDir.resolve("postgres/postmaster.pid")).getFirst().trim());
        long killed = System.nanoTime();
        ProcessHandle.of(pid).ifPresent(ProcessHandle::destroyForcibly);
        log("killed the embedded PostgreSQL (pid " + pid + ") under load");
        Thread.sleep(20_000);
        running.set(false);
        load.shutdown();
        load.awaitTermination(30, TimeUnit.SECONDS);

        List<long[]> afterKill = answers.stream().filter(a -> a[0] >= killed).sorted(Comparator.comparingLong(a -> a[0])).toList();
        List<long[]> failed = afterKill.stream().filter(a -> a[2] != 200).toList();
        long slowest = afterKill.stream().mapToLong(a -> a[1]).max().orElse(0);
        long fiveOhThrees = failed.stream().filter(a -> a[2] == 503).count();
        double down = readiness.stream().filter(r -> r[0] >= killed && r[1] != 200).mapToLong(r -> r[0]).min()
                .stream().mapToDouble(at -> (at - killed) / 1e9).findFirst().orElse(Double.NaN);
        double back = failed.isEmpty() ? 0 : afterKill.stream().filter(a -> a[0] > failed.getLast()[0] && a[2] == 200)
                .mapToDouble(a -> (a[0] + a[1] - killed) / 1e9).findFirst().orElse(Double.NaN);
        double unavailable = failed.isEmpty() ? 0 : (failed.getLast()[0] + failed.getLast()[1] - failed.getFirst()[0]) / 1e9;
        Map<Long, Long> statuses = failed.stream().collect(Collectors.groupingBy(a -> a[2], java.util.TreeMap::new, Collectors.counting()));
        report("embedded database killed (load)",
                "%d requests after the kill, %d failed %s (%d with 503), slowest answer %.1f s; readiness DOWN %s; unavailable %.1f s; back %.1f s after the kill"
                        .formatted(afterKill.size(), failed.size(), statuses, fiveOhThrees, slowest / 1e9,
                                Double.isNaN(down) ? "not seen" : "%.1f s after the kill".formatted(down), unavailable, back));
        expect(slowest <= Duration.ofSeconds(5).toNanos(), "a page took more than 5 s while the database was down");
        expect(failed.size() == fiveOhThrees, "a failure other than 503 while the database was down");
        expect(!Double.isNaN(back) && back <= 10, "service not back within 10 s");
        expect(Double.isNaN(down) || down <= 5, "readiness not DOWN within 5 s");
    }

    // --- The portal, its mail server and its database -------------------------------------------------------------

    private void startPortal() throws Exception {
        portalStarts++;
        Path log = work.resolve("portal-" + portalStarts + ".log");
        List<String> command = List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m", "-jar", jar.toString(),
                "--spring.profiles.active=demo", "--apirnet.demo.password=" + password,
                "--apirnet.data-dir=" + dataDir, "--server.port=" + httpPort,
                "--spring.mail.host=127.0.0.1", "--spring.mail.port=" + smtpPort,
                "--apirnet.page-cache.enabled=false");
        portal = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        HttpClient http = HttpClient.newHttpClient();
        while (statusOf(http, "/actuator/health/readiness", "application/json") != 200) {
            if (!portal.isAlive() || System.nanoTime() > deadline) {
                throw new IllegalStateException("The portal did not become ready; see " + log);
            }
            Thread.sleep(250);
        }
        log("portal ready (start " + portalStarts + ", log " + log.getFileName() + ")");
    }

    /** SIGKILL: no shutdown hook runs, nothing is flushed or committed. */
    private void killPortal() throws InterruptedException {
        portal.destroyForcibly();
        portal.waitFor();
        log("portal killed");
    }

    /** The mail server's own chatter (a user per address, a trace per connection the killed portal cut) is noise here. */
    private static void quietMailServer() {
        if (org.slf4j.LoggerFactory.getLogger("com.icegreen") instanceof ch.qos.logback.classic.Logger greenMail) {
            greenMail.setLevel(ch.qos.logback.classic.Level.WARN);
        }
        Thread.setDefaultUncaughtExceptionHandler((thread, failure) -> {
            if (!thread.getName().startsWith("smtp:")) {
                failure.printStackTrace();
            }
        });
    }

    private GreenMail startSmtp() {
        GreenMail server = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        server.start();
        return server;
    }

    private void stopAll() {
        if (portal != null) {
            portal.destroy();
            try {
                portal.waitFor(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (smtp != null) {
            smtp.stop();
        }
    }

    private record Delivery(int lost, int duplicated, long lastArrival) {
    }

    /** Waits until every address has its mail; duplicates are copies with a Message-ID already received. */
    private Delivery awaitDelivery(List<String> addresses, Duration within) throws Exception {
        long deadline = System.nanoTime() + within.toNanos();
        Set<String> wanted = new HashSet<>(addresses);
        long lastArrival = System.nanoTime();
        int seen = -1;
        while (true) {
            List<MimeMessage> received = receivedFor(wanted);
            if (received.size() != seen) {
                seen = received.size();
                lastArrival = System.nanoTime();
            }
            Set<String> reached = received.stream().map(FaultDrill::recipient).collect(Collectors.toSet());
            if (reached.containsAll(wanted) || System.nanoTime() > deadline) {
                Thread.sleep(3000); // a copy sent twice arrives a moment later
                received = receivedFor(wanted);
                Set<String> ids = received.stream().map(FaultDrill::messageId).collect(Collectors.toSet());
                reached = received.stream().map(FaultDrill::recipient).collect(Collectors.toSet());
                return new Delivery(wanted.size() - (int) wanted.stream().filter(reached::contains).count(),
                        received.size() - ids.size(), lastArrival);
            }
            Thread.sleep(100);
        }
    }

    private List<MimeMessage> receivedFor(Set<String> addresses) {
        return Stream.of(smtp.getReceivedMessages()).filter(m -> addresses.contains(recipient(m))).toList();
    }

    private static String recipient(MimeMessage message) {
        try {
            return message.getAllRecipients()[0].toString();
        } catch (Exception e) {
            return "";
        }
    }

    private static String messageId(MimeMessage message) {
        try {
            return message.getMessageID();
        } catch (Exception e) {
            return "";
        }
    }

    private Connection database() throws Exception {
        List<String> pid = Files.readAllLines(dataDir.resolve("postgres/postmaster.pid"));
        return DriverManager.getConnection("jdbc:postgresql://localhost:" + pid.get(3).trim() + "/postgres", "postgres", "");
    }

    private int count(String sql) throws Exception {
        try (Connection connection = database(); PreparedStatement statement = connection.prepareStatement(sql);
             ResultSet rows = statement.executeQuery()) {
            rows.next();
            return rows.getInt(1);
        }
    }

    private List<String> strings(String sql) throws Exception {
        List<String> values = new ArrayList<>();
        try (Connection connection = database(); PreparedStatement statement = connection.prepareStatement(sql);
             ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                values.add(rows.getString(1));
            }
        }
        return values;
    }

    // --- HTTP as a browser would ------------------------------------------------------------------------------------

    private Browser signedIn(String username) throws Exception {
        Browser browser = new Browser();
        String form = browser.get("/login").body();
        HttpResponse<String> answer = browser.post("/login", Map.of("username", username, "password", password, "_csrf", csrf(form)));
        if (answer.headers().firstValue("Location").orElse("").contains("/login")) {
            throw new IllegalStateException("Could not sign in as " + username);
        }
        return browser;
    }

    private void invite(Browser admin, List<String> addresses) throws Exception {
        String page = admin.get("/admin/invitations").body();
        HttpResponse<String> answer = admin.post("/admin/invitations", Map.of(
                "_csrf", csrf(page), "addresses", String.join("\n", addresses),
                "constituencyGroup", firstOption(page, "constituencyGroup"), "role", "MEMBER"));
        if (answer.statusCode() != 302) {
            throw new IllegalStateException("Inviting failed with " + answer.statusCode());
        }
    }

    private final class Browser {
        private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();

        HttpResponse<String> get(String path) throws Exception {
            return http.send(HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
        }

        HttpResponse<String> post(String path, Map<String, String> fields) throws Exception {
            String body = fields.entrySet().stream()
                    .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                    .collect(Collectors.joining("&"));
            return http.send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        }

        /** A multipart form with one generated text file of {@code size} bytes, streamed, never held in memory. */
        CompletableFuture<HttpResponse<String>> upload(String path, Map<String, String> fields, String fileField,
                                                       String fileName, long size) {
            String boundary = "drill" + System.nanoTime();
            StringBuilder head = new StringBuilder();
            fields.forEach((name, value) -> head.append("--").append(boundary).append("\r\n")
                    .append("Content-Disposition: form-data; name=\"").append(name).append("\"\r\n\r\n")
                    .append(value).append("\r\n"));
            head.append("--").append(boundary).append("\r\n")
                    .append("Content-Disposition: form-data; name=\"").append(fileField).append("\"; filename=\"").append(fileName).append("\"\r\n")
                    .append("Content-Type: text/plain\r\n\r\n");
            byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
            byte[] headBytes = head.toString().getBytes(StandardCharsets.UTF_8);
            HttpRequest request = HttpRequest.newBuilder(uri(path))
                    .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                    .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new SequenceInputStream(Collections.enumeration(List.of(
                            new ByteArrayInputStream(headBytes), new TextStream(size), new ByteArrayInputStream(tail))))))
                    .build();
            return http.sendAsync(request, HttpResponse.BodyHandlers.ofString());
        }
    }

    /** Plain text of a given length, made as it is read. */
    private static final class TextStream extends InputStream {
        private static final byte[] LINE = "Industrial relations fault drill: a line of plain text in a large file.\n"
                .getBytes(StandardCharsets.US_ASCII);
        private long remaining;
        private int position;

        TextStream(long size) {
            this.remaining = size;
        }

        @Override
        public int read() {
            if (remaining <= 0) {
                return -1;
            }
            remaining--;
            byte next = LINE[position];
            position = (position + 1) % LINE.length;
            return next;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            if (remaining <= 0) {
                return -1;
            }
            int n = (int) Math.min(length, remaining);
            for (int i = 0; i < n; i++) {
                buffer[offset + i] = LINE[position];
                position = (position + 1) % LINE.length;
            }
            remaining -= n;
            return n;
        }
    }

    private int statusOf(HttpClient http, String path, String accept) {
        try {
            return http.send(HttpRequest.newBuilder(uri(path)).header("Accept", accept).timeout(Duration.ofSeconds(30)).GET().build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return 0; // refused or cut off: unavailable
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 0;
        }
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + httpPort + path);
    }

    private static String csrf(String page) {
        Matcher matcher = CSRF.matcher(page);
        if (!matcher.find()) {
            throw new IllegalStateException("No CSRF token on the page");
        }
        return matcher.group(1);
    }

    /** The first non-empty option value of a select, by its name. */
    private static String firstOption(String page, String selectName) {
        Matcher select = Pattern.compile("<select[^>]*name=\"" + selectName + "\"[^>]*>(.*?)</select>", Pattern.DOTALL).matcher(page);
        if (!select.find()) {
            throw new IllegalStateException("No select named " + selectName);
        }
        Matcher option = Pattern.compile("<option[^>]*value=\"([^\"]+)\"").matcher(select.group(1));
        if (!option.find()) {
            throw new IllegalStateException("No option in " + selectName);
        }
        return option.group(1);
    }

    /** The value of the first checkbox of that name. */
    private static String firstCheckbox(String page, String name) {
        Matcher input = Pattern.compile("<input[^>]*name=\"" + name + "\"[^>]*>").matcher(page);
        while (input.find()) {
            Matcher value = Pattern.compile("value=\"([^\"]+)\"").matcher(input.group());
            if (value.find()) {
                return value.group(1);
            }
        }
        throw new IllegalStateException("No checkbox named " + name);
    }

    private static List<String> addresses(String prefix, int count) {
        List<String> addresses = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            addresses.add(prefix + "-" + i + "@drill.example.org");
        }
        return addresses;
    }

    private void report(String fault, String outcome) {
        results.put(fault, outcome);
        log(fault + ": " + outcome);
    }

    private void expect(boolean met, String miss) {
        if (!met) {
            missed.add(miss);
        }
    }

    private static void log(String message) {
        System.out.printf("[%tT] %s%n", System.currentTimeMillis(), message);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static long countFiles(Path directory) throws IOException {
        if (!Files.isDirectory(directory)) {
            return 0;
        }
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(Files::isRegularFile).count();
        }
    }

    private static void deleteRecursively(Path directory) throws IOException {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}

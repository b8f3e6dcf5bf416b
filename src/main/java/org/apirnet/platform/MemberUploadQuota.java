package org.apirnet.platform;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.multipart.MultipartFile;

/**
 * What a member (not an editor) may upload in 24 hours, counted over everything they uploaded anywhere in the portal:
 * library submissions and discussion replies share one quota, so splitting uploads between them gains nothing. Each
 * module that takes members' files says what an account uploaded there ({@link Uploads}). Two uploads at the same
 * moment may each fit alone: the quota is a brake on abuse, not an exact budget.
 */
@Component
public class MemberUploadQuota {

    /** Settings ({@code apirnet.uploads.*}): files and bytes a member may upload in 24 hours, all modules together. */
    @ConfigurationProperties("apirnet.uploads")
    public record Limits(@DefaultValue("20") int memberDailyFiles, @DefaultValue("200MB") DataSize memberDailyBytes) {
    }

    /** Files and bytes one account uploaded to one module since a moment. */
    public record Used(long files, long bytes) {
    }

    /** Declared by each module that takes members' files. */
    public interface Uploads {
        Used uploadedSince(long accountId, java.time.Instant since);
    }

    /**
     * Why uploads do not fit, as the arguments of a module's message: the daily files and megabytes allowed, then the
     * files and megabytes already used.
     */
    public record Exceeded(int maxFiles, long maxMegabytes, long usedFiles, long usedMegabytes) {
        public Object[] arguments() {
            return new Object[] {maxFiles, maxMegabytes, usedFiles, usedMegabytes};
        }
    }

    private final Limits limits;
    private final List<Uploads> modules;
    private final Clock clock;

    MemberUploadQuota(Limits limits, List<Uploads> modules, Clock clock) {
        this.limits = limits;
        this.modules = modules;
        this.clock = clock;
    }

    /** Empty when these uploads fit what the account has left for the last 24 hours; nothing chosen always fits. */
    public Optional<Exceeded> check(long accountId, List<MultipartFile> uploads) {
        List<MultipartFile> chosen = AttachmentIntake.chosen(uploads);
        if (chosen.isEmpty()) {
            return Optional.empty();
        }
        java.time.Instant since = clock.instant().minus(Duration.ofDays(1));
        long files = 0;
        long bytes = 0;
        for (Uploads module : modules) {
            Used used = module.uploadedSince(accountId, since);
            files += used.files();
            bytes += used.bytes();
        }
        long incomingBytes = chosen.stream().mapToLong(MultipartFile::getSize).sum();
        if (files + chosen.size() <= limits.memberDailyFiles() && bytes + incomingBytes <= limits.memberDailyBytes().toBytes()) {
            return Optional.empty();
        }
        return Optional.of(new Exceeded(limits.memberDailyFiles(), limits.memberDailyBytes().toMegabytes(), files,
                Math.max(1, bytes / 1_048_576)));
    }
}

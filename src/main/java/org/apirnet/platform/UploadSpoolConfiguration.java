package org.apirnet.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import jakarta.servlet.MultipartConfigElement;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.servlet.autoconfigure.MultipartProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Uploads are spooled to disk as they arrive ({@code spring.servlet.multipart.*}); by default Tomcat would put them in
 * the system's temporary directory, where the parts of requests cut short by a crash pile up unseen. Here they go to
 * {@code <data-dir>/tmp/uploads}, which is emptied at start, before the web server accepts a request.
 */
@Configuration(proxyBeanMethods = false)
class UploadSpoolConfiguration {

    private static final Logger log = LoggerFactory.getLogger(UploadSpoolConfiguration.class);

    @Bean
    MultipartConfigElement multipartConfigElement(MultipartProperties multipart, PortalProperties portal) {
        Path spool = portal.uploadSpoolDir().toAbsolutePath().normalize();
        emptyOrCreate(spool);
        MultipartConfigElement limits = multipart.createMultipartConfig();
        return new MultipartConfigElement(spool.toString(), limits.getMaxFileSize(), limits.getMaxRequestSize(),
                limits.getFileSizeThreshold());
    }

    private static void emptyOrCreate(Path spool) {
        try {
            Files.createDirectories(spool);
            int removed = 0;
            try (Stream<Path> left = Files.list(spool)) {
                for (Path path : left.filter(Files::isRegularFile).toList()) {
                    Files.deleteIfExists(path);
                    removed++;
                }
            }
            if (removed > 0) {
                log.info("Removed {} upload part(s) left in {} by an earlier run", removed, spool);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not prepare the upload directory " + spool, e);
        }
    }
}

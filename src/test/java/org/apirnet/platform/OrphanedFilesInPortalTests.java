package org.apirnet.platform;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;

import jakarta.servlet.MultipartConfigElement;
import org.apirnet.support.PortalIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/** The sweep against the real library: its attachments are kept, a file whose row never committed is not. */
class OrphanedFilesInPortalTests extends PortalIntegrationTest {

    @Autowired
    FileStore files;

    @Autowired
    OrphanedFileSweep sweep;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MultipartConfigElement multipart;

    @Autowired
    PortalProperties portal;

    @Test
    void aFileStoredJustBeforeACrashIsRemovedWhileEveryAttachmentStays() throws Exception {
        String attached = jdbc.queryForObject("select storage_key from resource_attachment order by id limit 1", String.class);
        assertThat(attached).as("the demo library has files").isNotNull();
        long attachments = jdbc.queryForObject("select count(*) from resource_attachment", Long.class);
        String orphan = files.store(new ByteArrayInputStream("accepted, then killed before the commit".getBytes()), 100).key();
        Path orphanPath = files.find(orphan).orElseThrow();
        Files.setLastModifiedTime(orphanPath, FileTime.from(Instant.now().minusSeconds(60)));

        sweep.removeUnreferencedWrittenBefore(Instant.now());

        assertThat(orphanPath).doesNotExist();
        assertThat(files.find(attached)).isPresent();
        assertThat(jdbc.queryForList("select storage_key from resource_attachment", String.class))
                .hasSize((int) attachments).allSatisfy(key -> assertThat(files.find(key)).as(key).isPresent());
    }

    @Test
    void uploadsAreSpooledUnderTheDataDirectory() {
        assertThat(Path.of(multipart.getLocation()))
                .isEqualTo(portal.uploadSpoolDir().toAbsolutePath().normalize()).isDirectory();
        assertThat(multipart.getFileSizeThreshold()).isZero();
    }
}

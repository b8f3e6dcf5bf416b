package org.apirnet.platform;

import java.net.URI;
import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The portal's own settings ({@code apirnet.*}).
 *
 * @param dataDir where the portal keeps what is not in the database: uploaded files, the search index and,
 *                in the run default, the embedded PostgreSQL cluster
 * @param baseUrl the public address, used in links that leave the site (mail, feeds)
 * @param nodeName this instance's name among several sharing one database (default: the host name and the data
 *                 directory); claims on shared work, such as a mail being sent, carry it, so it must differ between
 *                 instances running at once
 */
@ConfigurationProperties("apirnet")
public record PortalProperties(@DefaultValue("data") Path dataDir,
                               @DefaultValue("http://localhost:8080") URI baseUrl,
                               @DefaultValue("") String nodeName) {

    /** The configured node name, else the host name with the data directory (two instances on one host differ). */
    public String node() {
        String name;
        if (nodeName != null && !nodeName.isBlank()) {
            name = nodeName.strip();
        } else {
            String host;
            try {
                host = java.net.InetAddress.getLocalHost().getHostName();
            } catch (java.net.UnknownHostException e) {
                host = "localhost";
            }
            name = host + ":" + dataDir.toAbsolutePath().normalize();
        }
        return name.length() <= 150 ? name : name.substring(name.length() - 150); // fits claimed_by with its run
    }

    public Path filesDir() {
        return dataDir.resolve("files");
    }

    public Path indexDir() {
        return dataDir.resolve("index");
    }

    /** Where uploads are spooled while a request arrives; emptied at start. */
    public Path uploadSpoolDir() {
        return dataDir.resolve("tmp").resolve("uploads");
    }

    public Path embeddedDatabaseDir() {
        return dataDir.resolve("postgres");
    }
}

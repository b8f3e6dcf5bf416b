package org.apirnet.news;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;

import org.apache.tika.Tika;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apirnet.platform.FileStore;

import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;

/**
 * Accepts or refuses a news item's image, and makes the renditions pages show. The file is judged by its content
 * (Apache Tika), never by its name; its pixel dimensions are read from its header before any pixel is decoded, so a
 * small file declaring an enormous picture (a decompression bomb) is refused without using the memory it asks for.
 * An accepted image is decoded once, subsampled on the way in when it is much larger than needed, flattened onto
 * white, scaled with plain Java2D to each {@link Size} and stored as JPEG in the file store. The upload itself is
 * not kept: pages only ever show the renditions.
 */
@Component
class NewsImages {

    /** The sizes pages use: a card in lists and on home, theme and country pages; the wide one on the item's page. */
    enum Size {
        CARD(480, 320), WIDE(1200, 800);

        final int maxWidth;
        final int maxHeight;

        Size(int maxWidth, int maxHeight) {
            this.maxWidth = maxWidth;
            this.maxHeight = maxHeight;
        }
    }

    /** One stored rendition. */
    record Rendition(String key, int width, int height) {
    }

    /** Both renditions of an accepted image. */
    record Stored(Rendition card, Rendition wide) {

        List<String> keys() {
            return List.of(card.key(), wide.key());
        }
    }

    /** Why an image was refused, as a message key and its arguments. */
    static final class Refused extends Exception {
        final String messageKey;
        final transient Object[] arguments;

        Refused(String messageKey, Object... arguments) {
            super(messageKey);
            this.messageKey = messageKey;
            this.arguments = arguments;
        }
    }

    /** What browsers show everywhere and Java reads without plugins. */
    static final Set<String> ALLOWED_TYPES = Set.of("image/jpeg", "image/png", "image/gif");
    private static final float JPEG_QUALITY = 0.85f;

    private final FileStore files;
    private final NewsProperties properties;
    private final Tika tika = new Tika();

    NewsImages(FileStore files, NewsProperties properties) {
        this.files = files;
        this.properties = properties;
    }

    /** Whether the form's file input carried a file (browsers send an empty part when none was chosen). */
    static boolean chosen(MultipartFile upload) {
        return upload != null && !(upload.isEmpty() && (upload.getOriginalFilename() == null || upload.getOriginalFilename().isBlank()));
    }

    Stored accept(MultipartFile upload) throws Refused {
        if (upload.isEmpty()) {
            throw new Refused("news.image.empty");
        }
        if (upload.getSize() > properties.maxImageSize().toBytes()) {
            throw new Refused("news.image.tooLarge", properties.maxImageSize().toMegabytes());
        }
        try {
            String type = detect(upload);
            if (!ALLOWED_TYPES.contains(type)) {
                throw new Refused("news.image.notAnImage");
            }
            BufferedImage decoded = decode(upload, type);
            return store(decoded);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read or store an uploaded image", e);
        }
    }

    /** Judged by content alone: the name is deliberately not offered to the detector. */
    private String detect(MultipartFile upload) throws IOException {
        try (InputStream in = TikaInputStream.get(upload.getInputStream())) {
            return tika.getDetector().detect(in, new Metadata()).getBaseType().toString();
        }
    }

    /**
     * Reads the dimensions from the header, refuses more than {@link NewsProperties#maxImagePixels()}, then decodes
     * only every n-th pixel when the picture is more than twice the largest rendition (what is decoded stays about
     * four times the wide rendition at most, whatever the upload).
     */
    private BufferedImage decode(MultipartFile upload, String type) throws IOException, Refused {
        try (InputStream raw = upload.getInputStream(); ImageInputStream in = new MemoryCacheImageInputStream(raw)) {
            Iterator<ImageReader> readers = ImageIO.getImageReadersByMIMEType(type);
            if (!readers.hasNext()) {
                throw new Refused("news.image.notAnImage");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                int width = reader.getWidth(0);
                int height = reader.getHeight(0);
                if (width <= 0 || height <= 0 || (long) width * height > properties.maxImagePixels()) {
                    throw new Refused("news.image.tooManyPixels", width, height, properties.maxImagePixels() / 1_000_000);
                }
                double scale = Math.min(1.0, Math.min((double) Size.WIDE.maxWidth / width, (double) Size.WIDE.maxHeight / height));
                int step = Math.max(1, (int) Math.floor(1 / (2 * scale)));
                ImageReadParam param = reader.getDefaultReadParam();
                param.setSourceSubsampling(step, step, 0, 0);
                return reader.read(0, param);
            } catch (IOException | RuntimeException e) {
                // A header that lies or pixel data that ends early: not an image we can show.
                throw new Refused("news.image.unreadable");
            } finally {
                reader.dispose();
            }
        }
    }

    private Stored store(BufferedImage decoded) throws IOException {
        List<String> written = new ArrayList<>();
        try {
            Rendition card = storeRendition(decoded, Size.CARD, written);
            Rendition wide = storeRendition(decoded, Size.WIDE, written);
            return new Stored(card, wide);
        } catch (IOException | RuntimeException e) {
            written.forEach(files::delete);
            throw e;
        }
    }

    private Rendition storeRendition(BufferedImage source, Size size, List<String> written) throws IOException {
        BufferedImage scaled = scale(source, size);
        byte[] jpeg = jpeg(scaled);
        FileStore.StoredFile stored = files.store(new ByteArrayInputStream(jpeg), jpeg.length);
        written.add(stored.key());
        return new Rendition(stored.key(), scaled.getWidth(), scaled.getHeight());
    }

    /**
     * Fits the picture within the size (never enlarging it), on white (JPEG has no transparency). Halving in steps
     * and then one bilinear step keeps fine lines and text legible, where one large bilinear step would alias.
     */
    static BufferedImage scale(BufferedImage source, Size size) {
        double factor = Math.min(1.0, Math.min((double) size.maxWidth / source.getWidth(), (double) size.maxHeight / source.getHeight()));
        int targetWidth = Math.max(1, (int) Math.round(source.getWidth() * factor));
        int targetHeight = Math.max(1, (int) Math.round(source.getHeight() * factor));
        BufferedImage current = source;
        int width = source.getWidth();
        int height = source.getHeight();
        do {
            width = Math.max(targetWidth, width / 2 >= targetWidth ? width / 2 : targetWidth);
            height = Math.max(targetHeight, height / 2 >= targetHeight ? height / 2 : targetHeight);
            BufferedImage next = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
            Graphics2D g = next.createGraphics();
            try {
                g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
                g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
                g.setColor(Color.WHITE);
                g.fillRect(0, 0, width, height);
                g.drawImage(current, 0, 0, width, height, null);
            } finally {
                g.dispose();
            }
            current = next;
        } while (width != targetWidth || height != targetHeight);
        return current;
    }

    private static byte[] jpeg(BufferedImage image) throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (MemoryCacheImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
            writer.setOutput(out);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(JPEG_QUALITY);
            writer.write(null, new IIOImage(image, null, null), param);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }
}

package org.apirnet.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.function.BooleanSupplier;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

/**
 * Keeps a copy of an HTML page as it is written, so it can be served again; anything else (a file download, a
 * stylesheet, a page larger than the limit) is passed straight through as soon as that is known, so downloads keep
 * streaming and memory stays bounded.
 */
final class CapturingResponse extends HttpServletResponseWrapper {

    private final int limit;
    private final BooleanSupplier holdWhole;
    private final ByteArrayOutputStream buffer = new ByteArrayOutputStream(16 * 1024);
    private boolean passingThrough;
    private ServletOutputStream stream;
    private PrintWriter writer;
    /** The client went away while what was held back was being sent; reported by the next write, as an I/O error. */
    private IOException failure;

    /**
     * @param limit     pages larger than this are passed through as they are written...
     * @param holdWhole ...unless this says the page must be held whole whatever its size (it will be changed before it
     *                  is sent)
     */
    CapturingResponse(HttpServletResponse response, int limit, BooleanSupplier holdWhole) {
        super(response);
        this.limit = limit;
        this.holdWhole = holdWhole;
    }

    CapturingResponse(HttpServletResponse response, int limit) {
        this(response, limit, () -> false);
    }

    @Override
    public void setContentType(String type) {
        super.setContentType(type);
        if (type != null && !type.startsWith("text/html")) {
            passThrough();
        }
    }

    /** Spring's message converters set the type as a header, not through {@link #setContentType}. */
    @Override
    public void setHeader(String name, String value) {
        super.setHeader(name, value);
        passThroughUnlessHtml(name, value);
    }

    @Override
    public void addHeader(String name, String value) {
        super.addHeader(name, value);
        passThroughUnlessHtml(name, value);
    }

    private void passThroughUnlessHtml(String name, String value) {
        if ("Content-Type".equalsIgnoreCase(name) && value != null && !value.startsWith("text/html")) {
            passThrough();
        }
    }

    @Override
    public void setContentLength(int length) {
        if (passingThrough) {
            super.setContentLength(length);
        }
    }

    @Override
    public void setContentLengthLong(long length) {
        if (passingThrough) {
            super.setContentLengthLong(length);
        }
    }

    @Override
    public ServletOutputStream getOutputStream() {
        if (stream == null) {
            stream = new ServletOutputStream() {
                @Override
                public void write(int b) throws IOException {
                    write(new byte[] {(byte) b}, 0, 1);
                }

                @Override
                public void write(byte[] bytes, int offset, int length) throws IOException {
                    if (passingThrough) {
                        throwIfFailed();
                        getResponse().getOutputStream().write(bytes, offset, length);
                        return;
                    }
                    buffer.write(bytes, offset, length);
                    if (buffer.size() > limit && !holdWhole.getAsBoolean()) {
                        passThrough();
                        throwIfFailed();
                    }
                }

                @Override
                public void flush() throws IOException {
                    if (passingThrough) {
                        getResponse().getOutputStream().flush();
                    }
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setWriteListener(WriteListener listener) {
                    throw new UnsupportedOperationException("Pages are written blocking");
                }
            };
        }
        return stream;
    }

    @Override
    public PrintWriter getWriter() {
        if (writer == null) {
            String encoding = getCharacterEncoding();
            Charset charset = encoding == null ? StandardCharsets.ISO_8859_1 : Charset.forName(encoding);
            writer = new PrintWriter(new OutputStreamWriter(getOutputStream(), charset), false);
        }
        return writer;
    }

    /** While capturing, nothing is committed: the page is sent whole by {@link #finish()}. */
    @Override
    public void flushBuffer() throws IOException {
        if (writer != null) {
            writer.flush();
        }
        if (passingThrough) {
            super.flushBuffer();
        }
    }

    /** An error page replaces what was written so far (a view that failed half-way): so must the held-back copy. */
    @Override
    public void resetBuffer() {
        super.resetBuffer();
        if (!passingThrough) {
            buffer.reset();
        }
    }

    @Override
    public void reset() {
        super.reset();
        if (!passingThrough) {
            buffer.reset();
        }
    }

    /** The whole page, or null when it was passed through instead. */
    byte[] page() throws IOException {
        if (writer != null) {
            writer.flush();
        }
        return passingThrough ? null : buffer.toByteArray();
    }

    /** Sends what was held back; after this the response is the real one. */
    void finish() throws IOException {
        if (writer != null) {
            writer.flush();
        }
        if (!passingThrough) {
            passThrough();
        }
        throwIfFailed();
    }

    /** Sends this instead of what was held back (the page with its stand-ins filled in); after this the response is the real one. */
    void finishWith(byte[] body) throws IOException {
        if (writer != null) {
            writer.flush();
        }
        if (passingThrough) {
            throw new IllegalStateException("Already sent");
        }
        passingThrough = true;
        buffer.reset();
        getResponse().setContentLength(body.length);
        getResponse().getOutputStream().write(body);
    }

    private void throwIfFailed() throws IOException {
        if (failure != null) {
            IOException reported = failure;
            failure = null;
            throw reported;
        }
    }

    private void passThrough() {
        if (passingThrough) {
            return;
        }
        passingThrough = true;
        try {
            if (buffer.size() > 0) {
                getResponse().getOutputStream().write(buffer.toByteArray());
            }
        } catch (IOException e) {
            // Called where no I/O error may be thrown (setting a header): the next write reports it, as any
            // write to a client that went away does, so it is handled as a client abort, not logged as a fault.
            failure = e;
        }
        buffer.reset();
    }
}

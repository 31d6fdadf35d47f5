package policysearch.web;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.zip.CRC32;

/**
 * The site's css, js and icons under {@code /static}, read from the class path's {@code static/} folder on first
 * request and kept in memory, with an ETag. Jetty's own resource handler would mount the whole jar (tens of
 * thousands of entries) as a file system when the app starts, which took about a third of the start-up.
 */
final class StaticAssets {
    /** Folders and a file name of letters, digits, {@code _} and {@code -}, one extension: no way out of the folder. */
    private static final Pattern PATH = Pattern.compile("(?:[A-Za-z0-9_-]+/)*[A-Za-z0-9_-]+\\.([a-z0-9]+)");
    private static final Map<String, String> TYPES = Map.of("css", "text/css; charset=utf-8",
            "js", "text/javascript; charset=utf-8", "svg", "image/svg+xml", "png", "image/png",
            "ico", "image/x-icon", "woff2", "font/woff2");
    static final String CACHE_CONTROL = "max-age=3600";

    /** One asset's bytes, type and validator. */
    private record Asset(byte[] bytes, String type, String etag) {
    }

    /** Only assets that exist are kept, so requests for made-up paths cannot fill memory. */
    private final Map<String, Asset> found = new ConcurrentHashMap<>();
    private final ClassLoader loader = StaticAssets.class.getClassLoader();

    /** {@code GET /static/<path>}: the asset, 304 when the client holds it, 404 for anything else. */
    void serve(Context ctx) {
        String path = ctx.pathParam("path");
        Asset asset = asset(path).orElseThrow(() -> new NotFound("没有这个地址：" + ctx.path()));
        ctx.header("Cache-Control", CACHE_CONTROL);
        ctx.header("ETag", asset.etag());
        if (asset.etag().equals(ctx.header("If-None-Match"))) {
            ctx.status(304);
            return;
        }
        ctx.contentType(asset.type()).result(asset.bytes());
    }

    private Optional<Asset> asset(String path) {
        Asset known = found.get(path);
        if (known != null) {
            return Optional.of(known);
        }
        var m = PATH.matcher(path);
        if (!m.matches() || !TYPES.containsKey(m.group(1))) {
            return Optional.empty();
        }
        try (InputStream in = loader.getResourceAsStream("static/" + path)) {
            if (in == null) {
                return Optional.empty();
            }
            byte[] bytes = in.readAllBytes();
            CRC32 crc = new CRC32();
            crc.update(bytes);
            Asset asset = new Asset(bytes, TYPES.get(m.group(1)),
                    "\"" + HexFormat.of().toHexDigits((int) crc.getValue()) + "-" + bytes.length + "\"");
            found.put(path, asset);
            return Optional.of(asset);
        } catch (IOException e) {
            throw new UncheckedIOException("reading static/" + path + " from the class path", e);
        }
    }
}

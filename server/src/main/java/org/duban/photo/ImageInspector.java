package org.duban.photo;

import com.drew.imaging.ImageMetadataReader;
import com.drew.lang.GeoLocation;
import com.drew.metadata.Metadata;
import com.drew.metadata.exif.ExifIFD0Directory;
import com.drew.metadata.exif.ExifSubIFDDirectory;
import com.drew.metadata.exif.GpsDirectory;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.Iterator;
import java.util.TimeZone;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;

/**
 * Looks at an uploaded file as the evidence it claims to be. The type comes from the bytes, never the name or the
 * Content-Type; width and height come from the header before anything is decoded, so a few KB declaring
 * 60000×60000 is refused without allocating it; the decode itself is subsampled to the display size, so a large
 * photo costs little memory. The copies made here carry no metadata: EXIF stays with the original.
 */
final class ImageInspector {

    static final int DISPLAY = 1600;
    static final int THUMB = 320;

    enum Kind {
        JPEG("image/jpeg", "jpeg"), PNG("image/png", "png"), WEBP("image/webp", "webp");

        final String mediaType;
        final String format;

        Kind(String mediaType, String format) {
            this.mediaType = mediaType;
            this.format = format;
        }
    }

    /** What a photo is: its kind and size, when and where it was taken (if it says), and its copies. */
    record Inspection(Kind kind, int width, int height, LocalDateTime takenAt, Double latitude, Double longitude,
            byte[] display, byte[] thumbnail, long dhash) {
    }

    private final long maxPixels;

    ImageInspector(long maxPixels) {
        this.maxPixels = maxPixels;
    }

    /** What a file's header says it is: read without decoding a pixel, so cheap enough for the upload itself. */
    record Header(Kind kind, int width, int height) {
    }

    /**
     * The checks an upload gets before it is kept: a photo of a kind we take, with a readable header declaring a
     * sensible size. The picture itself is decoded later ({@link #inspect}).
     *
     * @throws PhotoRefused saying why not
     */
    Header check(byte[] bytes) {
        return read(bytes, this::measured);
    }

    /** Everything about a photo: its header's facts, its EXIF, its upright copies without metadata and its hash. */
    Inspection inspect(byte[] bytes) {
        Metadata metadata = metadata(bytes);
        Decoded decoded = read(bytes, (kind, reader) -> {
            Header header = measured(kind, reader);
            ImageReadParam param = reader.getDefaultReadParam();
            int step = Math.max(1, Math.max(header.width(), header.height()) / DISPLAY);
            param.setSourceSubsampling(step, step, 0, 0);
            return new Decoded(header, reader.read(0, param));
        });
        BufferedImage image = upright(decoded.image(), orientation(metadata));
        BufferedImage display = scaled(image, DISPLAY);
        BufferedImage thumb = scaled(display, THUMB);
        Header h = decoded.header();
        return new Inspection(h.kind(), h.width(), h.height(), takenAt(metadata), latitude(metadata),
                longitude(metadata), jpeg(display), jpeg(thumb), dhash(display));
    }

    private record Decoded(Header header, BufferedImage image) {
    }

    private interface Reading<T> {
        T read(Kind kind, ImageReader reader) throws IOException;
    }

    /** Runs {@code reading} with a reader for the file's kind; whatever goes wrong in there is a damaged file. */
    private static <T> T read(byte[] bytes, Reading<T> reading) {
        if (bytes.length == 0) {
            throw PhotoRefused.empty();
        }
        Kind kind = kindOf(bytes);
        // held in memory: ImageIO's default cache would copy the whole file to a temporary file first
        try (ImageInputStream in = new MemoryCacheImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(kind.format);
            if (!readers.hasNext()) {
                throw PhotoRefused.notAPhoto();
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                return reading.read(kind, reader);
            } finally {
                reader.dispose();
            }
        } catch (PhotoRefused e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw PhotoRefused.damaged();
        }
    }

    private Header measured(Kind kind, ImageReader reader) throws IOException {
        int width = reader.getWidth(0);
        int height = reader.getHeight(0);
        if (width <= 0 || height <= 0) {
            throw PhotoRefused.damaged();
        }
        if ((long) width * height > maxPixels) {
            throw PhotoRefused.tooManyPixels(width, height);
        }
        return new Header(kind, width, height);
    }

    static Kind kindOf(byte[] b) {
        if (startsWith(b, 0, 0xFF, 0xD8, 0xFF)) {
            return Kind.JPEG;
        }
        if (startsWith(b, 0, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
            return Kind.PNG;
        }
        if (startsWith(b, 0, 'R', 'I', 'F', 'F') && startsWith(b, 8, 'W', 'E', 'B', 'P')) {
            return Kind.WEBP;
        }
        if (startsWith(b, 4, 'f', 't', 'y', 'p') && b.length >= 12) {
            String brand = new String(b, 8, 4, StandardCharsets.US_ASCII);
            if (brand.startsWith("hei") || brand.startsWith("hev") || brand.equals("mif1") || brand.equals("msf1")) {
                throw PhotoRefused.heic();
            }
        }
        throw PhotoRefused.notAPhoto();
    }

    private static boolean startsWith(byte[] b, int at, int... magic) {
        if (b.length < at + magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if ((b[at + i] & 0xFF) != magic[i]) {
                return false;
            }
        }
        return true;
    }

    private static Metadata metadata(byte[] bytes) {
        try {
            return ImageMetadataReader.readMetadata(new ByteArrayInputStream(bytes), bytes.length);
        } catch (Exception | StackOverflowError e) {
            return new Metadata();
        }
    }

    /** EXIF keeps the camera's wall-clock time without a zone; it is kept as that local time. */
    private static LocalDateTime takenAt(Metadata metadata) {
        ExifSubIFDDirectory exif = metadata.getFirstDirectoryOfType(ExifSubIFDDirectory.class);
        Date date = exif == null ? null : exif.getDateOriginal(TimeZone.getTimeZone("UTC"));
        return date == null ? null : LocalDateTime.ofInstant(date.toInstant(), ZoneOffset.UTC);
    }

    private static Double latitude(Metadata metadata) {
        GeoLocation at = location(metadata);
        return at == null ? null : at.getLatitude();
    }

    private static Double longitude(Metadata metadata) {
        GeoLocation at = location(metadata);
        return at == null ? null : at.getLongitude();
    }

    private static GeoLocation location(Metadata metadata) {
        GpsDirectory gps = metadata.getFirstDirectoryOfType(GpsDirectory.class);
        GeoLocation at = gps == null ? null : gps.getGeoLocation();
        return at == null || at.isZero() ? null : at;
    }

    private static int orientation(Metadata metadata) {
        ExifIFD0Directory ifd0 = metadata.getFirstDirectoryOfType(ExifIFD0Directory.class);
        Integer o = ifd0 == null ? null : ifd0.getInteger(ExifIFD0Directory.TAG_ORIENTATION);
        return o == null ? 1 : o;
    }

    /** Phones store photos sideways and say so in EXIF; the copies, which have no EXIF, are turned upright. */
    private static BufferedImage upright(BufferedImage image, int orientation) {
        int quarterTurns = switch (orientation) {
            case 6 -> 1;
            case 3 -> 2;
            case 8 -> 3;
            default -> 0;
        };
        if (quarterTurns == 0) {
            return image;
        }
        int w = image.getWidth();
        int h = image.getHeight();
        boolean swap = quarterTurns % 2 == 1;
        BufferedImage out = new BufferedImage(swap ? h : w, swap ? w : h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        AffineTransform t = new AffineTransform();
        t.translate(out.getWidth() / 2.0, out.getHeight() / 2.0);
        t.quadrantRotate(quarterTurns);
        t.translate(-w / 2.0, -h / 2.0);
        g.drawImage(image, t, null);
        g.dispose();
        return out;
    }

    /** An RGB copy no longer than {@code max} on its long side, transparency over white. */
    static BufferedImage scaled(BufferedImage image, int max) {
        double f = Math.min(1.0, (double) max / Math.max(image.getWidth(), image.getHeight()));
        int w = Math.max(1, (int) Math.round(image.getWidth() * f));
        int h = Math.max(1, (int) Math.round(image.getHeight() * f));
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, w, h);
        g.drawImage(image, 0, 0, w, h, null);
        g.dispose();
        return out;
    }

    static byte[] jpeg(BufferedImage image) {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
            writer.setOutput(out);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(0.85f);
            writer.write(null, new IIOImage(image, null, null), param);
        } catch (IOException e) {
            throw new IllegalStateException("JPEG encoding failed", e);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }

    /**
     * A difference hash: the photo shrunk to 9×8 grey pixels, one bit per neighbour pair. Re-saved, resized or
     * slightly re-compressed copies of a photo keep (almost) the same 64 bits.
     */
    static long dhash(BufferedImage image) {
        BufferedImage small = new BufferedImage(9, 8, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = small.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.drawImage(image, 0, 0, 9, 8, null);
        g.dispose();
        long hash = 0;
        for (int y = 0; y < 8; y++) {
            for (int x = 0; x < 8; x++) {
                int left = small.getRaster().getSample(x, y, 0);
                int right = small.getRaster().getSample(x + 1, y, 0);
                hash = (hash << 1) | (left < right ? 1 : 0);
            }
        }
        return hash;
    }
}

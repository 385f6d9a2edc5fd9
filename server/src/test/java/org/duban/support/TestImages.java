package org.duban.support;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;

/** Real image files for tests, made here: no binary fixtures to trust. */
public final class TestImages {

    private TestImages() {
    }

    /** A JPEG of the given size showing a coloured block; different seeds give different pictures. */
    public static byte[] jpeg(int width, int height, int seed) {
        return encode(picture(width, height, seed), "jpeg");
    }

    public static byte[] png(int width, int height, int seed) {
        return encode(picture(width, height, seed), "png");
    }

    /** A JPEG that carries EXIF: when it was taken and, if given, where. */
    public static byte[] jpegWithExif(int seed, LocalDateTime takenAt, double latitude, double longitude) {
        byte[] jpeg = jpeg(640, 480, seed);
        byte[] app1 = exifSegment(takenAt, latitude, longitude);
        byte[] out = new byte[jpeg.length + app1.length];
        System.arraycopy(jpeg, 0, out, 0, 2); // SOI
        System.arraycopy(app1, 0, out, 2, app1.length);
        System.arraycopy(jpeg, 2, out, 2 + app1.length, jpeg.length - 2);
        return out;
    }

    /** A few hundred bytes of valid PNG that declare width × height pixels: an image bomb. */
    public static byte[] pngDeclaring(int width, int height) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A});
        ByteBuffer ihdr = ByteBuffer.allocate(13).putInt(width).putInt(height).put((byte) 8).put((byte) 2)
                .put((byte) 0).put((byte) 0).put((byte) 0);
        chunk(out, "IHDR", ihdr.array());
        chunk(out, "IDAT", new byte[] {0x78, (byte) 0x9C, 0x03, 0x00, 0x00, 0x00, 0x00, 0x01});
        chunk(out, "IEND", new byte[0]);
        return out.toByteArray();
    }

    private static void chunk(ByteArrayOutputStream out, String type, byte[] data) {
        byte[] t = type.getBytes(StandardCharsets.US_ASCII);
        out.writeBytes(ByteBuffer.allocate(4).putInt(data.length).array());
        out.writeBytes(t);
        out.writeBytes(data);
        CRC32 crc = new CRC32();
        crc.update(t);
        crc.update(data);
        out.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
    }

    private static BufferedImage picture(int width, int height, int seed) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        java.util.Random random = new java.util.Random(seed);
        g.setColor(new Color(random.nextInt(0xFFFFFF)));
        g.fillRect(0, 0, width, height);
        for (int i = 0; i < 12; i++) {
            g.setColor(new Color(random.nextInt(0xFFFFFF)));
            g.fillRect(random.nextInt(width), random.nextInt(height), width / 3, height / 3);
        }
        g.dispose();
        return image;
    }

    private static byte[] encode(BufferedImage image, String format) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(image, format, out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** APP1 "Exif": IFD0 → Exif IFD (DateTimeOriginal) and GPS IFD (latitude, longitude), little-endian TIFF. */
    private static byte[] exifSegment(LocalDateTime takenAt, double latitude, double longitude) {
        ByteBuffer tiff = ByteBuffer.allocate(512).order(ByteOrder.LITTLE_ENDIAN);
        tiff.put((byte) 'I').put((byte) 'I').putShort((short) 42).putInt(8);
        // IFD0 at 8: two entries (Exif pointer, GPS pointer)
        int ifd0 = 8;
        int exifIfd = ifd0 + 2 + 2 * 12 + 4;
        int gpsIfd = exifIfd + 2 + 12 + 4;
        int data = gpsIfd + 2 + 4 * 12 + 4;
        tiff.position(ifd0);
        tiff.putShort((short) 2);
        entry(tiff, 0x8769, 4, 1, exifIfd);
        entry(tiff, 0x8825, 4, 1, gpsIfd);
        tiff.putInt(0);
        // Exif IFD: DateTimeOriginal, ASCII 20 bytes at data
        int dateAt = data;
        tiff.position(exifIfd);
        tiff.putShort((short) 1);
        entry(tiff, 0x9003, 2, 20, dateAt);
        tiff.putInt(0);
        // GPS IFD: LatitudeRef, Latitude, LongitudeRef, Longitude
        int latAt = dateAt + 20;
        int lonAt = latAt + 24;
        tiff.position(gpsIfd);
        tiff.putShort((short) 4);
        entryInline(tiff, 0x0001, latitude >= 0 ? 'N' : 'S');
        entry(tiff, 0x0002, 5, 3, latAt);
        entryInline(tiff, 0x0003, longitude >= 0 ? 'E' : 'W');
        entry(tiff, 0x0004, 5, 3, lonAt);
        tiff.putInt(0);
        tiff.position(dateAt);
        tiff.put((takenAt.format(DateTimeFormatter.ofPattern("yyyy:MM:dd HH:mm:ss")) + "\0")
                .getBytes(StandardCharsets.US_ASCII));
        rational(tiff, latAt, Math.abs(latitude));
        rational(tiff, lonAt, Math.abs(longitude));
        int length = lonAt + 24;
        byte[] body = new byte[length];
        tiff.position(0);
        tiff.get(body);
        ByteBuffer app1 = ByteBuffer.allocate(4 + 6 + length);
        app1.put((byte) 0xFF).put((byte) 0xE1).putShort((short) (2 + 6 + length));
        app1.put("Exif\0\0".getBytes(StandardCharsets.US_ASCII)).put(body);
        return app1.array();
    }

    private static void entry(ByteBuffer b, int tag, int type, int count, int value) {
        b.putShort((short) tag).putShort((short) type).putInt(count).putInt(value);
    }

    private static void entryInline(ByteBuffer b, int tag, char ref) {
        b.putShort((short) tag).putShort((short) 2).putInt(2).put((byte) ref).put((byte) 0).putShort((short) 0);
    }

    /** Degrees as three rationals: degrees, minutes, seconds × 100. */
    private static void rational(ByteBuffer b, int at, double value) {
        int degrees = (int) value;
        double m = (value - degrees) * 60;
        int minutes = (int) m;
        int seconds100 = (int) Math.round((m - minutes) * 60 * 100);
        b.position(at);
        b.putInt(degrees).putInt(1).putInt(minutes).putInt(1).putInt(seconds100).putInt(100);
    }
}

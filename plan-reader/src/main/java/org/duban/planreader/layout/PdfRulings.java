package org.duban.planreader.layout;

import java.awt.geom.Point2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;

/**
 * The ruled lines a page draws: a table exported from Word or WPS draws its cells' borders as strokes or as thin
 * filled rectangles, and those borders, not the gaps between words, say where its rows and columns are (a cell's
 * text set in its middle stands lines below the row's top; a long cell wraps over lines its neighbours leave empty).
 * Coordinates are the text's: from the page's top left, y going down.
 */
final class PdfRulings extends PDFGraphicsStreamEngine {

    /** A border no thicker than this (in points) is a line; a thicker fill is shading. */
    private static final double THIN = 3;
    /** How far from level or plumb a stroke may lean and still be a rule. */
    private static final double LEAN = 1;

    /** A horizontal ({@code y0 == y1}) or vertical ({@code x0 == x1}) rule, its ends in order. */
    record Rule(double x0, double y0, double x1, double y1) {

        boolean horizontal() {
            return y1 - y0 < x1 - x0;
        }
    }

    private final double height;
    private final double left;
    private final double bottom;
    private final List<Rule> rules = new ArrayList<>();
    private final List<List<Point2D>> path = new ArrayList<>();
    private final List<Point2D[]> rectangles = new ArrayList<>();

    private PdfRulings(PDPage page) {
        super(page);
        PDRectangle box = page.getCropBox();
        height = box.getHeight();
        left = box.getLowerLeftX();
        bottom = box.getLowerLeftY();
    }

    /** The page's horizontal and vertical rules. */
    static List<Rule> of(PDPage page) throws IOException {
        PdfRulings engine = new PdfRulings(page);
        engine.processPage(page);
        return engine.rules;
    }

    private Point2D.Double onPage(Point2D p) {
        return new Point2D.Double(p.getX() - left, height - (p.getY() - bottom));
    }

    @Override
    public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
        rectangles.add(new Point2D[] {onPage(p0), onPage(p1), onPage(p2), onPage(p3)});
    }

    @Override
    public void moveTo(float x, float y) {
        List<Point2D> sub = new ArrayList<>();
        sub.add(onPage(new Point2D.Float(x, y)));
        path.add(sub);
    }

    @Override
    public void lineTo(float x, float y) {
        if (path.isEmpty()) {
            moveTo(x, y);
            return;
        }
        path.get(path.size() - 1).add(onPage(new Point2D.Float(x, y)));
    }

    @Override
    public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
        lineTo(x3, y3); // a rounded corner ends where a rule goes on; its bend is no rule
    }

    @Override
    public Point2D getCurrentPoint() {
        if (path.isEmpty() || path.get(path.size() - 1).isEmpty()) {
            return new Point2D.Float(0, 0);
        }
        Point2D last = path.get(path.size() - 1).get(path.get(path.size() - 1).size() - 1);
        return new Point2D.Double(last.getX() + left, height - last.getY() + bottom);
    }

    @Override
    public void closePath() {
        if (!path.isEmpty() && path.get(path.size() - 1).size() > 1) {
            List<Point2D> sub = path.get(path.size() - 1);
            sub.add(sub.get(0));
        }
    }

    @Override
    public void endPath() {
        clear();
    }

    @Override
    public void strokePath() {
        for (List<Point2D> sub : path) {
            for (int k = 1; k < sub.size(); k++) {
                add(sub.get(k - 1), sub.get(k));
            }
        }
        for (Point2D[] r : rectangles) {
            for (int k = 0; k < 4; k++) {
                add(r[k], r[(k + 1) % 4]);
            }
        }
        clear();
    }

    @Override
    public void fillPath(int windingRule) {
        // a thin filled rectangle is a border as Word's exports draw them; a box of a path filled likewise
        for (Point2D[] r : rectangles) {
            thinBox(r);
        }
        for (List<Point2D> sub : path) {
            if (sub.size() >= 4) {
                thinBox(sub.toArray(new Point2D[0]));
            }
        }
        clear();
    }

    @Override
    public void fillAndStrokePath(int windingRule) {
        strokePath();
    }

    private void thinBox(Point2D[] corners) {
        double x0 = Double.MAX_VALUE;
        double x1 = -Double.MAX_VALUE;
        double y0 = Double.MAX_VALUE;
        double y1 = -Double.MAX_VALUE;
        for (Point2D p : corners) {
            x0 = Math.min(x0, p.getX());
            x1 = Math.max(x1, p.getX());
            y0 = Math.min(y0, p.getY());
            y1 = Math.max(y1, p.getY());
        }
        if (y1 - y0 <= THIN && x1 - x0 > THIN) {
            rules.add(new Rule(x0, (y0 + y1) / 2, x1, (y0 + y1) / 2));
        } else if (x1 - x0 <= THIN && y1 - y0 > THIN) {
            rules.add(new Rule((x0 + x1) / 2, y0, (x0 + x1) / 2, y1));
        }
    }

    private void add(Point2D a, Point2D b) {
        double dx = Math.abs(a.getX() - b.getX());
        double dy = Math.abs(a.getY() - b.getY());
        if (dy <= LEAN && dx > LEAN) {
            double y = (a.getY() + b.getY()) / 2;
            rules.add(new Rule(Math.min(a.getX(), b.getX()), y, Math.max(a.getX(), b.getX()), y));
        } else if (dx <= LEAN && dy > LEAN) {
            double x = (a.getX() + b.getX()) / 2;
            rules.add(new Rule(x, Math.min(a.getY(), b.getY()), x, Math.max(a.getY(), b.getY())));
        }
    }

    private void clear() {
        path.clear();
        rectangles.clear();
    }

    @Override
    public void drawImage(PDImage pdImage) {
    }

    @Override
    public void clip(int windingRule) {
        // a clip is no border; the path it used is dropped at the path's end
    }

    @Override
    public void shadingFill(COSName shadingName) {
    }
}

package de.werkbank.map;

/**
 * Where the map sits on the screen: a point {@code (x, y)} in map units is drawn at
 * {@code (x·scale + tx, −y·scale + ty)} pixels.
 */
public record Viewport(double scale, double tx, double ty) {

    public double screenX(double x) {
        return x * scale + tx;
    }

    public double screenY(double y) {
        return -y * scale + ty;
    }

    public double mapX(double sx) {
        return (sx - tx) / scale;
    }

    public double mapY(double sy) {
        return (ty - sy) / scale;
    }

    /** Moved by pixels. */
    public Viewport panned(double dx, double dy) {
        return new Viewport(scale, tx + dx, ty + dy);
    }

    /** Zoomed by {@code factor} keeping the screen point {@code (sx, sy)} in place. */
    public Viewport zoomed(double factor, double sx, double sy) {
        return new Viewport(scale * factor, sx - (sx - tx) * factor, sy - (sy - ty) * factor);
    }
}

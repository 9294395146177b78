package de.werkbank.geo;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A {@code .prj} file's WKT (ESRI or OGC WKT 1) read by its contents: projection, datum or ellipsoid,
 * central meridian, scale, false easting and northing, units, as proj4 parameters. A vertical part
 * ({@code VERTCS} after the {@code PROJCS}, or inside a {@code COMPD_CS}) is left aside.
 */
final class Wkt {

    /** A WKT node: {@code KEYWORD["name", 1.0, CHILD[…]]}. */
    record Node(String keyword, List<Object> args) {

        String name() {
            return args.isEmpty() || !(args.get(0) instanceof String s) ? "" : s;
        }

        Optional<Node> child(String... keywords) {
            for (Object a : args) {
                if (a instanceof Node n && List.of(keywords).contains(n.keyword)) {
                    return Optional.of(n);
                }
            }
            return Optional.empty();
        }

        List<Node> children(String keyword) {
            return args.stream().filter(a -> a instanceof Node n && n.keyword.equals(keyword)).map(a -> (Node) a).toList();
        }

        double number(int i) {
            int seen = 0;
            for (Object a : args) {
                if (a instanceof Double d && seen++ == i) {
                    return d;
                }
            }
            throw new IllegalArgumentException("no number " + i + " in " + keyword);
        }
    }

    private final String text;
    private int at;

    private Wkt(String text) {
        this.text = text;
    }

    /** The first top-level node of a WKT text. */
    static Node parse(String text) {
        Wkt w = new Wkt(text);
        w.blanks();
        return w.node();
    }

    private Node node() {
        int start = at;
        while (at < text.length() && (Character.isLetterOrDigit(text.charAt(at)) || text.charAt(at) == '_')) {
            at++;
        }
        String keyword = text.substring(start, at).toUpperCase(Locale.ROOT);
        blanks();
        List<Object> args = new ArrayList<>();
        if (keyword.isEmpty() || at >= text.length() || "[(".indexOf(text.charAt(at)) < 0) {
            throw new IllegalArgumentException("not WKT at " + at);
        }
        at++;
        while (true) {
            blanks();
            if (at >= text.length()) {
                throw new IllegalArgumentException("WKT ends early");
            }
            char c = text.charAt(at);
            if (c == ']' || c == ')') {
                at++;
                return new Node(keyword, args);
            }
            if (c == ',') {
                at++;
            } else if (c == '"') {
                int end = text.indexOf('"', at + 1);
                if (end < 0) {
                    throw new IllegalArgumentException("open quote");
                }
                args.add(text.substring(at + 1, end));
                at = end + 1;
            } else if (c == '-' || c == '+' || c == '.' || Character.isDigit(c)) {
                int from = at;
                while (at < text.length() && "+-.eE0123456789".indexOf(text.charAt(at)) >= 0) {
                    at++;
                }
                args.add(Double.parseDouble(text.substring(from, at)));
            } else if (Character.isLetter(c)) {
                int save = at;
                while (at < text.length() && (Character.isLetterOrDigit(text.charAt(at)) || text.charAt(at) == '_')) {
                    at++;
                }
                int after = at;
                blanks();
                if (at < text.length() && "[(".indexOf(text.charAt(at)) >= 0) {
                    at = save;
                    args.add(node());
                } else {
                    args.add(text.substring(save, after)); // an enum such as EAST, NORTH
                }
            } else {
                throw new IllegalArgumentException("unexpected " + c);
            }
        }
    }

    private void blanks() {
        while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
            at++;
        }
    }

    /** The projected or geographic part of a system (a compound system's first, a vertical one never). */
    static Optional<Node> horizontal(Node root) {
        return switch (root.keyword()) {
            case "PROJCS", "GEOGCS" -> Optional.of(root);
            case "COMPD_CS" -> root.child("PROJCS", "GEOGCS");
            default -> Optional.empty();
        };
    }

    /**
     * The proj4 parameters of a WKT system, or empty when its projection is not one Werkbank knows or
     * a projected system gives no parameters (then its name or authority may still say).
     */
    static Optional<String> proj4(Node system) {
        Node geog = system.keyword().equals("GEOGCS") ? system : system.child("GEOGCS").orElse(null);
        if (geog == null) {
            return Optional.empty();
        }
        Optional<String> datum = datum(geog);
        if (datum.isEmpty()) {
            return Optional.empty();
        }
        if (system.keyword().equals("GEOGCS")) {
            return Optional.of("+proj=longlat " + datum.get() + " +no_defs");
        }
        Optional<Node> projection = system.child("PROJECTION");
        if (projection.isEmpty() || system.children("PARAMETER").isEmpty()) {
            return Optional.empty();
        }
        String kind = normal(projection.get().name());
        String proj = switch (kind) {
            case "transverse_mercator", "gauss_kruger" -> "+proj=tmerc";
            case "mercator", "mercator_1sp", "mercator_2sp" -> "+proj=merc";
            case "mercator_auxiliary_sphere", "popular_visualisation_pseudo_mercator" -> "+proj=merc +a=6378137 +b=6378137 +nadgrids=@null";
            case "lambert_conformal_conic", "lambert_conformal_conic_2sp", "lambert_conformal_conic_1sp" -> "+proj=lcc";
            case "lambert_azimuthal_equal_area" -> "+proj=laea";
            case "oblique_stereographic", "double_stereographic" -> "+proj=sterea";
            default -> null;
        };
        if (proj == null) {
            return Optional.empty();
        }
        StringBuilder p = new StringBuilder(proj);
        for (Node parameter : system.children("PARAMETER")) {
            String key = switch (normal(parameter.name())) {
                case "false_easting" -> "x_0";
                case "false_northing" -> "y_0";
                case "central_meridian", "longitude_of_center", "longitude_of_origin" -> "lon_0";
                case "scale_factor" -> "k_0";
                case "latitude_of_origin", "latitude_of_center" -> "lat_0";
                case "standard_parallel_1" -> "lat_1";
                case "standard_parallel_2" -> "lat_2";
                default -> null;
            };
            if (key != null) {
                p.append(" +").append(key).append('=').append(parameter.number(0));
            }
        }
        if (!proj.contains("+a=")) {
            p.append(' ').append(datum.get());
        }
        Optional<Node> unit = system.child("UNIT");
        double toMetre = unit.isPresent() ? unit.get().number(0) : 1;
        p.append(toMetre == 1 ? " +units=m" : " +to_meter=" + toMetre).append(" +no_defs");
        return Optional.of(p.toString());
    }

    /** The ellipsoid and datum shift of a geographic system, as proj4 parameters. */
    private static Optional<String> datum(Node geog) {
        Optional<Node> datum = geog.child("DATUM");
        Optional<Node> spheroid = datum.flatMap(d -> d.child("SPHEROID", "ELLIPSOID"));
        if (spheroid.isEmpty() || spheroid.get().args().stream().filter(Double.class::isInstance).count() < 2) {
            return Optional.empty();
        }
        double a = spheroid.get().number(0);
        double rf = spheroid.get().number(1);
        // proj4j takes +a with +b (its +rf gives nonsense)
        String ellipsoid = "+a=" + a + " +b=" + (rf == 0 ? a : a * (1 - 1 / rf));
        Optional<Node> toWgs84 = datum.get().child("TOWGS84");
        String name = normal(datum.get().name());
        String shift;
        if (toWgs84.isPresent()) {
            List<String> n = toWgs84.get().args().stream().filter(Double.class::isInstance).map(String::valueOf).toList();
            shift = "+towgs84=" + String.join(",", n);
        } else if (name.contains("hauptdreiecksnetz") || name.contains("dhdn") || name.contains("potsdam")) {
            shift = "+towgs84=598.1,73.7,418.2,0.202,0.045,-2.455,6.7"; // EPSG:31467's
        } else {
            shift = "+towgs84=0,0,0"; // WGS84, ETRS89 and those like them: no shift that matters for a map
        }
        return Optional.of(ellipsoid + " " + shift);
    }

    private static String normal(String name) {
        return name.strip().toLowerCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
    }
}

package de.werkbank.geo;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.CoordinateSequenceFilter;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.proj4j.CRSFactory;
import org.locationtech.proj4j.CoordinateReferenceSystem;
import org.locationtech.proj4j.CoordinateTransform;
import org.locationtech.proj4j.CoordinateTransformFactory;
import org.locationtech.proj4j.ProjCoordinate;
import org.locationtech.proj4j.proj.Projection;

/**
 * A coordinate system Werkbank can read boundaries in: any EPSG code proj4j's EPSG database holds, or
 * the parameters a {@code .prj} file's WKT gives (projection, ellipsoid, datum shift, central meridian,
 * scale, false easting and northing, units; see {@link Wkt}). Boundaries are stored in WGS84
 * longitude/latitude.
 *
 * @param epsg the EPSG code, or 0 for a system given by its parameters
 * @param proj4 the proj4 parameters of a system read from WKT, or {@code null} for an EPSG code
 */
public record Crs(int epsg, String proj4) {

    /** The supported codes and the names ESRI and EPSG give them in {@code .prj} files. */
    private static final Map<Integer, List<String>> NAMES = Map.of(
            4326, List.of("GCS_WGS_1984", "WGS 84", "WGS84"),
            4258, List.of("GCS_ETRS_1989", "ETRS89"),
            25832, List.of("ETRS_1989_UTM_Zone_32N", "ETRS89 / UTM zone 32N", "ETRS89_UTM_zone_32N"),
            25833, List.of("ETRS_1989_UTM_Zone_33N", "ETRS89 / UTM zone 33N", "ETRS89_UTM_zone_33N"),
            31466, List.of("DHDN_3_Degree_Gauss_Zone_2", "DHDN / 3-degree Gauss-Kruger zone 2", "DHDN / Gauss-Kruger zone 2"),
            31467, List.of("DHDN_3_Degree_Gauss_Zone_3", "DHDN / 3-degree Gauss-Kruger zone 3", "DHDN / Gauss-Kruger zone 3"),
            31468, List.of("DHDN_3_Degree_Gauss_Zone_4", "DHDN / 3-degree Gauss-Kruger zone 4", "DHDN / Gauss-Kruger zone 4"),
            3857, List.of("WGS_1984_Web_Mercator_Auxiliary_Sphere", "WGS 84 / Pseudo-Mercator", "WGS_84_Pseudo_Mercator",
                    "Popular Visualisation CRS / Mercator"));

    public static final Crs WGS84 = new Crs(4326);

    private static final Pattern NAME = Pattern.compile("^\\s*(?:PROJCS|GEOGCS|PROJCRS|GEOGCRS)\\s*\\[\\s*\"([^\"]*)\"");
    private static final Pattern LAST_AUTHORITY = Pattern.compile("(?:AUTHORITY|ID)\\s*\\[\\s*\"EPSG\"\\s*,\\s*\"?(\\d+)\"?\\s*\\]\\s*\\]\\s*$");
    private static final Pattern CODE = Pattern.compile("(?i)^(?:EPSG:{1,2}|urn:ogc:def:crs:EPSG:[\\d.]*:|https?://www\\.opengis\\.net/def/crs/EPSG/0/)(\\d+)$");
    private static final Pattern OGC_WGS84 = Pattern.compile("(?i)^(urn:ogc:def:crs:OGC:[\\d.]*:CRS84|OGC:CRS84)$");

    public Crs {
        if (proj4 == null && !known(epsg)) {
            throw new GeoFormatException("geo.crs.unsupported", "EPSG:" + epsg, supported());
        }
    }

    /** A system by its EPSG code. */
    public Crs(int epsg) {
        this(epsg, null);
    }

    /** Whether proj4j's EPSG database holds a code. */
    private static boolean known(int epsg) {
        if (NAMES.containsKey(epsg)) {
            return true;
        }
        try {
            return epsg > 0 && Transform.CRS.createFromName("EPSG:" + epsg) != null;
        } catch (RuntimeException e) {
            return false;
        }
    }

    /** {@code EPSG:25832}, {@code urn:ogc:def:crs:EPSG::25832}, {@code …/EPSG/0/25832} or {@code OGC:CRS84}. */
    public static Crs fromName(String name) {
        String text = name.trim();
        if (OGC_WGS84.matcher(text).matches()) {
            return WGS84;
        }
        Matcher m = CODE.matcher(text);
        int code = m.matches() ? code(m.group(1)) : -1;
        if (!known(code)) {
            throw new GeoFormatException("geo.crs.unsupported", shortened(text), supported());
        }
        return new Crs(code);
    }

    /** The number an EPSG code's digits give, or -1 for one too large to be a code. */
    private static int code(String digits) {
        return digits.length() > 9 ? -1 : Integer.parseInt(digits);
    }

    /**
     * The coordinate system of a {@code .prj} file (ESRI or OGC WKT), by its contents: a projected
     * system by its projection's parameters (an EPSG code only where its name or authority names one
     * whose parameters agree: a "WGS_1984_UTM_Zone_32N" with a false easting of 2,500,000 is not
     * EPSG:32632), a geographic one by its authority, name or ellipsoid. A vertical part is left aside.
     */
    public static Crs fromWkt(String fileName, String wkt) {
        String text = wkt.strip();
        Optional<Wkt.Node> system;
        try {
            system = Wkt.horizontal(Wkt.parse(text));
        } catch (IllegalArgumentException e) {
            system = Optional.empty();
        }
        if (system.isEmpty()) {
            return byNameOrAuthority(fileName, text);
        }
        Optional<Integer> named = system.flatMap(Crs::named);
        Optional<String> proj4 = system.flatMap(Wkt::proj4);
        if (proj4.isPresent()) {
            if (named.isPresent() && agree(named.get(), proj4.get())) {
                return new Crs(named.get());
            }
            return new Crs(0, proj4.get());
        }
        if (named.isPresent()) {
            return new Crs(named.get());
        }
        String shown = system.map(Wkt.Node::name).filter(n -> !n.isBlank()).orElse(text);
        throw new GeoFormatException("geo.crs.unknownPrj", fileName, shortened(shown), supported());
    }

    /** A WKT this reader cannot take apart (WKT 2): by its last EPSG authority, else by its name. */
    private static Crs byNameOrAuthority(String fileName, String text) {
        Matcher authority = LAST_AUTHORITY.matcher(text);
        if (authority.find() && known(code(authority.group(1)))) {
            return new Crs(code(authority.group(1)));
        }
        Matcher name = NAME.matcher(text);
        if (name.find()) {
            String n = name.group(1).trim();
            for (var entry : NAMES.entrySet()) {
                if (entry.getValue().stream().anyMatch(k -> k.replace(' ', '_').equalsIgnoreCase(n.replace(' ', '_')))) {
                    return new Crs(entry.getKey());
                }
            }
            throw new GeoFormatException("geo.crs.unknownPrj", fileName, shortened(n), supported());
        }
        throw new GeoFormatException("geo.crs.unknownPrj", fileName, shortened(text), supported());
    }

    /** The EPSG code a WKT system's authority or name gives, if proj4j knows it. */
    private static Optional<Integer> named(Wkt.Node system) {
        Optional<Wkt.Node> authority = system.child("AUTHORITY");
        if (authority.isPresent() && authority.get().name().equals("EPSG") && authority.get().args().size() > 1) {
            Object code = authority.get().args().get(1);
            int c = code instanceof Double d ? d.intValue() : code instanceof String t && t.matches("\\d{1,9}")
                    ? Integer.parseInt(t) : -1;
            if (known(c)) {
                return Optional.of(c);
            }
        }
        String n = system.name().strip();
        for (var entry : NAMES.entrySet()) {
            for (String known : entry.getValue()) {
                if (known.equalsIgnoreCase(n) || known.replace(' ', '_').equalsIgnoreCase(n.replace(' ', '_'))) {
                    return Optional.of(entry.getKey());
                }
            }
        }
        return Optional.empty();
    }

    /**
     * Whether an EPSG code's projection has the parameters a WKT gives (those it leaves out are taken
     * as the code's): the projection, false easting and northing, central meridian, scale, origin.
     */
    private static boolean agree(int epsg, String proj4) {
        try {
            Projection a = Transform.CRS.createFromName("EPSG:" + epsg).getProjection();
            Projection b = Transform.CRS.createFromParameters("wkt", proj4).getProjection();
            Map<String, Double> given = new java.util.HashMap<>();
            Matcher m = Pattern.compile("\\+(x_0|y_0|lon_0|k_0|lat_0)=([-+.\\dEe]+)").matcher(proj4);
            while (m.find()) {
                given.put(m.group(1), Double.parseDouble(m.group(2)));
            }
            // proj4j's EPSG UTM zones are an ExtendedTransverseMercatorProjection, +proj=tmerc a plain one
            boolean tmerc = a.getClass().getSimpleName().contains("TransverseMercator")
                    && b.getClass().getSimpleName().contains("TransverseMercator");
            return (tmerc || a.getClass() == b.getClass())
                    && close(a.getFalseEasting(), given.getOrDefault("x_0", a.getFalseEasting()))
                    && close(a.getFalseNorthing(), given.getOrDefault("y_0", a.getFalseNorthing()))
                    && close(a.getScaleFactor(), given.getOrDefault("k_0", a.getScaleFactor()))
                    && close(a.getProjectionLongitudeDegrees(), given.getOrDefault("lon_0", a.getProjectionLongitudeDegrees()))
                    && close(a.getProjectionLatitudeDegrees(), given.getOrDefault("lat_0", a.getProjectionLatitudeDegrees()));
        } catch (RuntimeException e) {
            return false;
        }
    }

    private static boolean close(double a, double b) {
        return Math.abs(a - b) < 1e-6 * Math.max(1, Math.abs(a));
    }

    /** A text from a file as a message quotes it: at most 60 characters. */
    private static String shortened(String text) {
        return text.length() > 60 ? text.substring(0, 60) + "…" : text;
    }

    /** The supported codes, {@code EPSG:3857, EPSG:4258, …}, for messages. */
    public static String supported() {
        return NAMES.keySet().stream().sorted().map(c -> "EPSG:" + c).reduce((a, b) -> a + ", " + b).orElse("");
    }

    /** The system as the store keeps it (at most 40 characters): {@code EPSG:25832}, or the WKT's projection. */
    public String label() {
        if (proj4 == null) {
            return toString();
        }
        String text = "WKT " + proj4.replaceAll(" \\+(towgs84|no_defs|units|a|b|nadgrids)=?[^ ]*", "");
        return text.length() > 40 ? text.substring(0, 40) : text;
    }

    @Override
    public String toString() {
        return proj4 == null ? "EPSG:" + epsg : proj4;
    }

    /** A transformation from this system to {@code target}; not thread-safe. */
    public Transform to(Crs target) {
        return new Transform(this, target);
    }

    /** Moves coordinates from one system to another (proj4j, with the datum shift of the EPSG definitions). */
    public static final class Transform {

        static final CRSFactory CRS = new CRSFactory();

        private final CoordinateTransform transform;
        private final boolean identity;
        private final ProjCoordinate in = new ProjCoordinate();
        private final ProjCoordinate out = new ProjCoordinate();

        private Transform(Crs from, Crs to) {
            identity = from.equals(to) && from.proj4() == null || (from.epsg() == 4258 && to.epsg() == 4326)
                    || (from.epsg() == 4326 && to.epsg() == 4258);
            transform = identity ? null
                    : new CoordinateTransformFactory().createTransform(system(etrs89(from, to)), system(etrs89(to, from)));
        }

        /**
         * ETRS89 and WGS84 agree within a metre in Germany (the EPSG definitions shift by zero): between
         * an ETRS89 projection and WGS84, going to ETRS89 longitude/latitude spares proj4j the
         * geocentric round trip for every point.
         */
        private static Crs etrs89(Crs crs, Crs other) {
            boolean etrs = other.epsg() == 25832 || other.epsg() == 25833 || other.epsg() == 4258;
            return crs.epsg() == 4326 && etrs ? new Crs(4258) : crs;
        }

        private static CoordinateReferenceSystem system(Crs crs) {
            return crs.proj4() != null ? CRS.createFromParameters("wkt", crs.proj4())
                    : CRS.createFromName("EPSG:" + crs.epsg());
        }

        /** One point: {@code {x, y}} in, {@code {x, y}} out (longitude first in geographic systems). */
        public double[] apply(double x, double y) {
            if (identity) {
                return new double[] {x, y};
            }
            in.x = x;
            in.y = y;
            transform.transform(in, out);
            return new double[] {out.x, out.y};
        }

        /** A copy of the geometry in the target system. */
        public Geometry apply(Geometry geometry) {
            Geometry copy = geometry.copy();
            if (identity) {
                return copy;
            }
            copy.apply(new CoordinateSequenceFilter() {
                @Override
                public void filter(CoordinateSequence seq, int i) {
                    in.x = seq.getX(i);
                    in.y = seq.getY(i);
                    transform.transform(in, out);
                    seq.setOrdinate(i, Coordinate.X, out.x);
                    seq.setOrdinate(i, Coordinate.Y, out.y);
                }

                @Override
                public boolean isDone() {
                    return false;
                }

                @Override
                public boolean isGeometryChanged() {
                    return true;
                }
            });
            return copy;
        }
    }
}

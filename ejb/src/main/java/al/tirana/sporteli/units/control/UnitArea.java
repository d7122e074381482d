package al.tirana.sporteli.units.control;

import al.tirana.sporteli.units.entity.UnitCode;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/** The territory of a unit, or part of it: one or more polygons, each an outer ring less its holes. */
public record UnitArea(UnitCode unit, List<Polygon> polygons) {

    public UnitArea {
        Objects.requireNonNull(unit, "unit");
        polygons = List.copyOf(polygons);
        if (polygons.isEmpty()) {
            throw new IllegalArgumentException("The area of " + unit + " has no polygon");
        }
    }

    public boolean contains(double latitude, double longitude) {
        return polygons.stream().anyMatch(p -> p.contains(longitude, latitude));
    }

    /** An outer ring and the holes cut out of it, as in a GeoJSON Polygon. */
    public record Polygon(Ring outer, List<Ring> holes) {

        public Polygon {
            Objects.requireNonNull(outer, "outer");
            holes = List.copyOf(holes);
        }

        boolean contains(double x, double y) {
            return outer.contains(x, y) && holes.stream().noneMatch(h -> h.contains(x, y));
        }
    }

    /** A closed line of positions, x = longitude and y = latitude, tested by ray casting (even-odd rule). */
    public static final class Ring {

        private final double[] xs;
        private final double[] ys;
        private final double minX;
        private final double maxX;
        private final double minY;
        private final double maxY;

        /** Positions as GeoJSON gives them: {@code [longitude, latitude]} pairs, first equal to last. */
        public Ring(List<double[]> positions) {
            if (positions.size() < 4) {
                throw new IllegalArgumentException("A ring needs at least 4 positions, found " + positions.size());
            }
            int n = positions.size();
            xs = new double[n];
            ys = new double[n];
            for (int i = 0; i < n; i++) {
                xs[i] = positions.get(i)[0];
                ys[i] = positions.get(i)[1];
            }
            if (xs[0] != xs[n - 1] || ys[0] != ys[n - 1]) {
                throw new IllegalArgumentException("A ring must end where it starts");
            }
            minX = Arrays.stream(xs).min().orElseThrow();
            maxX = Arrays.stream(xs).max().orElseThrow();
            minY = Arrays.stream(ys).min().orElseThrow();
            maxY = Arrays.stream(ys).max().orElseThrow();
        }

        boolean contains(double x, double y) {
            if (x < minX || x > maxX || y < minY || y > maxY) {
                return false;
            }
            boolean inside = false;
            for (int i = 0, j = xs.length - 1; i < xs.length; j = i++) {
                if ((ys[i] > y) != (ys[j] > y)
                        && x < (xs[j] - xs[i]) * (y - ys[i]) / (ys[j] - ys[i]) + xs[i]) {
                    inside = !inside;
                }
            }
            return inside;
        }
    }
}

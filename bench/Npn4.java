import java.util.ArrayList;
import java.util.List;

/**
 * The NPN classes of 4-input functions (input permutation, input negation, output negation):
 * prints one line per class, "hex4 support hexS": the smallest member as a 4-input table, the
 * number of inputs it depends on, and its table restricted to those inputs (for tools that want
 * full support). There must be exactly 222 classes. Run: java bench/Npn4.java
 */
public class Npn4 {
    public static void main(String[] args) {
        int[][] rowMaps = rowMaps();
        boolean[] seen = new boolean[1 << 16];
        List<Integer> reps = new ArrayList<>();
        for (int f = 0; f < 1 << 16; f++) {
            if (seen[f]) {
                continue;
            }
            int min = f;
            for (int[] map : rowMaps) {
                int g = apply(f, map);
                for (int h : new int[] {g, ~g & 0xFFFF}) {
                    seen[h] = true;
                    min = Math.min(min, h);
                }
            }
            reps.add(min);
        }
        if (reps.size() != 222) {
            throw new IllegalStateException("expected 222 NPN classes, found " + reps.size());
        }
        reps.sort(null);
        for (int f : reps) {
            List<Integer> support = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                for (int r = 0; r < 16; r++) {
                    if ((r >>> i & 1) == 0 && (f >>> r & 1) != (f >>> (r | 1 << i) & 1)) {
                        support.add(i);
                        break;
                    }
                }
            }
            int s = support.size();
            int reduced = 0;
            for (int r = 0; r < 1 << s; r++) {
                int full = 0;
                for (int j = 0; j < s; j++) {
                    if ((r >>> j & 1) == 1) {
                        full |= 1 << support.get(j);
                    }
                }
                if ((f >>> full & 1) == 1) {
                    reduced |= 1 << r;
                }
            }
            int digits = Math.max(1, (1 << s) / 4);
            System.out.printf("%04x %d %0" + digits + "x%n", f, s, reduced);
        }
    }

    /** For each input permutation and negation, where each row goes. */
    static int[][] rowMaps() {
        List<int[]> maps = new ArrayList<>();
        int[][] perms = permutations();
        for (int[] p : perms) {
            for (int neg = 0; neg < 16; neg++) {
                int[] map = new int[16];
                for (int r = 0; r < 16; r++) {
                    int x = r ^ neg;
                    int y = 0;
                    for (int i = 0; i < 4; i++) {
                        if ((x >>> i & 1) == 1) {
                            y |= 1 << p[i];
                        }
                    }
                    map[r] = y;
                }
                maps.add(map);
            }
        }
        return maps.toArray(new int[0][]);
    }

    static int apply(int f, int[] map) {
        int g = 0;
        for (int r = 0; r < 16; r++) {
            if ((f >>> r & 1) == 1) {
                g |= 1 << map[r];
            }
        }
        return g;
    }

    static int[][] permutations() {
        List<int[]> out = new ArrayList<>();
        for (int a = 0; a < 4; a++)
            for (int b = 0; b < 4; b++)
                for (int c = 0; c < 4; c++)
                    for (int d = 0; d < 4; d++)
                        if (a != b && a != c && a != d && b != c && b != d && c != d)
                            out.add(new int[] {a, b, c, d});
        return out.toArray(new int[0][]);
    }
}

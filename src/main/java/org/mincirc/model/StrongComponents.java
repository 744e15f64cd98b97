package org.mincirc.model;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;

/**
 * Strongly connected components by Tarjan's algorithm (Tarjan 1972), iterative so that long
 * chains need no deep stack. Tarjan emits the components sinks first, which is the order in
 * which a chain's values can be solved one component at a time, and the order the end-component
 * check refines.
 */
public final class StrongComponents {
    private StrongComponents() {}

    /** The components of the graph {@code next} (successor lists), sinks first, each sorted. */
    public static List<List<Integer>> of(int[][] next) {
        int n = next.length;
        int[] index = new int[n];
        int[] low = new int[n];
        boolean[] onStack = new boolean[n];
        Arrays.fill(index, -1);
        Deque<Integer> stack = new ArrayDeque<>();
        List<List<Integer>> result = new ArrayList<>();
        int[] edge = new int[n];
        int counter = 0;
        for (int root = 0; root < n; root++) {
            if (index[root] >= 0) {
                continue;
            }
            Deque<Integer> call = new ArrayDeque<>();
            call.push(root);
            index[root] = low[root] = counter++;
            stack.push(root);
            onStack[root] = true;
            while (!call.isEmpty()) {
                int v = call.peek();
                if (edge[v] < next[v].length) {
                    int w = next[v][edge[v]++];
                    if (index[w] < 0) {
                        index[w] = low[w] = counter++;
                        stack.push(w);
                        onStack[w] = true;
                        call.push(w);
                    } else if (onStack[w]) {
                        low[v] = Math.min(low[v], index[w]);
                    }
                } else {
                    call.pop();
                    if (!call.isEmpty()) {
                        int parent = call.peek();
                        low[parent] = Math.min(low[parent], low[v]);
                    }
                    if (low[v] == index[v]) {
                        List<Integer> comp = new ArrayList<>();
                        int w;
                        do {
                            w = stack.pop();
                            onStack[w] = false;
                            comp.add(w);
                        } while (w != v);
                        comp.sort(null);
                        result.add(comp);
                    }
                }
            }
        }
        return result;
    }
}

package dev.pql.features;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.pql.config.ConfigMapper;
import dev.pql.config.Defaults;
import dev.pql.config.FeatureConfig;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Timeseries values: parsed, cut to the limit, padded on the configured side, missing ones filled. */
class TimeseriesProcessorTest {
    static FeatureConfig feature(String preprocessing) {
        var tree = ConfigMapper.readTree("""
                {"input_features": [{"name": "s", "column": "s", "type": "timeseries", "preprocessing": %s}],
                 "output_features": [{"name": "y", "column": "y", "type": "binary"}]}""".formatted(preprocessing));
        Defaults.fill(tree);
        return ConfigMapper.bind(tree).inputFeatures().get(0);
    }

    @Test
    void padsRightByDefaultAndCutsToTheLongestTrainingSeries() {
        TimeseriesProcessor p = new TimeseriesProcessor(feature("{}"));
        p.fit(Arrays.asList("1 2 3", "4,5", null));
        float[] m = ((Encoded.Matrix) p.encode(Arrays.asList("1 2 3", "4 5", null, "[7, 8, 9, 10]"))).values();
        assertArrayEquals(new float[] {1, 2, 3, 4, 5, 0, 0, 0, 0, 7, 8, 9}, m);
        assertEquals(3, p.metadata().maxLength());
    }

    @Test
    void padsLeftWithItsValueUpToTheLimitAndFillsMissingSeries() {
        TimeseriesProcessor p = new TimeseriesProcessor(feature(
                "{\"padding\": \"left\", \"padding_value\": -1.0, \"timeseries_length_limit\": 2, \"fill_value\": \"9\"}"));
        p.fit(List.of("1 2 3", "4"));
        float[] m = ((Encoded.Matrix) p.encode(Arrays.asList("1 2 3", "4", null))).values();
        assertArrayEquals(new float[] {1, 2, -1, 4, -1, 9}, m);
        TimeseriesProcessor restored = new TimeseriesProcessor(p.config(), p.metadata());
        assertArrayEquals(m, ((Encoded.Matrix) restored.encode(Arrays.asList("1 2 3", "4", null))).values());
    }
}

package dev.pql.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pql.config.encoders.CategoryDenseOptions;
import dev.pql.config.encoders.DenseOptions;
import dev.pql.config.encoders.EncoderSpec;
import dev.pql.config.encoders.EncoderSpecs;
import dev.pql.config.encoders.ParallelCnnOptions;
import dev.pql.error.ErrorCode;
import dev.pql.error.PqlException;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * A feature's encoder section binds to the options record of its (feature type, encoder): the same
 * name reads different keys per type, and PQL writes the section back flat, as it always stored it.
 */
class EncoderBindingTest {

    private static ModelConfig bind(String inputFeature) {
        return ConfigMapper.bind(ConfigMapper.readTree("{\"input_features\": [" + inputFeature + "], "
                + "\"output_features\": [{\"name\": \"y\", \"type\": \"binary\"}]}"));
    }

    @Test
    void theSameNameBindsToEachTypesOwnRecord() {
        FeatureConfig number = bind("{\"name\": \"x\", \"type\": \"number\", \"encoder\": {\"type\": \"dense\", "
                + "\"output_size\": 8, \"num_layers\": 2, \"dropout\": 0.1}}").inputFeatures().get(0);
        assertEquals(new DenseOptions(0.1, 8, 2), number.encoder().options());
        FeatureConfig category = bind("{\"name\": \"x\", \"type\": \"category\", \"encoder\": {\"type\": \"dense\", "
                + "\"embedding_size\": 8}}").inputFeatures().get(0);
        assertEquals(new CategoryDenseOptions(8, null), category.encoder().options());
    }

    @Test
    void anotherEncodersKeyIsAnErrorAtItsPath() {
        PqlException e = assertThrows(PqlException.class, () -> bind("{\"name\": \"x\", \"type\": \"category\", "
                + "\"encoder\": {\"type\": \"dense\", \"num_layers\": 2}}"));
        assertEquals(ErrorCode.INVALID_CONFIG, e.code());
        assertTrue(e.getMessage().startsWith("Unknown config key 'input_features[0].encoder.num_layers'; allowed here: "
                + "embedding_size, dropout."), e.getMessage());
    }

    @Test
    void anEncoderTheTypeLacksIsNotSupported() {
        PqlException e = assertThrows(PqlException.class, () -> bind("{\"name\": \"x\", \"type\": \"number\", "
                + "\"encoder\": {\"type\": \"embed\"}}"));
        assertEquals("At 'input_features[0]': No encoder 'embed' for number features; PQL has passthrough, dense, "
                + "piecewise.", e.getMessage());
    }

    @Test
    void aSectionWithoutATypeBindsToTheTypesDefault() {
        FeatureConfig category = bind("{\"name\": \"x\", \"type\": \"category\", \"encoder\": {\"embedding_size\": 4}}")
                .inputFeatures().get(0);
        assertEquals(new CategoryDenseOptions(4, null), category.encoder().options());
    }

    @Test
    void everyEncodersResolvedSectionRoundTripsThroughItsRecord() {
        for (EncoderSpec spec : EncoderSpecs.all()) {
            ObjectNode tree = ConfigMapper.parse("{\"input_features\": [{\"name\": \"x\", \"type\": \""
                    + spec.type().ludwigName() + "\", \"encoder\": {\"type\": \"" + spec.name() + "\"}}], "
                    + "\"output_features\": [{\"name\": \"y\", \"type\": \"binary\"}]}", "test");
            Defaults.fill(tree);
            ModelConfig c = ConfigMapper.bind(tree);
            EncoderConfig e = c.inputFeatures().get(0).encoder();
            assertEquals(spec.options(), e.options().getClass(), spec.scope());
            Set<String> written = new TreeSet<>();
            ConfigMapper.toTree(c).path("input_features").get(0).path("encoder").fieldNames().forEachRemaining(written::add);
            Set<String> expected = new TreeSet<>(Set.of("type"));
            Options.options(spec.scope()).stream().filter(o -> o.defaultValue() != null).forEach(o -> expected.add(o.name()));
            assertEquals(expected, written, spec.scope() + ": the section PQL stores");
            assertEquals(c, ConfigMapper.bind(ConfigMapper.toTree(c)), spec.scope() + " reads back the same");
        }
    }

    @Test
    void writesTheFlatSectionInTheOrderPqlAlwaysStoredIt() {
        ModelConfig c = bind("{\"name\": \"x\", \"type\": \"text\", \"encoder\": {\"dropout\": 0.0, \"filter_sizes\": "
                + "[2, 3], \"type\": \"parallel_cnn\", \"num_filters\": 16, \"embedding_size\": 32, \"reduce_output\": \"max\"}}");
        String json = ConfigMapper.toJson(c.inputFeatures().get(0).encoder()).replaceAll("\\s+", "");
        assertEquals("{\"type\":\"parallel_cnn\",\"embedding_size\":32,\"num_filters\":16,\"filter_sizes\":[2,3],"
                + "\"reduce_output\":\"max\",\"dropout\":0.0}", json);
        assertEquals(new ParallelCnnOptions(32, 16, List.of(2, 3), "max", 0.0),
                ConfigMapper.bind(ConfigMapper.toTree(c)).inputFeatures().get(0).encoder().options(), "reads back the same");
    }
}

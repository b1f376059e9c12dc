package dev.pql.config.encoders;

import static dev.pql.config.Check.atLeast;
import static dev.pql.config.Check.fraction;
import static dev.pql.config.Check.oneOf;
import static dev.pql.config.Option.Kind.BOOL;
import static dev.pql.config.Option.Kind.FLOAT;
import static dev.pql.config.Option.Kind.INT;
import static dev.pql.config.Option.Kind.STRING;
import static dev.pql.config.Option.opt;

import dev.pql.config.Option;
import java.util.List;

/** Option lines several encoders' records share (an embedding, a reduction, a convolution or recurrent stack). */
final class EncoderLines {
    /** The reductions PQL's sequence encoders implement, and those only Ludwig has. */
    static final List<String> REDUCE = List.of("mean", "sum", "max", "last");
    static final List<String> LUDWIG_REDUCE = List.of("concat", "attention", "none");

    private EncoderLines() {
    }

    static Option embeddingSize(String scope, int size, String what) {
        return opt(scope, "embedding_size", INT, size, atLeast(1), "Size of each " + what + "'s embedding.");
    }

    static Option dropout(String scope, double rate, String doc) {
        return opt(scope, "dropout", FLOAT, rate, fraction(), doc);
    }

    static Option reduceOutput(String scope, String reduce, String doc) {
        return opt(scope, "reduce_output", STRING, reduce, oneOf(REDUCE, LUDWIG_REDUCE), doc);
    }

    /** The embedding, dropout and reduction every sequence encoder beyond embed and parallel_cnn starts with. */
    static List<Option> sequence(String scope, double dropout, String reduce) {
        return List.of(embeddingSize(scope, 64, "token"), dropout(scope, dropout, "Dropout rate."),
                reduceOutput(scope, reduce, "How the sequence's vectors become one."));
    }

    /** The 1-D convolutions of stacked_cnn and cnnrnn. */
    static List<Option> convolutions(String scope, int layers, int filterSize) {
        return List.of(
                opt(scope, "num_conv_layers", INT, layers, atLeast(1), "Convolution layers."),
                opt(scope, "filter_size", INT, filterSize, atLeast(1), "Convolution width, in tokens."),
                opt(scope, "num_filters", INT, 64, atLeast(1), "Filters per convolution layer."),
                opt(scope, "pool_size", INT, null, atLeast(1), "Max-pooling width after each convolution; none when not set."));
    }

    /** The recurrent cell of rnn and cnnrnn. */
    static List<Option> recurrent(String scope) {
        return List.of(
                opt(scope, "cell_type", STRING, "rnn", oneOf(List.of("rnn", "lstm", "gru"), List.of("lstm_block",
                        "ln", "lstm_cudnn", "gru_cudnn")), "The recurrent cell."),
                opt(scope, "state_size", INT, 64, atLeast(1), "Size of the recurrent state."),
                opt(scope, "bidirectional", BOOL, false, "Also read the value backwards."));
    }

    /** Lists joined in order, for records whose lines are several of the groups above. */
    @SafeVarargs
    static List<Option> join(List<Option>... parts) {
        return java.util.Arrays.stream(parts).flatMap(List::stream).toList();
    }
}

package dev.pql.config;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The training loop's settings, by Ludwig's names.
 *
 * <p>HOW TO ADD AN OPTION: add a component here with its Ludwig name in {@code @JsonProperty}, and
 * one {@code opt(...)} line in {@link TrainingOptions} (kind, default, check, doc). That line alone drives
 * defaults, validation (paths, did-you-mean) and docs/config.md; OptionRegistryTest fails if the
 * two disagree. Do not add defaults or checks anywhere else.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TrainerConfig(
        @JsonProperty("epochs") Integer epochs,
        @JsonProperty("batch_size") Integer batchSize,
        @JsonProperty("learning_rate") Double learningRate,
        @JsonProperty("optimizer") OptimizerConfig optimizer,
        @JsonProperty("early_stop") Integer earlyStop,
        @JsonProperty("validation_metric") String validationMetric,
        @JsonProperty("regularization_type") String regularizationType,
        @JsonProperty("regularization_lambda") Double regularizationLambda,
        @JsonProperty("should_shuffle") Boolean shouldShuffle,
        @JsonProperty("gradient_clipping") GradientClipping gradientClipping,
        @JsonProperty("learning_rate_scheduler") LearningRateScheduler learningRateScheduler,
        @JsonProperty("folds") Integer folds,
        @JsonProperty("gradient_accumulation_steps") Integer gradientAccumulationSteps,
        @JsonProperty("train_steps") Integer trainSteps,
        @JsonProperty("steps_per_checkpoint") Integer stepsPerCheckpoint,
        @JsonProperty("checkpoints_per_epoch") Integer checkpointsPerEpoch,
        @JsonProperty("evaluate_training_set") Boolean evaluateTrainingSet,
        @JsonProperty("max_batch_size") Integer maxBatchSize,
        // model_type gbm (GbmOptions): LightGBM's names, as Ludwig's gbm trainer has them
        @JsonProperty("num_boost_round") Integer numBoostRound,
        @JsonProperty("num_leaves") Integer numLeaves,
        @JsonProperty("max_depth") Integer maxDepth,
        @JsonProperty("min_data_in_leaf") Integer minDataInLeaf,
        @JsonProperty("lambda_l1") Double lambdaL1,
        @JsonProperty("lambda_l2") Double lambdaL2,
        @JsonProperty("bagging_fraction") Double baggingFraction,
        @JsonProperty("bagging_freq") Integer baggingFreq,
        @JsonProperty("feature_fraction") Double featureFraction,
        @JsonProperty("max_bin") Integer maxBin) {

    /** The optimizer, as Ludwig nests it: {@code optimizer: {type: adam}}, with that optimizer's options. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record OptimizerConfig(
            @JsonProperty("type") String type,
            @JsonProperty("betas") java.util.List<Double> betas,
            @JsonProperty("eps") Double eps,
            @JsonProperty("weight_decay") Double weightDecay,
            @JsonProperty("momentum") Double momentum,
            @JsonProperty("alpha") Double alpha,
            @JsonProperty("centered") Boolean centered) {
    }

    /** Ludwig's gradient_clipping: by the joint norm of all gradients, by each one's norm, or by value. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record GradientClipping(
            @JsonProperty("clipglobalnorm") Double clipGlobalNorm,
            @JsonProperty("clipnorm") Double clipNorm,
            @JsonProperty("clipvalue") Double clipValue) {
    }

    /** Ludwig's learning_rate_scheduler: warm-up, decay over the steps, and cuts when validation stalls. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record LearningRateScheduler(
            @JsonProperty("decay") String decay,
            @JsonProperty("decay_rate") Double decayRate,
            @JsonProperty("decay_steps") Integer decaySteps,
            @JsonProperty("staircase") Boolean staircase,
            @JsonProperty("warmup_evaluations") Integer warmupEvaluations,
            @JsonProperty("warmup_fraction") Double warmupFraction,
            @JsonProperty("reduce_on_plateau") Integer reduceOnPlateau,
            @JsonProperty("reduce_on_plateau_patience") Integer reduceOnPlateauPatience,
            @JsonProperty("reduce_on_plateau_rate") Double reduceOnPlateauRate) {
    }
}

package dev.tidings.enrichment.eval;

/**
 * One figure of the evaluation: reads its data set by path, runs the taggers over it and prints what
 * it measured. Adding a measurement is writing one class and adding it to {@link EvaluationRun}.
 */
interface Measurement {

    /** The name to select it by on the command line, e.g. {@code ner}. */
    String name();

    void run(EvaluationContext context) throws Exception;
}

package io.newsfacts.fact;

import io.newsfacts.Backend;
import io.newsfacts.numeral.QuantityTagger;
import io.newsfacts.rule.QuantityRoles;
import io.newsfacts.rule.RuleLoader;
import io.newsfacts.rule.RuleSet;
import io.newsfacts.segment.Segmenter;
import io.newsfacts.text.ScriptFolding;
import io.newsfacts.time.TimeTagger;

import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;

/**
 * The shipped models, each loaded once per class loader on a thread of its own and shared by every pipeline. They
 * are immutable, so sharing them is safe; start-up costs about the longest load rather than the sum, a second
 * {@code NewsFacts} costs nothing, and the CLI can start loading before it has parsed its arguments. A model that
 * fails to load fails every pipeline built on it with the same exception (the files are in the jar: a failure is
 * not transient).
 */
final class DefaultModels {

    /** What the pipeline's own thread used to load: small models that the quantity and fact stages share. */
    record Core(ScriptFolding folding, QuantityTagger quantities, MetricTaxonomy taxonomy, QuantityRoles roles) {
    }

    private static final ConcurrentMap<String, Future<?>> LOADS = new ConcurrentHashMap<>();

    private DefaultModels() {
    }

    /** Starts every load the given backend's pipeline needs, without waiting for any. */
    static void preload(Backend backend) {
        segmenter(backend);
        rules();
        times();
        entities();
        core();
    }

    static Future<Segmenter> segmenter(Backend backend) {
        return load("segmenter-" + backend.name().toLowerCase(java.util.Locale.ROOT), () -> Backends.segmenter(backend));
    }

    static Future<RuleSet> rules() {
        return load("rules", RuleLoader::loadDefault);
    }

    static Future<TimeTagger> times() {
        return load("times", TimeTagger::fromDefaultModels);
    }

    static Future<EntityStage> entities() {
        return load("entities", EntityStage::fromDefaultModels);
    }

    static Future<Core> core() {
        return load("core", () -> new Core(ScriptFolding.instance(), QuantityTagger.fromDefaultModels(),
                MetricTaxonomy.loadDefault(), QuantityRoles.loadDefault()));
    }

    @SuppressWarnings("unchecked")
    private static <T> Future<T> load(String what, Callable<T> loader) {
        return (Future<T>) LOADS.computeIfAbsent(what, name -> {
            FutureTask<T> task = new FutureTask<>(loader);
            Thread thread = new Thread(task, "newsfacts-load-" + name);
            thread.setDaemon(true);
            thread.start();
            return task;
        });
    }

    /** The loaded model; a failed load rethrows its own exception (a missing backend, a malformed model file). */
    static <T> T await(Future<T> loading) {
        try {
            return loading.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException("cannot load the models: " + e.getCause(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the models were loading", e);
        }
    }
}

package org.communskg.cli;

import java.util.concurrent.Callable;
import org.communskg.CommunsKgException;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParameterException;

/**
 * The CLI's one exception boundary: a failure prints one line naming the cause and exits 1, with
 * the stack trace only under {@code --verbose}. Bad usage is left to picocli (exit 2).
 */
abstract class BaseCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;

    /** Does the work; returns the exit code. */
    protected abstract int run() throws Exception;

    @Override
    public final Integer call() {
        try {
            return run();
        } catch (ParameterException e) {
            throw e; // bad usage: picocli prints it with the usage and exits 2
        } catch (CommunsKgException | java.io.IOException | IllegalArgumentException e) {
            return fail(e, e.getMessage());
        } catch (RuntimeException e) {
            return fail(e, "internal error: " + e);
        } catch (Exception e) {
            return fail(e, e.toString());
        }
    }

    private int fail(Exception e, String message) {
        System.err.println("communs-kg: " + String.valueOf(message).replaceAll("\\s*\\R\\s*", " ").strip());
        if (common.verbose) {
            e.printStackTrace(System.err);
        }
        return 1;
    }
}

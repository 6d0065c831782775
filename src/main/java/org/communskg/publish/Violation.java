package org.communskg.publish;

/**
 * One broken rule of the quality gate.
 *
 * @param focus   the node that breaks it
 * @param path    the property path concerned, or empty for a rule on the node itself
 * @param message what is wrong
 */
public record Violation(String focus, String path, String message) {
    /** One line: focus node, path, message. */
    @Override
    public String toString() {
        return focus + "  " + (path.isEmpty() ? "-" : path) + "  " + message;
    }
}

package org.communskg.publish;

import java.util.List;
import org.communskg.CommunsKgException;

/** The graph breaks the quality gate's shapes, so it cannot be released. */
public class ValidationFailedException extends CommunsKgException {
    private static final long serialVersionUID = 1L;
    private final transient List<Violation> violations;

    public ValidationFailedException(List<Violation> violations) {
        super("The graph has " + violations.size() + " SHACL violation(s); first: " + violations.get(0)
                + " (run communs-kg validate for all)");
        this.violations = List.copyOf(violations);
    }

    public List<Violation> violations() {
        return violations;
    }
}

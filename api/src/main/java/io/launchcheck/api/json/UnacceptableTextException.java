package io.launchcheck.api.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

/** A JSON string with characters no field accepts; the message says which, for the field's problem. */
public class UnacceptableTextException extends MismatchedInputException {

    private final String problem;

    UnacceptableTextException(JsonParser parser, String problem) {
        super(parser, problem, String.class);
        this.problem = problem;
    }

    /** What is wrong, phrased to follow the field's name ("must not contain ..."). */
    public String problem() {
        return problem;
    }
}

package io.launchcheck.api.problem;

import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import javax.transaction.xa.XAException;

/**
 * Recognises a database that cannot be reached (refused, timed out, shut down, connection lost or no
 * connection free in the pool) among the causes of an exception: a service answers that with 503 and
 * Retry-After, not with a 500, because trying again later is the right thing for a client to do.
 */
final class DatabaseFailures {

    private DatabaseFailures() {
    }

    static boolean unreachable(Throwable e) {
        return unreachable(e, 0);
    }

    /**
     * Causes and suppressed exceptions both: a commit that fails because the database went away in the middle is a
     * transaction manager's exception whose cause or suppressed exception is the resource's failure.
     */
    private static boolean unreachable(Throwable e, int depth) {
        for (Throwable cause = e; cause != null && depth < 20; cause = cause.getCause() == cause ? null : cause.getCause()) {
            depth++;
            if (cause instanceof SQLTransientConnectionException || cause instanceof ConnectException
                    || cause instanceof SocketTimeoutException) {
                return true;
            }
            if (cause instanceof SQLException sql && unreachable(sql)) {
                return true;
            }
            // the resource manager failed or errored while committing or rolling back: the connection is gone
            if (cause instanceof XAException xa
                    && (xa.errorCode == XAException.XAER_RMFAIL || xa.errorCode == XAException.XAER_RMERR)) {
                return true;
            }
            for (Throwable suppressed : cause.getSuppressed()) {
                if (unreachable(suppressed, depth)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean unreachable(SQLException e) {
        String state = e.getSQLState();
        if (state != null && (state.startsWith("08") // connection exception
                || state.startsWith("57P") // operator intervention: shutdown, crash, cannot connect now
                || state.equals("53300"))) { // too many connections
            return true;
        }
        String message = e.getMessage();
        return message != null && (message.startsWith("Acquisition timeout") || message.startsWith("Sorry, acquisition timeout")
                || message.startsWith("Exception while creating new connection"));
    }
}

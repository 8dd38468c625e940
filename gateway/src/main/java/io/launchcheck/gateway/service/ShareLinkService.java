package io.launchcheck.gateway.service;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonString;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.logging.Logger;

import io.launchcheck.api.problem.ProblemException;
import io.launchcheck.gateway.config.ShareLinkConfig;
import io.smallrye.jwt.algorithm.SignatureAlgorithm;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import io.smallrye.jwt.build.Jwt;

/**
 * Share links: signed, expiring tokens that let a browser read one report page without a bearer token.
 *
 * <p>A share token is a JWT signed with the gateway's own key ({@code smallrye.jwt.sign.key.location}, the key it
 * already signs its service tokens with) and verified with {@code mp.jwt.verify.publickey.location} by SmallRye
 * JWT's parser: signature (RS256 only), issuer, expiry (no grace period, no clock skew) and the audience
 * {@value ShareLinkConfig#AUDIENCE}. That audience keeps the two kinds apart: the API accepts only
 * {@code aud: launchcheck}, so a share token is never a bearer token, and an API token is never a share link. The
 * {@code report} claim names what the link shows: {@code assessments/<id>} or {@code launch-maps/<id>}.
 */
@ApplicationScoped
public class ShareLinkService {

    private static final Logger LOG = Logger.getLogger(ShareLinkService.class);

    /** The claim naming the page a link shows, {@code <kind>/<id>}. */
    static final String REPORT_CLAIM = "report";

    /** What a verified share link shows. */
    public record SharedReport(String kind, UUID id, Instant expiresAt) {
    }

    /** A minted token and when it expires. */
    public record Minted(String token, Instant expiresAt) {
    }

    private final ShareLinkConfig config;
    private final JWTParser parser;
    private final String issuer;
    private final String publicKeyLocation;

    private JWTAuthContextInfo verification;

    public ShareLinkService(ShareLinkConfig config, JWTParser parser,
            @ConfigProperty(name = "mp.jwt.verify.issuer") String issuer,
            @ConfigProperty(name = "mp.jwt.verify.publickey.location") String publicKeyLocation) {
        this.config = config;
        this.parser = parser;
        this.issuer = issuer;
        this.publicKeyLocation = publicKeyLocation;
    }

    @PostConstruct
    void init() {
        JWTAuthContextInfo info = new JWTAuthContextInfo(publicKeyLocation, issuer);
        info.setExpectedAudience(Set.of(ShareLinkConfig.AUDIENCE));
        info.setSignatureAlgorithm(Set.of(SignatureAlgorithm.RS256));
        info.setRequiredClaims(Set.of("exp", "iat", REPORT_CLAIM));
        info.setClockSkew(0);
        verification = info;
    }

    /**
     * A token for {@code kind/id} living {@code requestedSeconds} (or the default lifetime), for {@code sharedBy}.
     * A lifetime above the configured maximum is refused with 400 naming {@code expiresInSeconds}.
     */
    public Minted mint(String kind, UUID id, String sharedBy, Long requestedSeconds) {
        Duration lifetime = requestedSeconds == null ? config.defaultLifetime() : Duration.ofSeconds(requestedSeconds);
        if (lifetime.isNegative() || lifetime.isZero()) {
            throw ProblemException.badRequest("expiresInSeconds", "must be at least 1");
        }
        if (lifetime.compareTo(config.maxLifetime()) > 0) {
            throw ProblemException.badRequest("expiresInSeconds",
                    "must be at most " + config.maxLifetime().toSeconds() + " (launchcheck.share-links.max-lifetime)");
        }
        Instant now = Instant.now();
        Instant expiresAt = now.plus(lifetime);
        String token = Jwt.issuer(issuer).audience(ShareLinkConfig.AUDIENCE).subject(sharedBy)
                .claim(REPORT_CLAIM, kind + "/" + id).claim("jti", UUID.randomUUID().toString())
                .issuedAt(now).expiresAt(expiresAt).jws().sign();
        return new Minted(token, Instant.ofEpochSecond(expiresAt.getEpochSecond()));
    }

    /**
     * What the token lets its holder read, if it is a share link this gateway signed that has not expired. Why a
     * token was refused is not told to the holder (it is logged at debug level without the token).
     */
    public Optional<SharedReport> verify(String token) {
        if (token == null || token.isBlank() || token.length() > 4096) {
            return Optional.empty();
        }
        try {
            JsonWebToken verified = parser.parse(token, verification);
            Object claim = verified.getClaim(REPORT_CLAIM);
            String report = claim instanceof JsonString string ? string.getString()
                    : claim instanceof String string ? string : "";
            int slash = report.indexOf('/');
            if (slash <= 0) {
                return Optional.empty();
            }
            return Optional.of(new SharedReport(report.substring(0, slash), UUID.fromString(report.substring(slash + 1)),
                    Instant.ofEpochSecond(verified.getExpirationTime())));
        } catch (ParseException | IllegalArgumentException e) {
            LOG.debugf("share link refused: %s", e.getMessage());
            return Optional.empty();
        }
    }
}

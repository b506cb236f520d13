package org.dicomstandard.quotable.teams.botframework;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;

/**
 * The checks Microsoft's "Authentication with the Bot Connector API" asks of every request to a bot:
 * a Bearer JWT signed (RS256) with a key of the Bot Framework's OpenID metadata, issued by
 * {@code https://api.botframework.com} for this bot's app id, within its validity (five minutes of clock
 * skew), and, once the body is read, naming the Activity's {@code serviceUrl}, with a key endorsed for the
 * Activity's channel when the key carries endorsements. Reasons for a refusal name the failed check and
 * never quote the token.
 */
final class TokenCheck {
    static final String ISSUER = "https://api.botframework.com";
    static final Duration SKEW = Duration.ofMinutes(5);
    /** Bot Framework tokens are about 1.5 KB; anything far larger is not one. */
    private static final int MAX_TOKEN = 16 * 1024;

    /** A request that fails a check; the reason is safe to log. */
    static final class Refused extends Exception {
        Refused(String reason) {
            super(reason, null, false, false);
        }
    }

    /** What a verified token vouches for: the Activity must match it. */
    record Verified(String serviceUrl, List<String> endorsements) {
        void admit(Activity activity) throws Refused {
            if (!serviceUrl.equals(activity.serviceUrl())) throw new Refused("the token's serviceUrl is not the Activity's serviceUrl");
            if (!endorsements.isEmpty() && !endorsements.contains(activity.channelId())) {
                throw new Refused("the signing key is not endorsed for the Activity's channel");
            }
        }
    }

    private final SigningKeys keys;
    private final String appId;
    private final Clock clock;

    TokenCheck(SigningKeys keys, String appId, Clock clock) {
        this.keys = keys;
        this.appId = appId;
        this.clock = clock;
    }

    Verified verify(String authorization) throws Refused, SigningKeys.Unavailable {
        if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) throw new Refused("no Bearer token");
        String token = authorization.substring(7).strip();
        if (token.isEmpty() || token.length() > MAX_TOKEN) throw new Refused("no Bearer token");
        SignedJWT jwt;
        try {
            jwt = SignedJWT.parse(token);
        } catch (ParseException e) {
            throw new Refused("the token is not a signed JWT");
        }
        if (!JWSAlgorithm.RS256.equals(jwt.getHeader().getAlgorithm())) throw new Refused("the token is not signed with RS256");
        String kid = jwt.getHeader().getKeyID();
        SigningKeys.Key key = kid == null ? null : keys.find(kid);
        if (key == null) throw new Refused("the token is signed with a key the Bot Framework's OpenID metadata does not list");
        try {
            if (!jwt.verify(new RSASSAVerifier(key.rsa()))) throw new Refused("the signature does not match the listed key");
        } catch (JOSEException e) {
            throw new Refused("the signature does not match the listed key");
        }
        return new Verified(claims(jwt), key.endorsements());
    }

    /** The claims' checks, once the signature holds; returns the serviceUrl the token names. */
    private String claims(SignedJWT jwt) throws Refused {
        JWTClaimsSet claims;
        String serviceUrl;
        try {
            claims = jwt.getJWTClaimsSet();
            serviceUrl = claims.getStringClaim("serviceUrl");
        } catch (ParseException e) {
            throw new Refused("the token's claims cannot be read");
        }
        if (!ISSUER.equals(claims.getIssuer())) throw new Refused("the issuer is not " + ISSUER);
        if (claims.getAudience() == null || !claims.getAudience().contains(appId)) throw new Refused("the audience is not this bot's app id (TEAMS_APP_ID)");
        Instant now = clock.instant();
        Date exp = claims.getExpirationTime();
        if (exp == null || now.isAfter(exp.toInstant().plus(SKEW))) throw new Refused("the token has expired");
        Date nbf = claims.getNotBeforeTime();
        if (nbf != null && now.isBefore(nbf.toInstant().minus(SKEW))) throw new Refused("the token is not valid yet");
        if (serviceUrl == null || serviceUrl.isBlank()) throw new Refused("the token names no serviceUrl");
        return serviceUrl;
    }
}

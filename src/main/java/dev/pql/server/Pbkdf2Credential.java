package dev.pql.server;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import org.eclipse.jetty.util.security.Credential;
import org.eclipse.jetty.util.security.CredentialProvider;

/**
 * Hashed passwords in a users file: {@code PBKDF2:<iterations>:<salt>:<hash>} (PBKDF2 with
 * HMAC-SHA256, base64 salt and 256-bit hash), the scheme OWASP recommends for stored passwords
 * when nothing memory-hard is at hand. {@code pql server hash-password} prints one. Jetty finds
 * this scheme through its CredentialProvider service (META-INF/services).
 */
public final class Pbkdf2Credential extends Credential {
    static final String PREFIX = "PBKDF2:";
    static final int ITERATIONS = 210_000;
    private static final long serialVersionUID = 1L;
    private final int iterations;
    private final byte[] salt;
    private final byte[] hash;
    /** The key of {@link #tag}: random, per credential, never stored. */
    private final byte[] cacheKey = new byte[32];
    /** The tag of the last password that matched, or null. */
    private transient volatile byte[] verified;

    private Pbkdf2Credential(int iterations, byte[] salt, byte[] hash) {
        this.iterations = iterations;
        this.salt = salt;
        this.hash = hash;
        new SecureRandom().nextBytes(cacheKey);
    }

    /** A new stored form of a password, with a fresh random salt. */
    static String hash(String password) {
        byte[] salt = new byte[16];
        new SecureRandom().nextBytes(salt);
        Base64.Encoder b64 = Base64.getEncoder();
        return PREFIX + ITERATIONS + ":" + b64.encodeToString(salt) + ":"
                + b64.encodeToString(derive(password.toCharArray(), salt, ITERATIONS));
    }

    static Pbkdf2Credential parse(String stored) {
        String[] parts = stored.substring(PREFIX.length()).split(":");
        if (parts.length != 3) {
            throw new IllegalArgumentException("a PBKDF2 password is PBKDF2:<iterations>:<salt>:<hash>");
        }
        Base64.Decoder b64 = Base64.getDecoder();
        return new Pbkdf2Credential(Integer.parseInt(parts[0]), b64.decode(parts[1]), b64.decode(parts[2]));
    }

    private static byte[] derive(char[] password, byte[] salt, int iterations) {
        try {
            return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256")
                    .generateSecret(new PBEKeySpec(password, salt, iterations, 256)).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2WithHmacSHA256 is not available in this Java runtime", e);
        }
    }

    @Override
    public boolean check(Object credentials) {
        String given = credentials instanceof char[] c ? new String(c) : credentials instanceof String s ? s : null;
        if (given == null) {
            return false;
        }
        byte[] tag = tag(given);
        byte[] known = verified;
        if (known != null && MessageDigest.isEqual(known, tag)) {
            return true;
        }
        boolean matches = MessageDigest.isEqual(hash, derive(given.toCharArray(), salt, iterations));
        if (matches) {
            verified = tag;
        }
        return matches;
    }

    /**
     * The given password under this credential's own random key (HMAC-SHA256). PBKDF2's rounds
     * cost tens of milliseconds by design, and a remote client sends its password with every
     * request (HTTP basic authentication): deriving each time made one-row PREDICTs ~50 ms each and
     * 8 clients queue behind one another. So the last password that matched is remembered as this
     * tag, as Elasticsearch and other servers cache verified credentials; a wrong password never is,
     * and still pays the full derivation (guessing stays slow). The key exists only in this
     * process's memory and a new users file makes new credentials, so a changed password stops
     * matching at once.
     */
    private byte[] tag(String given) {
        try {
            javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
            mac.init(new javax.crypto.spec.SecretKeySpec(cacheKey, "HmacSHA256"));
            return mac.doFinal(given.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available in this Java runtime", e);
        }
    }

    /** Jetty's hook: a password starting with {@code PBKDF2:} is checked by this class. */
    public static final class Provider implements CredentialProvider {
        @Override
        public Credential getCredential(String credential) {
            return parse(credential);
        }

        @Override
        public String getPrefix() {
            return PREFIX;
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Pbkdf2Credential p && MessageDigest.isEqual(hash, p.hash);
    }

    @Override
    public int hashCode() {
        return new String(hash, StandardCharsets.ISO_8859_1).hashCode();
    }
}

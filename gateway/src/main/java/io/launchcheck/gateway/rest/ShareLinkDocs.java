package io.launchcheck.gateway.rest;

/** The names of the share-link components declared in {@code package-info.java}, and the text every minting
 * operation shares. */
final class ShareLinkDocs {

    static final String REQUEST = "ShareLinkRequest";
    static final String MINTED = "ShareLinkMinted";
    static final String BAD_LIFETIME = "ShareLinkBadRequest";

    /** What every minting operation says of the link, after what it links to. */
    static final String LIFETIME = " without a bearer token until `expiresAt`: after `expiresInSeconds` (at most "
            + "launchcheck.share-links.max-lifetime), or launchcheck.share-links.default-lifetime when the body is "
            + "absent. Anyone holding the link can read the page, so share it "
            + "like the report itself. A link cannot be revoked before it expires. The body is optional: none, an "
            + "empty one and JSON `null` all mean the defaults.";

    private ShareLinkDocs() {
    }
}

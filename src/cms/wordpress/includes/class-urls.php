<?php
/**
 * The address rules of the widgets, in PHP: the same verdicts as src/core/links.ts and
 * src/core/delivery/endpoint-policy.ts give in the browser, so the plugin can tell an editor at once
 * that an address will be refused. https anywhere; plain http only to this computer (localhost,
 * 127.0.0.1, [::1]); never a user name or password; never javascript:, data: or another scheme.
 *
 * The browser parses addresses with the WHATWG URL standard. This class follows it as far as those rules
 * need: the scheme, credentials, the host (IPv4 numbers such as 127.1, IPv6, percent-escapes) and the
 * port. Where it cannot tell (a host in a script other than Latin, which the browser converts first), it
 * errs on the strict side: it may warn about an address the browser takes, never the other way round.
 * Pure PHP, no WordPress: test/wordpress/rules.test.php runs it on its own.
 *
 * @package SurvivorInformedWidgets
 */

namespace SurvivorInformedWidgets;

defined( 'ABSPATH' ) || exit;

/**
 * Parses and judges addresses as the widgets do.
 */
final class Urls {

	/** The hosts where plain http is allowed, because traffic never leaves this computer. */
	public const LOOPBACK_HOSTS = array( 'localhost', '127.0.0.1', '[::1]' );

	/** What JavaScript's String.prototype.trim() and the \s class remove: ASCII and Unicode spaces. */
	public const JS_SPACE = '\s\x{00A0}\x{1680}\x{2000}-\x{200A}\x{2028}\x{2029}\x{202F}\x{205F}\x{3000}\x{FEFF}';

	private const CONTENT_URL_MAX_CHARS = 2048;

	/**
	 * JavaScript's trim(): leading and trailing ASCII and Unicode white space.
	 *
	 * @param string $text Any text.
	 */
	public static function js_trim( string $text ): string {
		$trimmed = preg_replace( '/^[' . self::JS_SPACE . ']+|[' . self::JS_SPACE . ']+$/u', '', $text );
		return null === $trimmed ? trim( $text ) : $trimmed;
	}

	/**
	 * The length JavaScript gives a string (UTF-16 code units), without mbstring.
	 *
	 * @param string $text UTF-8 text.
	 */
	public static function js_length( string $text ): int {
		$code_points = preg_match_all( '/./su', $text );
		if ( false === $code_points ) {
			return strlen( $text );
		}
		return $code_points + (int) preg_match_all( '/[\x{10000}-\x{10FFFF}]/u', $text );
	}

	/**
	 * The endpoint rule (checkEndpoint): null when `$raw` may receive submissions from a page at `$page`,
	 * else why not: missing, invalid, scheme, insecure or credentials.
	 *
	 * @param string $raw  The endpoint as written.
	 * @param string $page The page's address, which a relative endpoint is resolved against.
	 */
	public static function endpoint_problem( string $raw, string $page ): ?string {
		$value = self::js_trim( $raw );
		if ( '' === $value ) {
			return 'missing';
		}
		if ( preg_match( '/[\\\\' . self::JS_SPACE . '\x{0000}-\x{001F}\x{007F}]/u', $value ) ) {
			return 'invalid';
		}
		$url = self::parse( $value, $page );
		if ( null === $url ) {
			return 'invalid';
		}
		if ( 'https' !== $url['scheme'] && 'http' !== $url['scheme'] ) {
			return 'scheme';
		}
		if ( $url['credentials'] ) {
			return 'credentials';
		}
		return self::is_secure_or_loopback( $url ) ? null : 'insecure';
	}

	/**
	 * A link a widget renders (allowedLink: a policy page, a TA request page): https, http on this
	 * computer, or a path on this site.
	 *
	 * @param string $value The link as written.
	 * @param string $page  The page's address.
	 */
	public static function is_allowed_link( string $value, string $page ): bool {
		$text = self::js_trim( $value );
		if ( '' === $text || preg_match( '/[\x00-\x1f\x7f\\\\]/', $text ) ) {
			return false;
		}
		$url = self::parse( $text, $page );
		if ( null === $url || $url['credentials'] ) {
			return false;
		}
		$relative = ! preg_match( '/^[a-z][a-z\d+.\-]*:/i', $text ) && ! str_starts_with( $text, '//' );
		if ( $relative ) {
			return self::origin( $url ) === self::origin( self::parse( $page, null ) );
		}
		return self::is_secure_or_loopback( $url );
	}

	/**
	 * Where a widget may load content from (allowedContentUrl: a checklist, an instrument): this site,
	 * or https anywhere (http only on this computer).
	 *
	 * @param string $value The address as written.
	 * @param string $page  The page's address.
	 */
	public static function is_allowed_content_url( string $value, string $page ): bool {
		$text = self::js_trim( $value );
		if ( '' === $text || self::js_length( $text ) > self::CONTENT_URL_MAX_CHARS ) {
			return false;
		}
		if ( preg_match( '/[' . self::JS_SPACE . '\\\\\x{0000}-\x{001F}\x{007F}]|%(?![0-9a-fA-F]{2})/u', $text ) ) {
			return false;
		}
		$url = self::parse( $text, $page );
		if ( null === $url || $url['credentials'] ) {
			return false;
		}
		$here = self::parse( $page, null );
		if ( null !== $here && self::origin( $url ) === self::origin( $here ) && ( 'https' === $url['scheme'] || 'http' === $url['scheme'] ) ) {
			return true;
		}
		return self::is_secure_or_loopback( $url );
	}

	/**
	 * An absolute https:// address, http:// only on this computer, without user:password (secureUrl).
	 * With a `$page`, a path is resolved against it first and the result must pass the same rules.
	 *
	 * @param string      $value The address as written.
	 * @param string|null $page  The page's address, for a relative address; null when it must be absolute.
	 */
	public static function is_secure_url( string $value, ?string $page = null ): bool {
		$url = self::parse( $value, $page );
		return null !== $url && ! $url['credentials'] && self::is_secure_or_loopback( $url );
	}

	/**
	 * Https, or plain http to this computer.
	 *
	 * @param array $url A parsed address.
	 */
	private static function is_secure_or_loopback( array $url ): bool {
		return 'https' === $url['scheme'] || ( 'http' === $url['scheme'] && in_array( $url['host'], self::LOOPBACK_HOSTS, true ) );
	}

	/**
	 * The origin of a parsed address (scheme, host and port), or null.
	 *
	 * @param array|null $url A parsed address.
	 */
	private static function origin( ?array $url ): ?string {
		if ( null === $url || null === $url['host'] ) {
			return null;
		}
		return $url['scheme'] . '://' . $url['host'] . ( null === $url['port'] ? '' : ':' . $url['port'] );
	}

	/**
	 * Parses `$input` against `$base` as a browser would, as far as the rules need: scheme, whether it
	 * carries credentials, host and port. Null when the browser would not parse it.
	 *
	 * @param string      $input An address, absolute or relative.
	 * @param string|null $base  The address a relative one is resolved against.
	 * @return array{scheme: string, credentials: bool, host: ?string, port: ?int}|null
	 */
	public static function parse( string $input, ?string $base ): ?array {
		// The standard strips leading and trailing C0 controls and spaces, and every tab and newline.
		$input = preg_replace( '/^[\x00-\x20]+|[\x00-\x20]+$/', '', $input );
		$input = str_replace( array( "\t", "\n", "\r" ), '', (string) $input );
		$base_url = null;
		if ( null !== $base ) {
			$base_url = self::parse( $base, null );
			if ( null === $base_url ) {
				return null;
			}
		}

		if ( preg_match( '/^([a-zA-Z][a-zA-Z0-9+.\-]*):(.*)$/s', $input, $match ) ) {
			$scheme = strtolower( $match[1] );
			$rest = $match[2];
			if ( 'http' !== $scheme && 'https' !== $scheme ) {
				// Another scheme (javascript:, data:, mailto:...) parses, and is refused for its scheme.
				return array(
					'scheme'      => $scheme,
					'credentials' => false,
					'host'        => null,
					'port'        => null,
				);
			}
			$rest = str_replace( '\\', '/', $rest );
			if ( ! str_starts_with( $rest, '//' ) && null !== $base_url && $base_url['scheme'] === $scheme ) {
				// "https:page" on an https page is a path relative to the page.
				return $base_url;
			}
			return self::parse_authority( $scheme, ltrim( $rest, '/' ) );
		}

		if ( null === $base_url || null === $base_url['host'] ) {
			return null;
		}
		$path = str_replace( '\\', '/', $input );
		if ( str_starts_with( $path, '//' ) ) {
			return self::parse_authority( $base_url['scheme'], ltrim( $path, '/' ) );
		}
		// A path, a query or a fragment: the page's own origin.
		return $base_url;
	}

	/**
	 * The authority of an http(s) address (what follows `scheme://`): credentials, host and port.
	 *
	 * @param string $scheme http or https.
	 * @param string $rest   The address after the scheme and its slashes.
	 */
	private static function parse_authority( string $scheme, string $rest ): ?array {
		$end = strcspn( $rest, '/?#' );
		$authority = substr( $rest, 0, $end );
		$credentials = false;
		$at = strrpos( $authority, '@' );
		if ( false !== $at ) {
			$credentials = '' !== str_replace( ':', '', substr( $authority, 0, $at ) ) || self::has_password( substr( $authority, 0, $at ) );
			$authority = substr( $authority, $at + 1 );
		}
		$port = null;
		if ( preg_match( '/^(.*?)(?::(\d*))?$/s', $authority, $match ) && ! str_starts_with( $authority, '[' ) ) {
			$host_text = $match[1];
			$port_text = $match[2] ?? '';
		} elseif ( preg_match( '/^(\[[^\]]*\])(?::(\d*))?$/', $authority, $match ) ) {
			$host_text = $match[1];
			$port_text = $match[2] ?? '';
		} else {
			return null;
		}
		if ( str_contains( $host_text, ':' ) && ! str_starts_with( $host_text, '[' ) ) {
			return null; // A second colon outside brackets: the port is not a number.
		}
		if ( '' !== $port_text ) {
			if ( strlen( ltrim( $port_text, '0' ) ) > 5 || (int) $port_text > 65535 ) {
				return null;
			}
			$port = (int) $port_text;
			if ( ( 'http' === $scheme && 80 === $port ) || ( 'https' === $scheme && 443 === $port ) ) {
				$port = null;
			}
		}
		$host = self::parse_host( $host_text );
		if ( null === $host ) {
			return null;
		}
		return array(
			'scheme'      => $scheme,
			'credentials' => $credentials,
			'host'        => $host,
			'port'        => $port,
		);
	}

	/**
	 * Whether userinfo (`user:password`) has a password: anything after its first colon.
	 *
	 * @param string $userinfo What comes before the last @.
	 */
	private static function has_password( string $userinfo ): bool {
		$colon = strpos( $userinfo, ':' );
		return false !== $colon && '' !== substr( $userinfo, $colon + 1 );
	}

	/**
	 * A host as the browser serializes it (lowercase, IPv4 in dotted decimal, IPv6 compressed in
	 * brackets), or null when it is not a host the browser accepts.
	 *
	 * @param string $text The host as written.
	 */
	private static function parse_host( string $text ): ?string {
		if ( '' === $text ) {
			return null;
		}
		if ( str_starts_with( $text, '[' ) ) {
			$inside = substr( $text, 1, -1 );
			$packed = preg_match( '/^[0-9a-fA-F:.]+$/', $inside ) ? @inet_pton( $inside ) : false; // phpcs:ignore WordPress.PHP.NoSilencedErrors
			if ( false === $packed || 16 !== strlen( $packed ) ) {
				return null;
			}
			return '[' . inet_ntop( $packed ) . ']';
		}
		$decoded = rawurldecode( $text );
		if ( preg_match( '/[\x00-\x20#%\/:<>?@\[\\\\\]^|\x7f]/', $decoded ) ) {
			return null;
		}
		$host = strtolower( $decoded );
		if ( preg_match( '/[^\x00-\x7f]/', $host ) ) {
			// The browser converts such a name (IDNA) first; whatever it becomes, it is not this computer.
			return $host;
		}
		$labels = explode( '.', $host );
		if ( count( $labels ) > 1 && '' === end( $labels ) ) {
			array_pop( $labels );
		}
		$last = end( $labels );
		if ( preg_match( '/^(0[xX][0-9a-fA-F]*|\d+)$/', (string) $last ) ) {
			return self::parse_ipv4( $labels );
		}
		return $host;
	}

	/**
	 * A host that ends in a number is an IPv4 address (127.1, 0x7f.0.0.1, 2130706433), or no host at all.
	 *
	 * @param string[] $parts The host's labels.
	 */
	private static function parse_ipv4( array $parts ): ?string {
		if ( count( $parts ) > 4 ) {
			return null;
		}
		$numbers = array();
		foreach ( $parts as $part ) {
			if ( preg_match( '/^0[xX]([0-9a-fA-F]*)$/', $part, $match ) ) {
				$numbers[] = '' === $match[1] ? 0 : hexdec( $match[1] );
			} elseif ( preg_match( '/^0(\d+)$/', $part, $match ) ) {
				if ( ! preg_match( '/^[0-7]+$/', $match[1] ) ) {
					return null; // 08: a leading zero means octal, and 8 is not an octal digit.
				}
				$numbers[] = octdec( $match[1] );
			} elseif ( preg_match( '/^\d+$/', $part ) ) {
				$numbers[] = (float) $part;
			} else {
				return null;
			}
		}
		$last = array_pop( $numbers );
		foreach ( $numbers as $number ) {
			if ( $number > 255 ) {
				return null;
			}
		}
		if ( $last >= 256 ** ( 4 - count( $numbers ) ) ) {
			return null;
		}
		$address = $last;
		foreach ( $numbers as $index => $number ) {
			$address += $number * 256 ** ( 3 - $index );
		}
		$address = (int) $address;
		return implode( '.', array( ( $address >> 24 ) & 255, ( $address >> 16 ) & 255, ( $address >> 8 ) & 255, $address & 255 ) );
	}
}

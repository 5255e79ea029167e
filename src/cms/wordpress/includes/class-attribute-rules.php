<?php
/**
 * The elements' attribute rules in PHP: for each documented attribute of each widget, the check the
 * element makes in the browser (src/elements/<tag>/<tag>.ts), with the same verdict, so the plugin can
 * tell an editor what a widget will refuse before anyone sees the page, and without JavaScript.
 *
 * The plugin never changes what an attribute means: a value is printed as written (escaped), and the
 * element then does what it always does with it (its short configuration message, its safe default).
 * These rules only find the problems. test/fixtures/wordpress-attribute-cases.json holds cases that both
 * these rules (test/wordpress/rules.test.php) and the elements themselves, in Chromium
 * (test/wordpress-attributes.test.ts), must judge alike. Pure PHP, no WordPress.
 *
 * @package SurvivorInformedWidgets
 */

namespace SurvivorInformedWidgets;

defined( 'ABSPATH' ) || exit;

/**
 * Checks widget attributes as the elements do.
 */
final class Attribute_Rules {

	/**
	 * What each attribute is, by tag. Every attribute in custom-elements.json has a kind here, and no
	 * kind names an attribute the manifest does not list (test/wordpress/rules.test.php checks both).
	 */
	public const KINDS = array(
		'si-checklist'       => array(
			'set'           => 'checklist-set',
			'src'           => 'content-url',
			'name'          => 'text',
			'org'           => 'text',
			'persist'       => 'persist',
			'endpoint'      => 'endpoint-optional',
			'lang'          => 'lang',
			'heading-level' => 'heading-level',
		),
		'si-config'          => array(
			'endpoint'                => 'endpoint-optional',
			'org'                     => 'text',
			'locale'                  => 'lang',
			'persist'                 => 'persist',
			'same-origin-credentials' => 'boolean',
		),
		'si-hotline-banner'  => array(
			'preset'            => 'hotline-preset',
			'name'              => 'text',
			'phone'             => 'phone',
			'sms'               => 'phone',
			'sms-keyword'       => 'keyword',
			'chat-url'          => 'secure-url-relative',
			'tty'               => 'phone',
			'hours'             => 'text',
			'languages'         => 'text',
			'hide-emergency'    => 'boolean',
			'no-quick-exit'     => 'boolean',
			'no-shift-shortcut' => 'boolean',
			'dismissible'       => 'boolean',
			'position'          => 'position',
			'persist'           => 'persist',
			'exit-url'          => 'secure-url',
			'safety-href'       => 'secure-url-relative',
			'lang'              => 'lang',
		),
		'si-quick-exit'      => array(
			'exit-url'          => 'secure-url',
			'safety-href'       => 'secure-url-relative',
			'skip-link'         => 'boolean',
			'no-shift-shortcut' => 'boolean',
			'lang'              => 'lang',
		),
		'si-self-assessment' => array(
			'src'           => 'content-url',
			'endpoint'      => 'endpoint-optional',
			'org'           => 'text',
			'persist'       => 'persist',
			'share'         => 'share',
			'ta-href'       => 'link',
			'lang'          => 'lang',
			'heading-level' => 'heading-level',
		),
		'si-ta-request'      => array(
			'endpoint'      => 'endpoint-required',
			'org'           => 'text',
			'retention'     => 'retention',
			'persist'       => 'persist',
			'region'        => 'region',
			'counties'      => 'counties',
			'cohorts'       => 'cohorts',
			'request-types' => 'request-types',
			'topics'        => 'topics',
			'lead-days'     => 'lead-days',
			'privacy-href'  => 'endpoint-link',
			'lang'          => 'lang',
			'heading-level' => 'heading-level',
		),
		'si-value'           => array(
			'name' => 'text',
		),
		'si-values-badge'    => array(
			'set'             => 'value-set',
			'values'          => 'value-ids',
			'org'             => 'text',
			'href'            => 'link',
			'assessed'        => 'date',
			'assessment-href' => 'link',
			'variant'         => 'variant',
			'lang'            => 'lang',
		),
	);

	/** The kinds whose value is an address, which kses must also check for a bad protocol. */
	public const ADDRESS_KINDS = array( 'content-url', 'endpoint-optional', 'endpoint-required', 'secure-url', 'secure-url-relative', 'link', 'endpoint-link' );

	private const DEFAULT_CHECKLIST_SET = 'survivor-informed-practice';
	private const DEFAULT_VALUE_SET = 'guiding-values';
	private const PERSIST_MODES = array( 'none', 'session', 'local' );
	private const POSITIONS = array( 'inline', 'top', 'bottom' );
	private const VARIANTS = array( 'badge', 'card' );
	private const SHARES = array( 'scores', 'answers' );

	/**
	 * The generated facts (includes/elements.php).
	 *
	 * @var array
	 */
	private array $facts;

	/**
	 * Builds the rules from the generated facts.
	 *
	 * @param array $facts What includes/elements.php returns.
	 */
	public function __construct( array $facts ) {
		$this->facts = $facts;
	}

	/**
	 * The tags and their documented attributes, from custom-elements.json.
	 *
	 * @return array<string, array> Tag => its manifest entry.
	 */
	public function elements(): array {
		return $this->facts['elements'];
	}

	/**
	 * The generated facts about the content: presets, sets, regions, request types.
	 *
	 * @param string $key hotline_presets, value_sets, checklist_sets, county_regions or request_types.
	 */
	public function facts( string $key ): array {
		return $this->facts[ $key ];
	}

	/**
	 * The problems a widget will find in its attributes, as the element finds them.
	 *
	 * @param string $tag               The element's tag.
	 * @param array  $attributes        Attribute => value as written (a boolean attribute's value is ignored).
	 * @param string $page              The page's address (relative addresses resolve against it).
	 * @param bool   $inherits_endpoint Whether a `<si-config>` around the widget provides an endpoint.
	 * @return array<int, array{attribute: string, problem: string, value: string, detail?: string}>
	 */
	public function problems( string $tag, array $attributes, string $page, bool $inherits_endpoint = false ): array {
		$kinds = self::KINDS[ $tag ] ?? array();
		$problems = array();
		foreach ( $attributes as $attribute => $value ) {
			$kind = $kinds[ $attribute ] ?? null;
			if ( null === $kind ) {
				continue;
			}
			$value = (string) $value;
			$problem = $this->check( $kind, $value, $page, $attributes );
			if ( null !== $problem ) {
				$problems[] = array(
					'attribute' => $attribute,
					'problem'   => $problem[0],
					'value'     => $value,
				) + ( isset( $problem[1] ) ? array( 'detail' => $problem[1] ) : array() );
			}
		}
		// The form cannot send without an endpoint of its own or from <si-config>.
		if ( 'endpoint-required' === ( $kinds['endpoint'] ?? null ) && ! $inherits_endpoint && '' === Urls::js_trim( (string) ( $attributes['endpoint'] ?? '' ) ) ) {
			$problems[] = array(
				'attribute' => 'endpoint',
				'problem'   => 'endpoint-missing',
				'value'     => '',
			);
		}
		return $problems;
	}

	/**
	 * One attribute's check: null when the element accepts it, else [problem code, detail].
	 *
	 * @param string $kind       What the attribute is (a value of KINDS).
	 * @param string $value      Its value as written.
	 * @param string $page       The page's address.
	 * @param array  $attributes All the element's attributes, for the rules that depend on another.
	 */
	private function check( string $kind, string $value, string $page, array $attributes ): ?array {
		$trimmed = Urls::js_trim( $value );
		switch ( $kind ) {
			case 'text':
			case 'boolean':
				return null;
			case 'lang':
				// Not a problem to the element (it follows <si-config> and then the page), but worth a word.
				return '' === $trimmed || null !== self::supported_locale( $trimmed ) ? null : array( 'lang' );
			case 'persist':
				return '' === $trimmed || in_array( $trimmed, self::PERSIST_MODES, true ) ? null : array( 'persist' );
			case 'endpoint-optional':
			case 'endpoint-required':
				if ( '' === $trimmed ) {
					return null;
				}
				$problem = Urls::endpoint_problem( $value, $page );
				return null === $problem ? null : array( 'endpoint-' . $problem );
			case 'endpoint-link':
				return '' === $trimmed || null === Urls::endpoint_problem( $value, $page ) ? null : array( 'link' );
			case 'link':
				return '' === $trimmed || Urls::is_allowed_link( $value, $page ) ? null : array( 'link' );
			case 'content-url':
				return '' === $trimmed || Urls::is_allowed_content_url( $trimmed, $page ) ? null : array( 'content-url' );
			case 'secure-url':
				return '' === $value || Urls::is_secure_url( $value ) ? null : array( 'secure-url' );
			case 'secure-url-relative':
				return '' === $value || Urls::is_secure_url( $value, $page ) ? null : array( 'secure-url' );
			case 'phone':
				return '' === $value || null !== self::parse_number( $value ) ? null : array( 'phone' );
			case 'keyword':
				return '' === $value || preg_match( '/^[\p{L}\p{N} ]{1,20}$/u', $value ) ? null : array( 'keyword' );
			case 'hotline-preset':
				return array_key_exists( $value, $this->facts['hotline_presets'] ) ? null : array( 'choice', implode( ', ', array_keys( $this->facts['hotline_presets'] ) ) );
			case 'position':
				return in_array( $value, self::POSITIONS, true ) ? null : array( 'choice', implode( ', ', self::POSITIONS ) );
			case 'variant':
				return in_array( '' === $trimmed ? 'badge' : $trimmed, self::VARIANTS, true ) ? null : array( 'choice', implode( ', ', self::VARIANTS ) );
			case 'heading-level':
				// As src/core/heading.ts reads it: empty for the default (2), else a level from 1 to 6.
				return '' === $trimmed || 1 === preg_match( '/^[1-6]$/D', $trimmed ) ? null : array( 'choice', '1, 2, 3, 4, 5, 6' );
			case 'share':
				return in_array( '' === $trimmed ? 'scores' : $trimmed, self::SHARES, true ) ? null : array( 'choice', implode( ', ', self::SHARES ) );
			case 'checklist-set':
				// A src wins over the set, which is then not looked at.
				if ( '' !== Urls::js_trim( (string) ( $attributes['src'] ?? '' ) ) ) {
					return null;
				}
				$ids = array_keys( $this->facts['checklist_sets'] );
				return in_array( '' === $trimmed ? self::DEFAULT_CHECKLIST_SET : $trimmed, $ids, true ) ? null : array( 'choice', implode( ', ', $ids ) );
			case 'value-set':
				$ids = array_keys( $this->facts['value_sets'] );
				return in_array( '' === $trimmed ? self::DEFAULT_VALUE_SET : $trimmed, $ids, true ) ? null : array( 'choice', implode( ', ', $ids ) );
			case 'value-ids':
				$set = Urls::js_trim( (string) ( $attributes['set'] ?? '' ) );
				$set = '' === $set ? self::DEFAULT_VALUE_SET : $set;
				if ( ! isset( $this->facts['value_sets'][ $set ] ) ) {
					return null; // The set is wrong, and the element says that instead.
				}
				$known = array_keys( $this->facts['value_sets'][ $set ] );
				$unknown = array_diff( self::split_words( $value ), $known );
				return array() === $unknown ? null : array( 'values', implode( ', ', $unknown ) . ' (' . implode( ', ', $known ) . ')' );
			case 'date':
				return '' === $trimmed || self::is_assessed_date( $trimmed ) ? null : array( 'date' );
			case 'region':
				return '' === $trimmed || in_array( strtoupper( $trimmed ), $this->facts['county_regions'], true ) ? null : array( 'choice', implode( ', ', $this->facts['county_regions'] ) );
			case 'counties':
				return '' === $trimmed || null !== self::parse_list( $value, 300, 120 ) ? null : array( 'list', '300:120' );
			case 'cohorts':
				return '' === $trimmed || null !== self::parse_list( $value, 20, 120 ) ? null : array( 'list', '20:120' );
			case 'topics':
				return '' === $trimmed || null !== self::parse_list( $value, 30, 120 ) ? null : array( 'list', '30:120' );
			case 'request-types':
				$unknown = array_diff( self::split_words( $value ), $this->facts['request_types'] );
				return array() === $unknown ? null : array( 'choice', implode( ', ', $this->facts['request_types'] ) );
			case 'lead-days':
				return '' === $trimmed || ( preg_match( '/^\d{1,3}$/', $trimmed ) && (int) $trimmed <= 365 ) ? null : array( 'lead-days' );
			case 'retention':
				// As the form reads it: empty for no claim, else 1 to 999 days, weeks, months or years ("12 months").
				return '' === $trimmed || self::is_retention( $trimmed ) ? null : array( 'retention' );
		}
		return null;
	}

	/**
	 * `es-MX` → `es`; a tag the widgets do not speak → null (toSupportedLocale).
	 *
	 * @param string $tag A language tag.
	 */
	public static function supported_locale( string $tag ): ?string {
		$primary = preg_split( '/[-_]/', strtolower( Urls::js_trim( $tag ) ) )[0];
		return in_array( $primary, array( 'en', 'es' ), true ) ? $primary : null;
	}

	/**
	 * A phone number for tel: and sms: links (parseNumber in the banner's phone.ts): a US number of 10
	 * digits (an optional leading 1), any number written with a leading + (8 to 15 digits), or a short
	 * code of 3 to 6 digits written as digits only. Separators: spaces, dashes, dots and parentheses.
	 *
	 * @param string $value The number as written.
	 * @return array{text: string, dial: string}|null What to show and what to dial.
	 */
	public static function parse_number( string $value ): ?array {
		$text = Urls::js_trim( $value );
		if ( ! preg_match( '/^\+?[\d' . Urls::JS_SPACE . '().\-]{3,24}$/u', $text ) ) {
			return null;
		}
		$digits = preg_replace( '/\D/', '', $text );
		$dial = null;
		if ( str_starts_with( $text, '+' ) ) {
			if ( strlen( $digits ) >= 8 && strlen( $digits ) <= 15 ) {
				$dial = '+' . $digits;
			}
		} elseif ( preg_match( '/^1?[2-9]\d\d[2-9]\d{6}$/', $digits ) ) {
			$dial = '+1' . substr( $digits, -10 );
		} elseif ( $digits === $text && strlen( $digits ) <= 6 ) {
			$dial = $digits;
		}
		return null === $dial ? null : array(
			'text' => $text,
			'dial' => $dial,
		);
	}

	/**
	 * `2025-05-14` or `2025-05`, a real date from 1900 on (parseAssessedDate).
	 *
	 * @param string $value The date as written.
	 */
	public static function is_assessed_date( string $value ): bool {
		if ( ! preg_match( '/^(\d{4})-(\d{2})(?:-(\d{2}))?$/', $value, $match ) ) {
			return false;
		}
		$year = (int) $match[1];
		$month = (int) $match[2];
		$day = isset( $match[3] ) ? (int) $match[3] : 1;
		return $year >= 1900 && checkdate( $month, $day, $year );
	}

	/**
	 * A retention period (retentionPeriod in the form): 1 to 999, one or more spaces, then day, week,
	 * month or year, singular or plural, in any case ("12 months", "1 Year").
	 *
	 * @param string $value The period as written, trimmed.
	 */
	public static function is_retention( string $value ): bool {
		return 1 === preg_match( '/^(\d{1,3}) +(day|week|month|year)s?$/iD', $value, $match ) && (int) $match[1] > 0;
	}

	/**
	 * A comma-separated list (parseList in the form): trimmed, without blanks or repeats; null when it has
	 * no item, more than `$max_items`, or an item longer than `$max_length` characters.
	 *
	 * @param string $raw        The list as written.
	 * @param int    $max_items  The most items.
	 * @param int    $max_length The longest item.
	 * @return string[]|null
	 */
	public static function parse_list( string $raw, int $max_items, int $max_length ): ?array {
		$items = array_values( array_unique( array_filter( array_map( array( Urls::class, 'js_trim' ), explode( ',', $raw ) ), 'strlen' ) ) );
		if ( array() === $items || count( $items ) > $max_items ) {
			return null;
		}
		foreach ( $items as $item ) {
			if ( Urls::js_length( $item ) > $max_length ) {
				return null;
			}
		}
		return $items;
	}

	/**
	 * Words separated by spaces or commas, without repeats.
	 *
	 * @param string $value A list as written.
	 * @return string[]
	 */
	private static function split_words( string $value ): array {
		$words = preg_split( '/[' . Urls::JS_SPACE . ',]+/u', $value, -1, PREG_SPLIT_NO_EMPTY );
		return array_values( array_unique( false === $words ? array() : $words ) );
	}
}

<?php
/**
 * Raw widget HTML in posts. WordPress filters what Authors and Contributors save (and everyone's, with
 * DISALLOW_UNFILTERED_HTML) through kses, which drops every tag it does not know: the `si-*` elements
 * vanished and only their fallback text stayed. This allows the `si-*` tags with their documented
 * attributes (from custom-elements.json, through includes/elements.php), and `id` and `class`, in post
 * content only; address attributes go through kses's protocol check like href does. One documented
 * attribute is withheld: `<si-config same-origin-credentials>`, which would send readers' cookies. Inline scripts,
 * `<script type="application/json">` content included, stay refused: use the widget's `src` instead.
 *
 * Classic content also runs through wpautop, which puts a lone `<si-hotline-banner>` tag in a paragraph
 * of its own and so moves the fallback out of its element; the repair below takes those paragraphs away.
 *
 * @package SurvivorInformedWidgets
 */

namespace SurvivorInformedWidgets;

defined( 'ABSPATH' ) || exit;

/**
 * The allow-list and the wpautop repair.
 */
final class Kses {

	/** Attributes every element has that the widgets use (the storage key of a widget with an id). */
	private const GLOBAL_ATTRIBUTES = array( 'id', 'class' );

	/**
	 * Documented attributes the allow-list leaves out: sending the reader's cookies with submissions is
	 * for the site's own set-up, never for what an Author writes in a post.
	 */
	public const WITHHELD = array(
		'si-config' => array( 'same-origin-credentials' ),
	);

	/** The elements a named slot's content is usually written in. */
	private const SLOT_HOLDERS = array( 'p', 'div', 'span', 'a' );

	/**
	 * Hooks the filters.
	 */
	public static function register(): void {
		add_filter( 'wp_kses_allowed_html', array( self::class, 'allowed_html' ), 10, 2 );
		add_filter( 'wp_kses_uri_attributes', array( self::class, 'uri_attributes' ) );
		// After wpautop (10) and shortcode_unautop (10).
		add_filter( 'the_content', array( self::class, 'repair_autop' ), 12 );
	}

	/**
	 * The `si-*` tags and their attributes, as kses wants them: tag => attribute => true.
	 *
	 * @return array<string, array<string, bool>>
	 */
	public static function widget_tags(): array {
		$tags = array();
		foreach ( Plugin::rules()->elements() as $tag => $element ) {
			$attributes = array_diff( array_keys( $element['attributes'] ), self::WITHHELD[ $tag ] ?? array() );
			$tags[ $tag ] = array_fill_keys( array_merge( array_values( $attributes ), self::GLOBAL_ATTRIBUTES ), true );
		}
		return $tags;
	}

	/**
	 * Adds the widgets to what post content may hold.
	 *
	 * @param array  $tags    Allowed tags and their attributes.
	 * @param string $context Where the HTML goes: only 'post' (content, excerpts) is widened.
	 */
	public static function allowed_html( $tags, $context ) {
		if ( 'post' !== $context || ! is_array( $tags ) ) {
			return $tags;
		}
		$tags = array_merge( $tags, self::widget_tags() );
		foreach ( self::SLOT_HOLDERS as $holder ) {
			if ( isset( $tags[ $holder ] ) ) {
				$tags[ $holder ]['slot'] = true;
			}
		}
		return $tags;
	}

	/**
	 * The widgets' address attributes, so kses removes a javascript: or data: from them as it does from href.
	 *
	 * @param string[] $attributes The attributes kses checks for a bad protocol.
	 */
	public static function uri_attributes( $attributes ) {
		$attributes = is_array( $attributes ) ? $attributes : array();
		foreach ( Attribute_Rules::KINDS as $kinds ) {
			foreach ( $kinds as $attribute => $kind ) {
				if ( in_array( $kind, Attribute_Rules::ADDRESS_KINDS, true ) && ! in_array( $attribute, $attributes, true ) ) {
					$attributes[] = $attribute;
				}
			}
		}
		return $attributes;
	}

	/**
	 * Undoes what wpautop does to widget tags on lines of their own: `<p><si-x …></p>` and `<p></si-x></p>`
	 * become the bare tags again, and an empty widget alone in a paragraph (`<p><si-x></si-x></p>`)
	 * leaves it. A widget inside a sentence is left where the author put it.
	 *
	 * @param string $content The post content, after wpautop.
	 */
	public static function repair_autop( $content ) {
		if ( ! is_string( $content ) || ! str_contains( $content, '<si-' ) ) {
			return $content;
		}
		$open = '<si-[a-z0-9-]+(?:\s[^<>]*)?>';
		$close = '<\/si-[a-z0-9-]+>';
		$repaired = preg_replace(
			array(
				'/<p>\s*(' . $open . ')\s*(?:<br \/>\s*)?<\/p>/i',
				'/<p>\s*(' . $close . ')\s*<\/p>/i',
				'/<p>\s*(' . $open . '\s*' . $close . ')\s*<\/p>/i',
			),
			'$1',
			$content
		);
		return null === $repaired ? $content : $repaired;
	}
}

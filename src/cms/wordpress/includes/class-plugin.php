<?php
/**
 * Wires the plugin's parts to WordPress, and holds what they share: the attribute rules built from the
 * generated facts, the fallback text, and the translations of the plugin's own strings.
 *
 * @package SurvivorInformedWidgets
 */

namespace SurvivorInformedWidgets;

defined( 'ABSPATH' ) || exit;

/**
 * The plugin.
 */
final class Plugin {

	public const TEXT_DOMAIN = 'survivor-informed-widgets';

	/**
	 * The rules, built once per request.
	 *
	 * @var Attribute_Rules|null
	 */
	private static ?Attribute_Rules $rules = null;

	/**
	 * The fallback catalog.
	 *
	 * @var array|null
	 */
	private static ?array $fallback = null;

	/**
	 * Hooks everything.
	 */
	public static function boot(): void {
		add_action( 'init', array( self::class, 'load_translations' ), 0 );
		Settings::register();
		Widgets::register();
		Blocks::register();
		Assets::register();
		Kses::register();
		Page::register();
	}

	/**
	 * The attribute rules and the facts they use (includes/elements.php).
	 */
	public static function rules(): Attribute_Rules {
		if ( null === self::$rules ) {
			self::$rules = new Attribute_Rules( require PLUGIN_DIR . 'includes/elements.php' );
		}
		return self::$rules;
	}

	/**
	 * The fallback text in a widget language.
	 *
	 * @param string $language en or es.
	 */
	public static function fallback_text( string $language ): array {
		if ( null === self::$fallback ) {
			self::$fallback = require PLUGIN_DIR . 'includes/fallback-text.php';
		}
		return self::$fallback[ $language ] ?? self::$fallback['en'];
	}

	/**
	 * The plugin's own strings in the reader's language: a translation installed in WordPress's
	 * languages folder first, then the plugin's own Spanish for every Spanish locale (es_ES, es_MX...).
	 */
	public static function load_translations(): void {
		load_plugin_textdomain( self::TEXT_DOMAIN, false, dirname( plugin_basename( PLUGIN_FILE ) ) . '/languages' );
		$locale = determine_locale();
		if ( ! is_textdomain_loaded( self::TEXT_DOMAIN ) && str_starts_with( $locale, 'es' ) ) {
			load_textdomain( self::TEXT_DOMAIN, PLUGIN_DIR . 'languages/survivor-informed-widgets-es_ES.mo' );
		}
	}
}

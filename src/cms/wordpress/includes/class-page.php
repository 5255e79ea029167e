<?php
/**
 * The page-wide part of the settings: one `<si-config>` around the page's content, so every widget on
 * the page (placed with a shortcode, a block or raw HTML) shares the endpoint, organization, language
 * and persistence; and the hotline banner on every page when the settings ask for it.
 *
 * `<si-config>` renders nothing of its own (display: contents), so wrapping the page changes no layout.
 * It opens at wp_body_open and closes at wp_footer. A theme that does not call wp_body_open gets no
 * wrapper: each widget the plugin renders then carries the settings as its own attributes instead.
 *
 * @package SurvivorInformedWidgets
 */

namespace SurvivorInformedWidgets;

defined( 'ABSPATH' ) || exit;

/**
 * The wrapper and the site-wide banner.
 */
final class Page {

	/**
	 * Whether the wrapper was opened on this page.
	 *
	 * @var bool
	 */
	private static bool $opened = false;

	/**
	 * Hooks the wrapper's opening and closing.
	 */
	public static function register(): void {
		// After the admin bar (priority 0), so the bar is not inside the widgets' settings.
		add_action( 'wp_body_open', array( self::class, 'open' ), 1 );
		add_action( 'wp_footer', array( self::class, 'close' ), 1 );
	}

	/**
	 * The `<si-config>` attributes the settings give, only those that are set.
	 *
	 * @return array<string, string>
	 */
	public static function config_attributes(): array {
		$settings = Settings::get();
		return array_filter(
			array(
				'endpoint' => $settings['endpoint'],
				'org'      => $settings['org'],
				'locale'   => $settings['language'],
				'persist'  => $settings['persist'],
			),
			fn( $value ) => '' !== $value
		);
	}

	/**
	 * Whether widgets rendered now sit inside the wrapper: on the front end, with something to share, in
	 * a theme that calls wp_body_open (block themes render the content before it, and always call it).
	 */
	public static function wraps(): bool {
		if ( is_admin() || is_feed() || ( defined( 'REST_REQUEST' ) && REST_REQUEST ) || ! self::config_attributes() ) {
			return false;
		}
		return self::$opened || did_action( 'wp_body_open' ) || ( function_exists( 'wp_is_block_theme' ) && wp_is_block_theme() && ! did_action( 'wp_footer' ) );
	}

	/**
	 * Opens the wrapper, and prints the banner when the settings want it on every page.
	 */
	public static function open(): void {
		$attributes = self::config_attributes();
		if ( $attributes ) {
			$html = '<si-config';
			foreach ( $attributes as $name => $value ) {
				$html .= ' ' . $name . '="' . esc_attr( $value ) . '"';
			}
			echo $html . '>'; // phpcs:ignore WordPress.Security.EscapeOutput -- built from escaped values above.
			self::$opened = true;
		}
		$settings = Settings::get();
		if ( $settings['banner'] && ! Widgets::$banner_rendered && ! Assets::queried_content_has( 'si-hotline-banner' ) ) {
			echo Widgets::render( 'si-hotline-banner', array( 'preset' => $settings['banner_preset'] ) ); // phpcs:ignore WordPress.Security.EscapeOutput -- Widgets::render escapes.
		}
	}

	/**
	 * Closes the wrapper.
	 */
	public static function close(): void {
		if ( self::$opened ) {
			echo '</si-config>';
			self::$opened = false;
		}
	}
}

<?php
/**
 * The widgets' files, from the plugin's own copy of dist/cdn (assets/): `loader.js` as a module, which
 * loads only the widgets on the page, and `reserve.css`, which keeps their space so the page does not
 * jump. Only on pages that have a widget, and nothing from any other site.
 *
 * WordPress 6.1 has no script modules (wp_enqueue_script_module came in 6.5), so the loader is enqueued
 * as a script and its tag is given type="module": a file, no inline script, so a strict
 * Content-Security-Policy (script-src 'self') allows it.
 *
 * @package SurvivorInformedWidgets
 */

namespace SurvivorInformedWidgets;

defined( 'ABSPATH' ) || exit;

/**
 * Enqueues the loader and the reserve rules.
 */
final class Assets {

	public const SCRIPT = 'survivor-informed-widgets';
	public const STYLE = 'survivor-informed-widgets-reserve';
	public const NOTE_STYLE = 'survivor-informed-widgets-editor-note';

	/**
	 * Whether something rendered on this page needs the files.
	 *
	 * @var bool
	 */
	private static bool $needed = false;

	/**
	 * Hooks the files.
	 */
	public static function register(): void {
		add_action( 'wp_enqueue_scripts', array( self::class, 'enqueue' ) );
		add_filter( 'script_loader_tag', array( self::class, 'module_tag' ), 10, 3 );
	}

	/**
	 * Called by every widget the plugin renders. In a classic theme the content renders after the head:
	 * the files then go to the footer (the head already asked for them when the post had a widget).
	 */
	public static function need(): void {
		self::$needed = true;
		if ( did_action( 'wp_enqueue_scripts' ) ) {
			self::enqueue_files();
		}
	}

	/**
	 * The look of the editors' note (a file: a strict CSP refuses inline styles too). Only for a reader
	 * who can edit the post and has a note to read.
	 */
	public static function need_note_style(): void {
		wp_enqueue_style( self::NOTE_STYLE, plugins_url( 'css/editor-note.css', PLUGIN_FILE ), array(), VERSION );
	}

	/**
	 * On wp_enqueue_scripts: the files, when the page will show a widget.
	 */
	public static function enqueue(): void {
		if ( self::$needed || Settings::get()['banner'] || self::queried_content_has( '' ) ) {
			self::enqueue_files();
		}
	}

	/**
	 * Enqueues both files (WordPress prints each once).
	 */
	private static function enqueue_files(): void {
		$base = plugins_url( 'assets/', PLUGIN_FILE );
		wp_enqueue_style( self::STYLE, $base . 'reserve.css', array(), VERSION );
		wp_enqueue_script( self::SCRIPT, $base . 'loader.js', array(), VERSION, false );
	}

	/**
	 * Whether the posts this page shows place a widget: a shortcode, a block or an element. With a
	 * tag (si-hotline-banner), only that widget.
	 *
	 * @param string $tag One element's tag, or '' for any widget.
	 */
	public static function queried_content_has( string $tag ): bool {
		global $wp_query;
		if ( ! isset( $wp_query ) || empty( $wp_query->posts ) ) {
			return false;
		}
		$names = '' === $tag ? array_keys( Widgets::SHORTCODES ) : array( str_replace( '-', '_', $tag ) );
		foreach ( $wp_query->posts as $post ) {
			$content = (string) ( $post->post_content ?? '' );
			if ( '' === $tag ? preg_match( '/<si-[a-z]|<!-- wp:survivor-informed-widgets\//', $content ) : ( str_contains( $content, '<' . $tag ) || str_contains( $content, '<!-- wp:survivor-informed-widgets/' . substr( $tag, 3 ) ) ) ) {
				return true;
			}
			foreach ( $names as $name ) {
				if ( has_shortcode( $content, $name ) ) {
					return true;
				}
			}
		}
		return false;
	}

	/**
	 * Prints the loader's tag as a module.
	 *
	 * @param string $tag    The `<script>` tag WordPress built.
	 * @param string $handle The script's handle.
	 * @param string $src    Its address.
	 */
	public static function module_tag( string $tag, string $handle, string $src ): string {
		if ( self::SCRIPT !== $handle ) {
			return $tag;
		}
		return sprintf( '<script type="module" src="%s" id="%s"></script>' . "\n", esc_url( $src ), esc_attr( $handle . '-js' ) );
	}
}

<?php
/**
 * The note above a widget whose shortcode or block needs a fix. Only people who can edit the post see
 * it (a visitor sees the widget, which shows its own short configuration message where it must); it is
 * in the editor's language, names the attribute as written, and says what the widget does meanwhile.
 *
 * @package SurvivorInformedWidgets
 */

namespace SurvivorInformedWidgets;

defined( 'ABSPATH' ) || exit;

/**
 * Notes for editors.
 */
final class Notes {

	/**
	 * The note's HTML, or '' when there is nothing to say or the person may not edit this post.
	 *
	 * @param string[] $messages What needs a fix, each HTML already escaped (Widgets::code, esc_html__).
	 * @param string   $name     The shortcode or element as the author wrote it.
	 */
	public static function render( array $messages, string $name ): string {
		if ( ! $messages || ! self::reader_can_edit() ) {
			return '';
		}
		Assets::need_note_style();
		$items = implode( '', array_map( fn( $message ) => '<li>' . $message . '</li>', $messages ) );
		return '<div class="si-wp-note" role="note"><p><strong>'
			/* translators: %s: the shortcode or block, such as [si_ta_request]. */
			. esc_html( sprintf( __( 'Survivor-informed widgets: %s needs a fix', 'survivor-informed-widgets' ), $name ) )
			. '</strong></p><ul>' . $items . '</ul><p>'
			. esc_html__( 'Only people who can edit this page see this note.', 'survivor-informed-widgets' )
			. '</p></div>';
	}

	/**
	 * Whether the person reading may edit what is being shown.
	 */
	private static function reader_can_edit(): bool {
		if ( ! is_user_logged_in() ) {
			return false;
		}
		$post_id = get_the_ID();
		return $post_id ? current_user_can( 'edit_post', $post_id ) : current_user_can( 'edit_theme_options' );
	}

	/**
	 * One problem Attribute_Rules found, as a sentence for the note (escaped).
	 *
	 * @param array $problem attribute, problem, value and maybe detail.
	 */
	public static function problem_message( array $problem ): string {
		$written = Widgets::code( $problem['attribute'] . '="' . $problem['value'] . '"' );
		$detail = esc_html( (string) ( $problem['detail'] ?? '' ) );
		switch ( $problem['problem'] ) {
			case 'lang':
				/* translators: %s: the attribute as written. */
				return sprintf( esc_html__( '%s: the widgets speak en (English) and es (Spanish); this one follows the settings and the page instead.', 'survivor-informed-widgets' ), $written );
			case 'persist':
				/* translators: %s: the attribute as written. */
				return sprintf( esc_html__( '%s must be none, session or local. Until it is, the widget keeps nothing in the browser.', 'survivor-informed-widgets' ), $written );
			case 'endpoint-missing':
				return esc_html__( 'The form has no endpoint, so it cannot send: set one in Settings → Survivor-informed widgets, or write endpoint="https://…" on the widget.', 'survivor-informed-widgets' );
			case 'endpoint-credentials':
				/* translators: %s: the attribute as written. */
				return sprintf( esc_html__( '%s must not contain a user name or password. The widget does not send until it is fixed.', 'survivor-informed-widgets' ), $written );
			case 'endpoint-invalid':
			case 'endpoint-scheme':
			case 'endpoint-insecure':
				/* translators: %s: the attribute as written. */
				return sprintf( esc_html__( '%s must be an https:// address (http:// only for localhost or 127.0.0.1). The widget does not send until it is fixed.', 'survivor-informed-widgets' ), $written );
			case 'link':
				/* translators: %s: the attribute as written. */
				return sprintf( esc_html__( '%s must be an https:// address or a path on this site, so the link is not shown.', 'survivor-informed-widgets' ), $written );
			case 'content-url':
				/* translators: %s: the attribute as written. */
				return sprintf( esc_html__( '%s must be a path on this site or an https:// address, without spaces, so nothing is loaded from it.', 'survivor-informed-widgets' ), $written );
			case 'secure-url':
				/* translators: %s: the attribute as written. */
				return sprintf( esc_html__( '%s must be an https:// address, so the widget does not use it.', 'survivor-informed-widgets' ), $written );
			case 'phone':
				/* translators: %s: the attribute as written. */
				return sprintf( esc_html__( '%s is not a number that can be dialed, so it is not shown.', 'survivor-informed-widgets' ), $written );
			case 'keyword':
				/* translators: %s: the attribute as written. */
				return sprintf( esc_html__( '%s may have only letters, digits and spaces (up to 20), so it is not shown.', 'survivor-informed-widgets' ), $written );
			case 'choice':
				/* translators: 1: the attribute as written, 2: the values it may have. */
				return sprintf( esc_html__( '%1$s must be one of: %2$s.', 'survivor-informed-widgets' ), $written, $detail );
			case 'values':
				/* translators: 1: the attribute as written, 2: the ids that are not in the set, and the set's ids. */
				return sprintf( esc_html__( '%1$s names values the set does not have: %2$s.', 'survivor-informed-widgets' ), $written, $detail );
			case 'date':
				/* translators: %s: the attribute as written. */
				return sprintf( esc_html__( '%s must be a date written as 2025-05-14 or 2025-05.', 'survivor-informed-widgets' ), $written );
			case 'list':
				[ $items, $length ] = array_map( 'intval', explode( ':', (string) ( $problem['detail'] ?? '0:0' ) ) );
				/* translators: 1: the attribute as written, 2: the most items, 3: the most characters in one item. */
				return sprintf( esc_html__( '%1$s must list 1 to %2$d items of at most %3$d characters each, separated by commas.', 'survivor-informed-widgets' ), $written, $items, $length );
			case 'lead-days':
				/* translators: %s: the attribute as written. */
				return sprintf( esc_html__( '%s must be a whole number of days from 0 to 365.', 'survivor-informed-widgets' ), $written );
			case 'retention':
				/* translators: %s: the attribute as written. */
				return sprintf( esc_html__( '%s must be a number from 1 to 999 and days, weeks, months or years, such as 12 months.', 'survivor-informed-widgets' ), $written );
		}
		/* translators: %s: the attribute as written. */
		return sprintf( esc_html__( '%s is not a value this widget takes.', 'survivor-informed-widgets' ), $written );
	}
}

<?php
/**
 * The widgets as shortcodes (and, through class-blocks.php, blocks): `[si_ta_request org="…"]` prints
 * `<si-ta-request org="…">` with a fallback sentence inside, so Authors and Contributors place widgets
 * without raw HTML, and wpautop never sees the element (shortcodes run after it).
 *
 * Attributes are the element's documented ones (includes/elements.php), written as in HTML (a hyphen
 * or an underscore: lead-days or lead_days). Every value is printed as written, escaped; the element does
 * what it always does with it. Attribute_Rules finds what the element will refuse, and anything that is
 * not an attribute at all, and the plugin says so in a note above the widget that only people who can
 * edit the post see, in their language, even without JavaScript.
 *
 * @package SurvivorInformedWidgets
 */

namespace SurvivorInformedWidgets;

defined( 'ABSPATH' ) || exit;

/**
 * Renders widgets.
 */
final class Widgets {

	/** Shortcode => element. Underscores, as WordPress advises for shortcode names. */
	public const SHORTCODES = array(
		'si_hotline_banner'  => 'si-hotline-banner',
		'si_quick_exit'      => 'si-quick-exit',
		'si_values_badge'    => 'si-values-badge',
		'si_checklist'       => 'si-checklist',
		'si_ta_request'      => 'si-ta-request',
		'si_self_assessment' => 'si-self-assessment',
	);

	private const DEFAULT_EXIT_URL = 'https://www.weather.gov/';
	private const TRUE_WORDS = array( '', '1', 'true', 'yes', 'on' );
	private const FALSE_WORDS = array( '0', 'false', 'no', 'off' );

	/**
	 * Whether a banner was rendered on this page, so the settings' banner is not added a second time.
	 *
	 * @var bool
	 */
	public static bool $banner_rendered = false;

	/**
	 * Registers the shortcodes.
	 */
	public static function register(): void {
		foreach ( array_keys( self::SHORTCODES ) as $shortcode ) {
			add_shortcode( $shortcode, array( self::class, 'shortcode' ) );
		}
	}

	/**
	 * A widget's name, for people.
	 *
	 * @param string $tag The element's tag.
	 */
	public static function label( string $tag ): string {
		$labels = array(
			'si-hotline-banner'  => __( 'Hotline banner', 'survivor-informed-widgets' ),
			'si-quick-exit'      => __( 'Quick exit', 'survivor-informed-widgets' ),
			'si-values-badge'    => __( 'Values badge', 'survivor-informed-widgets' ),
			'si-checklist'       => __( 'Checklist', 'survivor-informed-widgets' ),
			'si-ta-request'      => __( 'Training and technical assistance request', 'survivor-informed-widgets' ),
			'si-self-assessment' => __( 'Self-assessment', 'survivor-informed-widgets' ),
		);
		return $labels[ $tag ] ?? $tag;
	}

	/**
	 * What a widget does, in a sentence, for the block inserter.
	 *
	 * @param string $tag The element's tag.
	 */
	public static function description( string $tag ): string {
		$descriptions = array(
			'si-hotline-banner'  => __( 'Hotline contacts, hours and “in immediate danger, call 911”, with a quick exit.', 'survivor-informed-widgets' ),
			'si-quick-exit'      => __( 'An “Exit this page” button that leaves at once, also with Shift pressed three times.', 'survivor-informed-widgets' ),
			'si-values-badge'    => __( 'A badge that opens into the values your organization commits to.', 'survivor-informed-widgets' ),
			'si-checklist'       => __( 'A checklist for a survivor-informed practice, with progress, notes, print and export.', 'survivor-informed-widgets' ),
			'si-ta-request'      => __( 'The form to request training or technical assistance, sent to your endpoint.', 'survivor-informed-widgets' ),
			'si-self-assessment' => __( 'An organizational self-assessment that turns answers into scores, gaps and next steps.', 'survivor-informed-widgets' ),
		);
		return $descriptions[ $tag ] ?? '';
	}

	/**
	 * The shortcode handler.
	 *
	 * @param array|string $atts      The attributes WordPress parsed ('' when there are none).
	 * @param string|null  $content   What an enclosing shortcode wraps: the fallback text, if any.
	 * @param string       $shortcode Which shortcode this is.
	 */
	public static function shortcode( $atts, $content, string $shortcode ): string {
		$tag = self::SHORTCODES[ $shortcode ] ?? null;
		if ( null === $tag ) {
			return '';
		}
		[ $attributes, $notes ] = self::read_attributes( $tag, is_array( $atts ) ? $atts : array() );
		return self::render( $tag, $attributes, (string) $content, $notes, '[' . $shortcode . ']' );
	}

	/**
	 * Shortcode attributes as element attributes, and a note for each one that is not an attribute.
	 *
	 * @param string $tag  The element's tag.
	 * @param array  $atts As shortcode_parse_atts() gives them: name => value, and bare words by number.
	 * @return array{0: array<string, string|true>, 1: string[]} The attributes, and the notes (HTML, escaped).
	 */
	public static function read_attributes( string $tag, array $atts ): array {
		$known = Plugin::rules()->elements()[ $tag ]['attributes'];
		$attributes = array();
		$notes = array();
		foreach ( $atts as $key => $value ) {
			$bare = is_int( $key );
			$name = strtolower( str_replace( '_', '-', $bare ? (string) $value : (string) $key ) );
			$value = $bare ? '' : (string) $value;
			if ( ! isset( $known[ $name ] ) ) {
				/* translators: %s: what was written in the shortcode, such as endpiont="…". */
				$notes[] = sprintf( esc_html__( '%s is not an attribute of this widget, so it is left out.', 'survivor-informed-widgets' ), self::code( $bare ? $name : $name . '="' . $value . '"' ) );
				continue;
			}
			if ( 'boolean' === $known[ $name ]['type'] ) {
				$word = strtolower( trim( $value ) );
				if ( in_array( $word, self::TRUE_WORDS, true ) || $word === $name ) {
					$attributes[ $name ] = true;
				} elseif ( ! in_array( $word, self::FALSE_WORDS, true ) ) {
					/* translators: %s: the attribute as written. */
					$notes[] = sprintf( esc_html__( '%s is on or off: write its name alone to turn it on, or leave it out.', 'survivor-informed-widgets' ), self::code( $name . '="' . $value . '"' ) );
				}
				continue;
			}
			if ( $bare ) {
				/* translators: %s: an attribute name written without a value. */
				$notes[] = sprintf( esc_html__( '%s needs a value, as in name="value", so it is left out.', 'survivor-informed-widgets' ), self::code( $name ) );
				continue;
			}
			$attributes[ $name ] = $value;
		}
		return array( $attributes, $notes );
	}

	/**
	 * A widget's HTML: the element with its attributes and its fallback text, and the editor's note.
	 *
	 * @param string                   $tag        The element's tag.
	 * @param array<string, string|true> $attributes Its attributes (true for a boolean that is on).
	 * @param string                   $content    The author's own fallback text (post content, already filtered on save).
	 * @param string[]                 $notes      Problems found while reading the attributes.
	 * @param string                   $name       How the author wrote the widget, for the note.
	 */
	public static function render( string $tag, array $attributes, string $content = '', array $notes = array(), string $name = '' ): string {
		$settings = Settings::get();
		$inherited = Page::wraps() ? Page::config_attributes() : array();
		if ( ! Page::wraps() ) {
			// No <si-config> around this widget: write the site's settings on it, unless it sets its own.
			$attributes += self::settings_attributes( $tag, $settings );
		}
		$rules = Plugin::rules();
		$problems = $rules->problems( $tag, array_filter( $attributes, 'is_string' ), home_url( '/' ), isset( $inherited['endpoint'] ) );
		foreach ( $problems as $problem ) {
			$notes[] = Notes::problem_message( $problem );
		}
		if ( 'si-hotline-banner' === $tag ) {
			self::$banner_rendered = true;
		}
		Assets::need();

		$language = self::language( $attributes );
		$html = '<' . $tag;
		foreach ( $attributes as $attribute => $value ) {
			$html .= true === $value ? ' ' . $attribute : ' ' . $attribute . '="' . esc_attr( $value ) . '"';
		}
		$html .= '>' . self::fallback( $tag, $attributes, $language, $content ) . '</' . $tag . '>';
		if ( 'si-values-badge' === $tag ) {
			// The badge is inline-block: on its own in a block theme's content, the theme's layout (which
			// sets the width and margins of the content's children) would leave it outside the column.
			$html = '<div class="si-wp-values-badge">' . $html . '</div>';
		}
		return Notes::render( $notes, '' === $name ? '<' . $tag . '>' : $name ) . $html;
	}

	/**
	 * The settings an element understands, as its attributes (when no `<si-config>` is around it).
	 *
	 * @param string $tag      The element's tag.
	 * @param array  $settings Settings::get().
	 */
	private static function settings_attributes( string $tag, array $settings ): array {
		$known = Plugin::rules()->elements()[ $tag ]['attributes'];
		$attributes = array();
		foreach ( array(
			'endpoint' => $settings['endpoint'],
			'org'      => $settings['org'],
			'persist'  => $settings['persist'],
			'lang'     => $settings['language'],
		) as $attribute => $value ) {
			if ( '' !== $value && isset( $known[ $attribute ] ) ) {
				$attributes[ $attribute ] = $value;
			}
		}
		return $attributes;
	}

	/**
	 * The language the widget will show, as the element decides it: its lang, the settings, the page.
	 *
	 * @param array $attributes The element's attributes.
	 */
	public static function language( array $attributes ): string {
		$own = is_string( $attributes['lang'] ?? null ) ? Attribute_Rules::supported_locale( $attributes['lang'] ) : null;
		$settings = Settings::get()['language'];
		return $own ?? ( '' !== $settings ? $settings : ( Attribute_Rules::supported_locale( str_replace( '_', '-', get_locale() ) ) ?? 'en' ) );
	}

	/**
	 * The fallback text inside the element, hidden by reserve.css once the element is defined.
	 *
	 * @param string $tag        The element's tag.
	 * @param array  $attributes Its attributes.
	 * @param string $language   en or es.
	 * @param string $content    The author's own fallback text, if any.
	 */
	private static function fallback( string $tag, array $attributes, string $language, string $content ): string {
		$text = Plugin::fallback_text( $language );
		$lang = ' lang="' . esc_attr( $language ) . '"';
		$own = trim( $content );
		if ( '' !== $own && 'si-hotline-banner' !== $tag && 'si-quick-exit' !== $tag ) {
			return '<div class="si-fallback"' . $lang . '>' . wp_kses_post( $own ) . '</div>';
		}
		$org = Urls::js_trim( is_string( $attributes['org'] ?? null ) ? $attributes['org'] : Settings::get()['org'] );
		switch ( $tag ) {
			case 'si-hotline-banner':
				return self::banner_fallback( $attributes, $language ) . ( isset( $attributes['no-quick-exit'] ) ? '' : self::exit_fallback( $attributes, $language ) );
			case 'si-quick-exit':
				return self::exit_fallback( $attributes, $language );
			case 'si-values-badge':
				$names = self::value_names( $attributes, $language );
				if ( ! $names ) {
					return '';
				}
				$list = implode( ', ', $names );
				$sentence = '' === $org ? sprintf( $text['values'], $list ) : sprintf( $text['values_org'], $org, $list );
				return '<p class="si-fallback"' . $lang . '>' . esc_html( $sentence ) . '</p>';
			case 'si-checklist':
				$sets = Plugin::rules()->facts( 'checklist_sets' );
				$set = Urls::js_trim( is_string( $attributes['set'] ?? null ) ? $attributes['set'] : '' );
				$set = '' === $set ? 'survivor-informed-practice' : $set;
				$own_content = '' !== Urls::js_trim( is_string( $attributes['src'] ?? null ) ? $attributes['src'] : '' );
				$sentence = ! $own_content && isset( $sets[ $set ] ) ? sprintf( $text['checklist'], $sets[ $set ][ $language ] ) : $text['checklist_own'];
				return '<p class="si-fallback"' . $lang . '>' . esc_html( $sentence ) . '</p>';
			case 'si-ta-request':
				return '<p class="si-fallback"' . $lang . '>' . esc_html( $text['ta_request'] ) . '</p>';
			case 'si-self-assessment':
				return '<p class="si-fallback"' . $lang . '>' . esc_html( $text['self_assessment'] ) . '</p>';
		}
		return '';
	}

	/**
	 * The banner's contacts as one sentence of links: what the banner shows, without JavaScript. A number
	 * or address the banner would leave out is left out here too.
	 *
	 * @param array  $attributes The banner's attributes.
	 * @param string $language   en or es.
	 */
	private static function banner_fallback( array $attributes, string $language ): string {
		$text = Plugin::fallback_text( $language );
		$presets = Plugin::rules()->facts( 'hotline_presets' );
		$preset_id = is_string( $attributes['preset'] ?? null ) && isset( $presets[ $attributes['preset'] ] ) ? $attributes['preset'] : 'national';
		$preset = $presets[ $preset_id ];
		$own = static fn( string $name, string $fallback ): string => is_string( $attributes[ $name ] ?? null ) ? $attributes[ $name ] : $fallback;

		$name = $own( 'name', $preset['text'][ $language ]['name'] );
		$parts = array();
		$phone = Attribute_Rules::parse_number( $own( 'phone', $preset['phone'] ) );
		if ( $phone ) {
			$parts[] = sprintf( esc_html( $text['call'] ), self::tel_link( 'tel', $phone ) );
		}
		$sms = Attribute_Rules::parse_number( $own( 'sms', $preset['sms'] ) );
		if ( $sms ) {
			$keyword = $own( 'sms-keyword', $preset['sms_keyword'] );
			$keyword = '' !== $keyword && preg_match( '/^[\p{L}\p{N} ]{1,20}$/u', $keyword ) ? $keyword : '';
			$parts[] = '' === $keyword
				? sprintf( esc_html( $text['text'] ), self::tel_link( 'sms', $sms ) )
				: sprintf( esc_html( $text['text_keyword'] ), esc_html( $keyword ), self::tel_link( 'sms', $sms, $keyword ) );
		}
		$tty = Attribute_Rules::parse_number( $own( 'tty', $preset['tty'] ) );
		if ( $tty ) {
			$parts[] = sprintf( esc_html( $text['tty'] ), self::tel_link( 'tel', $tty ) );
		}
		$chat = $own( 'chat-url', $preset['chat_url'] );
		if ( '' !== $chat && Urls::is_secure_url( $chat, home_url( '/' ) ) ) {
			$parts[] = '<a href="' . esc_url( $chat ) . '">' . esc_html( $text['chat'] ) . '</a>';
		}
		$sentence = ( '' === $name ? '' : '<strong>' . esc_html( $name ) . '</strong>' . ( $parts ? ': ' : '' ) ) . implode( ', ', $parts );
		$sentence .= '' === $sentence ? '' : '. ';
		if ( ! isset( $attributes['hide-emergency'] ) ) {
			$sentence .= sprintf( esc_html( $text['danger'] ), '<a href="tel:911">911</a>' );
		}
		return '' === trim( $sentence ) ? '' : '<p class="si-fallback" lang="' . esc_attr( $language ) . '">' . trim( $sentence ) . '</p>';
	}

	/**
	 * A plain link to the exit page: without JavaScript it still takes a person off the page.
	 *
	 * @param array  $attributes The element's attributes.
	 * @param string $language   en or es.
	 */
	private static function exit_fallback( array $attributes, string $language ): string {
		$exit = is_string( $attributes['exit-url'] ?? null ) && Urls::is_secure_url( $attributes['exit-url'] ) ? $attributes['exit-url'] : self::DEFAULT_EXIT_URL;
		return '<p class="si-fallback" lang="' . esc_attr( $language ) . '"><a href="' . esc_url( $exit ) . '" rel="noreferrer">' . esc_html( Plugin::fallback_text( $language )['exit'] ) . '</a></p>';
	}

	/**
	 * A tel: or sms: link showing the number as written.
	 *
	 * @param string $scheme  tel or sms.
	 * @param array  $number  What Attribute_Rules::parse_number() gave.
	 * @param string $keyword A word to text, for an sms: link.
	 */
	private static function tel_link( string $scheme, array $number, string $keyword = '' ): string {
		$href = $scheme . ':' . $number['dial'] . ( '' === $keyword ? '' : '?&body=' . rawurlencode( $keyword ) );
		return '<a href="' . esc_url( $href, array( 'tel', 'sms' ) ) . '">' . esc_html( $number['text'] ) . '</a>';
	}

	/**
	 * The names of the values the badge will show, in its language.
	 *
	 * @param array  $attributes The badge's attributes.
	 * @param string $language   en or es.
	 * @return string[]
	 */
	private static function value_names( array $attributes, string $language ): array {
		$sets = Plugin::rules()->facts( 'value_sets' );
		$set_id = Urls::js_trim( is_string( $attributes['set'] ?? null ) ? $attributes['set'] : '' );
		$set = $sets[ '' === $set_id ? 'guiding-values' : $set_id ] ?? null;
		if ( null === $set ) {
			return array();
		}
		$wanted = preg_split( '/[' . Urls::JS_SPACE . ',]+/u', is_string( $attributes['values'] ?? null ) ? $attributes['values'] : '', -1, PREG_SPLIT_NO_EMPTY );
		$ids = $wanted ? array_unique( $wanted ) : array_keys( $set );
		$names = array();
		foreach ( $ids as $id ) {
			if ( ! isset( $set[ $id ] ) ) {
				return array(); // The badge shows a configuration message instead.
			}
			$names[] = $set[ $id ][ $language ];
		}
		return $names;
	}

	/**
	 * What the author wrote, escaped, in a code element, for a note.
	 *
	 * @param string $text What the author wrote.
	 */
	public static function code( string $text ): string {
		return '<code>' . esc_html( self::quote( $text ) ) . '</code>';
	}

	/**
	 * Text quoted for a note: without control characters, at most 80 characters.
	 *
	 * @param string $text What the author wrote.
	 */
	public static function quote( string $text ): string {
		$clean = preg_replace( '/[\x00-\x1f\x7f]/', '', $text );
		return preg_match( '/^.{81}/su', $clean ) ? preg_replace( '/^(.{80}).+$/su', '$1', $clean ) . '…' : $clean;
	}
}

<?php
/**
 * Settings → Survivor-informed widgets: the endpoint, the organization, the language, what the widgets
 * may keep in a visitor's browser, and the hotline banner on every page. Saved through WordPress's
 * Settings API, so options.php checks the nonce and the capability (manage_options); a value that would
 * be refused is not saved, is shown again in its field with the reason, and the rest is saved.
 *
 * @package SurvivorInformedWidgets
 */

namespace SurvivorInformedWidgets;

defined( 'ABSPATH' ) || exit;

/**
 * The plugin's one option and its page.
 */
final class Settings {

	public const OPTION = 'survivor_informed_widgets';
	public const GROUP = 'survivor_informed_widgets';
	public const PAGE = 'survivor-informed-widgets';
	public const CAPABILITY = 'manage_options';

	/** A value that was refused, kept for a few minutes per person so the field shows what they typed. */
	public const REJECTED_TRANSIENT = 'survivor_informed_widgets_rejected_';

	public const DEFAULTS = array(
		'endpoint'      => '',
		'org'           => '',
		'language'      => '',
		'persist'       => '',
		'banner'        => false,
		'banner_preset' => 'national',
	);

	private const ORG_MAX_CHARS = 200;

	/**
	 * The saved settings, each key present.
	 */
	public static function get(): array {
		$saved = get_option( self::OPTION, array() );
		return array_merge( self::DEFAULTS, is_array( $saved ) ? array_intersect_key( $saved, self::DEFAULTS ) : array() );
	}

	/**
	 * Hooks the page, the setting and the Settings link on the Plugins screen.
	 */
	public static function register(): void {
		add_action( 'admin_init', array( self::class, 'register_setting' ) );
		add_action( 'admin_menu', array( self::class, 'add_page' ) );
		add_filter( 'plugin_action_links_' . plugin_basename( PLUGIN_FILE ), array( self::class, 'action_links' ) );
	}

	/**
	 * Registers the option with its sanitizer.
	 */
	public static function register_setting(): void {
		register_setting(
			self::GROUP,
			self::OPTION,
			array(
				'type'              => 'array',
				'sanitize_callback' => array( self::class, 'sanitize' ),
				'default'           => self::DEFAULTS,
				'show_in_rest'      => false,
			)
		);
	}

	/**
	 * Adds the page under Settings.
	 */
	public static function add_page(): void {
		add_options_page(
			__( 'Survivor-informed widgets', 'survivor-informed-widgets' ),
			__( 'Survivor-informed widgets', 'survivor-informed-widgets' ),
			self::CAPABILITY,
			self::PAGE,
			array( self::class, 'render_page' )
		);
	}

	/**
	 * A Settings link beside Deactivate on the Plugins screen.
	 *
	 * @param string[] $links The row's links.
	 */
	public static function action_links( array $links ): array {
		$url = admin_url( 'options-general.php?page=' . self::PAGE );
		array_unshift( $links, '<a href="' . esc_url( $url ) . '">' . esc_html__( 'Settings', 'survivor-informed-widgets' ) . '</a>' );
		return $links;
	}

	/**
	 * Checks what was sent from the page. A refused endpoint keeps the saved one, and the person sees why
	 * and what they typed; every other field is saved.
	 *
	 * @param mixed $input The submitted option (options.php has already unslashed it).
	 */
	public static function sanitize( $input ): array {
		// WordPress runs this twice when the option is saved for the first time (update_option, then
		// add_option), the second time on what the first returned: that holds no refused value, so it
		// reports nothing again.
		$input = is_array( $input ) ? $input : array();
		$saved = self::get();
		$clean = $saved;
		$rejected = array();

		$endpoint = Urls::js_trim( (string) ( $input['endpoint'] ?? '' ) );
		$problem = '' === $endpoint ? null : Urls::endpoint_problem( $endpoint, home_url( '/' ) );
		if ( null === $problem ) {
			$clean['endpoint'] = $endpoint;
		} else {
			$rejected['endpoint'] = array(
				'value'   => $endpoint,
				'problem' => $problem,
			);
			// Outside the admin screens (update_option from code or WP-CLI) there is no settings-errors API.
			if ( function_exists( 'add_settings_error' ) ) {
				add_settings_error(
					self::OPTION,
					'survivor-informed-widgets-endpoint',
					sprintf(
						'%s <a href="#siw-endpoint">%s</a>',
						esc_html__( 'The endpoint was not saved, and the other settings were.', 'survivor-informed-widgets' ),
						esc_html( self::endpoint_message( $problem ) )
					),
					'error'
				);
			}
		}

		$org = sanitize_text_field( (string) ( $input['org'] ?? '' ) );
		$clean['org'] = Urls::js_length( $org ) > self::ORG_MAX_CHARS ? substr( $org, 0, self::ORG_MAX_CHARS ) : $org;
		$language = (string) ( $input['language'] ?? '' );
		$clean['language'] = in_array( $language, array( '', 'en', 'es' ), true ) ? $language : '';
		$persist = (string) ( $input['persist'] ?? '' );
		$clean['persist'] = in_array( $persist, array( '', 'none', 'session', 'local' ), true ) ? $persist : '';
		$clean['banner'] = ! empty( $input['banner'] );
		$preset = (string) ( $input['banner_preset'] ?? '' );
		$clean['banner_preset'] = array_key_exists( $preset, Plugin::rules()->facts( 'hotline_presets' ) ) ? $preset : 'national';

		if ( $rejected ) {
			set_transient( self::REJECTED_TRANSIENT . get_current_user_id(), $rejected, 10 * MINUTE_IN_SECONDS );
		}
		return $clean;
	}

	/**
	 * Why an endpoint was refused, as a fix to make.
	 *
	 * @param string $problem What Urls::endpoint_problem() said.
	 */
	public static function endpoint_message( string $problem ): string {
		switch ( $problem ) {
			case 'credentials':
				return __( 'Enter the address without a user name or password.', 'survivor-informed-widgets' );
			case 'invalid':
				return __( 'Enter a complete web address, without spaces or backslashes, such as https://intake.example.gov/api/submissions.', 'survivor-informed-widgets' );
			default:
				return __( 'Enter an address that starts with https:// (http:// only for localhost or 127.0.0.1, for testing).', 'survivor-informed-widgets' );
		}
	}

	/**
	 * The page.
	 */
	public static function render_page(): void {
		if ( ! current_user_can( self::CAPABILITY ) ) {
			wp_die( esc_html__( 'Sorry, you are not allowed to change these settings.', 'survivor-informed-widgets' ), 403 );
		}
		$settings = self::get();
		$rejected_key = self::REJECTED_TRANSIENT . get_current_user_id();
		$rejected = get_transient( $rejected_key );
		$rejected = is_array( $rejected ) ? $rejected : array();
		delete_transient( $rejected_key );
		$endpoint_error = isset( $rejected['endpoint'] ) ? self::endpoint_message( (string) $rejected['endpoint']['problem'] ) : '';
		$endpoint_value = isset( $rejected['endpoint'] ) ? (string) $rejected['endpoint']['value'] : $settings['endpoint'];
		$presets = Plugin::rules()->facts( 'hotline_presets' );
		$admin_language = Attribute_Rules::supported_locale( str_replace( '_', '-', get_user_locale() ) ) ?? 'en';
		$site_language = Attribute_Rules::supported_locale( str_replace( '_', '-', get_locale() ) );
		$persist_choices = array(
			''        => __( 'Each widget’s own default: the forms keep a draft in the browser tab until it is closed; the banner remembers nothing.', 'survivor-informed-widgets' ),
			'none'    => __( 'Nothing: answers are kept only while the page is open. The safest choice where people share a computer or phone.', 'survivor-informed-widgets' ),
			'session' => __( 'In this browser tab, until it is closed (at most 7 days).', 'survivor-informed-widgets' ),
			'local'   => __( 'In this browser, for up to 7 days, even after it is closed. Not advised where people share a computer or phone.', 'survivor-informed-widgets' ),
		);
		?>
		<div class="wrap">
			<h1><?php echo esc_html( get_admin_page_title() ); ?></h1>
			<p><?php esc_html_e( 'These settings apply to every widget on this site; an attribute written on a widget wins over them. What people enter in the widgets never passes through WordPress: the forms send it straight to the endpoint below.', 'survivor-informed-widgets' ); ?></p>
			<form method="post" action="<?php echo esc_url( admin_url( 'options.php' ) ); ?>" novalidate="novalidate">
				<?php settings_fields( self::GROUP ); ?>
				<table class="form-table" role="presentation">
					<tr>
						<th scope="row"><label for="siw-endpoint"><?php esc_html_e( 'Endpoint', 'survivor-informed-widgets' ); ?></label></th>
						<td>
							<?php if ( $endpoint_error ) : ?>
								<div class="notice notice-error inline" id="siw-endpoint-error"><p><strong><?php echo esc_html__( 'Error:', 'survivor-informed-widgets' ) . ' ' . esc_html( $endpoint_error ); ?></strong></p></div>
							<?php endif; ?>
							<input type="url" class="large-text code" id="siw-endpoint" name="<?php echo esc_attr( self::OPTION ); ?>[endpoint]" value="<?php echo esc_attr( $endpoint_value ); ?>" spellcheck="false" autocomplete="url" aria-describedby="<?php echo esc_attr( trim( ( $endpoint_error ? 'siw-endpoint-error ' : '' ) . 'siw-endpoint-hint' ) ); ?>"<?php echo $endpoint_error ? ' aria-invalid="true"' : ''; ?> />
							<p class="description" id="siw-endpoint-hint"><?php esc_html_e( 'Where the forms send what people enter: the https:// address of the receiver that stores it (http:// only for localhost or 127.0.0.1, for testing). Without one, the forms say that they cannot send.', 'survivor-informed-widgets' ); ?></p>
						</td>
					</tr>
					<tr>
						<th scope="row"><label for="siw-org"><?php esc_html_e( 'Organization', 'survivor-informed-widgets' ); ?></label></th>
						<td>
							<input type="text" class="regular-text" id="siw-org" name="<?php echo esc_attr( self::OPTION ); ?>[org]" value="<?php echo esc_attr( $settings['org'] ); ?>" autocomplete="organization" aria-describedby="siw-org-hint" />
							<p class="description" id="siw-org-hint"><?php esc_html_e( 'Named in the forms’ privacy text and confirmations, and in the values badge.', 'survivor-informed-widgets' ); ?></p>
						</td>
					</tr>
					<tr>
						<th scope="row"><?php esc_html_e( 'Language of the widgets', 'survivor-informed-widgets' ); ?></th>
						<td>
							<fieldset aria-describedby="siw-language-hint">
								<legend class="screen-reader-text"><?php esc_html_e( 'Language of the widgets', 'survivor-informed-widgets' ); ?></legend>
								<?php
								$languages = array(
									''   => sprintf(
										/* translators: %s: the language the widgets show on this site's pages now, English or Spanish. */
										__( 'Follow each page’s language (on this site: %s)', 'survivor-informed-widgets' ),
										'es' === $site_language ? __( 'Spanish', 'survivor-informed-widgets' ) : __( 'English', 'survivor-informed-widgets' )
									),
									'en' => __( 'English', 'survivor-informed-widgets' ),
									'es' => __( 'Spanish', 'survivor-informed-widgets' ),
								);
								foreach ( $languages as $value => $label ) :
									?>
									<label><input type="radio" name="<?php echo esc_attr( self::OPTION ); ?>[language]" value="<?php echo esc_attr( $value ); ?>"<?php checked( $settings['language'], $value ); ?> /> <?php echo esc_html( $label ); ?></label><br />
								<?php endforeach; ?>
							</fieldset>
							<p class="description" id="siw-language-hint"><?php esc_html_e( 'The widgets speak English and Spanish. On pages in any other language they show English. A widget’s own lang attribute wins.', 'survivor-informed-widgets' ); ?></p>
						</td>
					</tr>
					<tr>
						<th scope="row"><?php esc_html_e( 'What the widgets may keep in a visitor’s browser', 'survivor-informed-widgets' ); ?></th>
						<td>
							<fieldset aria-describedby="siw-persist-hint">
								<legend class="screen-reader-text"><?php esc_html_e( 'What the widgets may keep in a visitor’s browser', 'survivor-informed-widgets' ); ?></legend>
								<?php foreach ( $persist_choices as $value => $label ) : ?>
									<label><input type="radio" name="<?php echo esc_attr( self::OPTION ); ?>[persist]" value="<?php echo esc_attr( $value ); ?>"<?php checked( $settings['persist'], $value ); ?> /> <?php echo esc_html( $label ); ?></label><br />
								<?php endforeach; ?>
							</fieldset>
							<p class="description" id="siw-persist-hint"><?php esc_html_e( 'Sending, “Clear my answers” and the quick exit wipe whatever was kept. Nothing is ever kept in a cookie.', 'survivor-informed-widgets' ); ?></p>
						</td>
					</tr>
					<tr>
						<th scope="row"><?php esc_html_e( 'Hotline banner', 'survivor-informed-widgets' ); ?></th>
						<td>
							<fieldset aria-describedby="siw-banner-hint">
								<legend class="screen-reader-text"><?php esc_html_e( 'Hotline banner', 'survivor-informed-widgets' ); ?></legend>
								<label for="siw-banner"><input type="checkbox" id="siw-banner" name="<?php echo esc_attr( self::OPTION ); ?>[banner]" value="1"<?php checked( (bool) $settings['banner'] ); ?> /> <?php esc_html_e( 'Show the hotline banner, with its quick exit, at the top of every page', 'survivor-informed-widgets' ); ?></label>
								<p><label for="siw-banner-preset"><?php esc_html_e( 'Hotline', 'survivor-informed-widgets' ); ?></label>
								<select id="siw-banner-preset" name="<?php echo esc_attr( self::OPTION ); ?>[banner_preset]">
									<?php foreach ( $presets as $id => $preset ) : ?>
										<option value="<?php echo esc_attr( $id ); ?>"<?php selected( $settings['banner_preset'], $id ); ?>><?php echo esc_html( $preset['text'][ $admin_language ]['name'] ); ?></option>
									<?php endforeach; ?>
								</select></p>
							</fieldset>
							<p class="description" id="siw-banner-hint"><?php esc_html_e( 'It needs a theme that calls wp_body_open, as every default theme since WordPress 5.2 does. A page that places its own banner shows only that one.', 'survivor-informed-widgets' ); ?></p>
						</td>
					</tr>
				</table>
				<?php submit_button(); ?>
			</form>

			<h2><?php esc_html_e( 'Place a widget', 'survivor-informed-widgets' ); ?></h2>
			<p><?php esc_html_e( 'Anyone who can write posts places a widget with its block (in the Widgets category) or its shortcode, in a Shortcode block or on a line of its own. Attributes are written as in HTML; in the block editor, the block’s sidebar explains each one.', 'survivor-informed-widgets' ); ?></p>
			<table class="widefat striped">
				<thead>
					<tr>
						<th scope="col"><?php esc_html_e( 'Widget', 'survivor-informed-widgets' ); ?></th>
						<th scope="col"><?php esc_html_e( 'Shortcode', 'survivor-informed-widgets' ); ?></th>
						<th scope="col"><?php esc_html_e( 'Attributes', 'survivor-informed-widgets' ); ?></th>
					</tr>
				</thead>
				<tbody>
					<?php foreach ( Widgets::SHORTCODES as $shortcode => $tag ) : ?>
						<tr>
							<th scope="row"><?php echo esc_html( Widgets::label( $tag ) ); ?></th>
							<td><code>[<?php echo esc_html( $shortcode ); ?>]</code></td>
							<td><?php echo implode( ', ', array_map( fn( $name ) => '<code>' . esc_html( $name ) . '</code>', array_keys( Plugin::rules()->elements()[ $tag ]['attributes'] ) ) ); // phpcs:ignore WordPress.Security.EscapeOutput -- each name is escaped. ?></td>
						</tr>
					<?php endforeach; ?>
				</tbody>
			</table>
		</div>
		<?php
	}
}

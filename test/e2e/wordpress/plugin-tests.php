<?php
/**
 * The plugin's tests inside the real WordPress of the end-to-end test, with the plugin installed from its
 * zip and active (wordpress.e2e.ts runs this through cli.php and reports each line). What kses keeps for
 * an Author, what it refuses in comments, escaping of hostile shortcode attributes, who sees the editors'
 * note, the wpautop repair, the settings' sanitizer, the Spanish translation for every Spanish locale,
 * the blocks, the `<si-config>` wrapper and the module tag. Prints one JSON object per check.
 */

use SurvivorInformedWidgets\Assets;
use SurvivorInformedWidgets\Blocks;
use SurvivorInformedWidgets\Kses;
use SurvivorInformedWidgets\Page;
use SurvivorInformedWidgets\Plugin;
use SurvivorInformedWidgets\Settings;

/**
 * Prints one check's result.
 *
 * @param string $name   What is checked.
 * @param bool   $ok     Whether it held.
 * @param string $detail What was found.
 */
function si_check( string $name, bool $ok, string $detail = '' ): void {
	echo wp_json_encode(
		array(
			'name'   => $name,
			'ok'     => $ok,
			'detail' => $detail,
		)
	), "\n";
}

require_once ABSPATH . 'wp-admin/includes/plugin.php';
require_once ABSPATH . 'wp-admin/includes/template.php'; // add_settings_error(), as on the settings screen

$author = get_user_by( 'login', 'author' );
$editor = get_user_by( 'login', 'editor' );
$contributor = get_user_by( 'login', 'contributor' );
si_check( 'the plugin is active and loaded', class_exists( Plugin::class ) && is_plugin_active( 'survivor-informed-widgets/survivor-informed-widgets.php' ) );

// ---- kses ----
wp_set_current_user( $author->ID );
$kept = wp_kses_post( '<si-ta-request endpoint="javascript:alert(1)" lead-days="30" onclick="steal()" data-x="1"><p slot="privacy" onclick="y()">Kept</p></si-ta-request><si-unknown>gone</si-unknown><si-hotline-banner dismissible no-quick-exit preset="colorado">x</si-hotline-banner>' );
si_check( 'kses keeps an Author’s si-* elements with their documented attributes', str_contains( $kept, 'lead-days="30"' ) && str_contains( $kept, '<p slot="privacy">Kept</p>' ) && str_contains( $kept, 'preset="colorado"' ) && str_contains( $kept, 'dismissible' ) && str_contains( $kept, 'no-quick-exit' ), $kept );
si_check( 'kses removes event handlers, undocumented attributes and unknown si-* tags', ! str_contains( $kept, 'onclick' ) && ! str_contains( $kept, 'data-x' ) && ! str_contains( $kept, '<si-unknown' ), $kept );
si_check( 'kses checks the widgets’ address attributes for a bad protocol, as it does href', ! str_contains( $kept, 'javascript:' ), $kept );
$comment = wp_kses( '<si-ta-request endpoint="https://x.example/"></si-ta-request>', 'pre_comment_content' );
si_check( 'widgets are allowed in post content only, not in comments', ! str_contains( $comment, '<si-' ), $comment );
$elements = Plugin::rules()->elements();
$tags = Kses::widget_tags();
$matches = array_keys( $tags ) === array_keys( $elements );
foreach ( $elements as $tag => $element ) {
	$expected = array_values( array_diff( array_keys( $element['attributes'] ), Kses::WITHHELD[ $tag ] ?? array() ) );
	$matches = $matches && array_keys( $tags[ $tag ] ) === array_merge( $expected, array( 'id', 'class' ) );
}
si_check( 'the allow-list is the generated manifest’s tags and attributes, plus id and class, less same-origin-credentials', $matches && ! isset( $tags['si-config']['same-origin-credentials'] ) && isset( $tags['si-config']['endpoint'] ), wp_json_encode( array_map( 'array_keys', $tags ) ) );
$credentials = wp_kses_post( '<si-config same-origin-credentials endpoint="/api"></si-config>' );
si_check( 'an Author cannot make the widgets send readers’ cookies', '<si-config endpoint="/api"></si-config>' === $credentials, $credentials );
$uri = wp_kses_uri_attributes();
si_check( 'the address attributes are kses URI attributes', in_array( 'endpoint', $uri, true ) && in_array( 'exit-url', $uri, true ) && in_array( 'privacy-href', $uri, true ) && ! in_array( 'org', $uri, true ) );

// ---- shortcodes ----
wp_set_current_user( 0 );
$hostile = do_shortcode( '[si_ta_request org=\'"><script>alert(1)</script>\' endpoint="https://intake.example.gov/api"]' );
si_check( 'a hostile attribute is printed escaped', ! str_contains( $hostile, '<script' ) && str_contains( $hostile, 'org="&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;"' ), $hostile );
$underscores = do_shortcode( '[si_ta_request lead_days="45" Region="ca"]' );
si_check( 'attributes may be written with underscores and in any case', str_contains( $underscores, 'lead-days="45"' ) && str_contains( $underscores, 'region="ca"' ), $underscores );
$booleans = do_shortcode( '[si_hotline_banner dismissible="no" hide_emergency no-quick-exit="true"]' );
si_check( 'booleans: a bare name or "true" turns one on, "no" leaves it off', ! str_contains( $booleans, ' dismissible' ) && str_contains( $booleans, ' hide-emergency' ) && str_contains( $booleans, ' no-quick-exit' ), $booleans );
$banner = do_shortcode( '[si_hotline_banner phone="555-0100" lang="es"]' );
si_check( 'the banner’s fallback leaves out a number the banner would refuse, in the banner’s language', ! str_contains( $banner, '>555-0100<' ) && ! str_contains( $banner, '>1-888-373-7888<' ) && str_contains( $banner, 'envíe un texto al <a href="sms:233733">233733</a>' ) && str_contains( $banner, 'Si está en peligro inmediato' ) && str_contains( $banner, 'Salir de esta página' ), $banner );
$keyword = do_shortcode( '[si_hotline_banner preset="colorado" sms-keyword="AYUDA" hide-emergency no-quick-exit]' );
si_check( 'the fallback texts a keyword as the banner would, and hides 911 when asked', str_contains( $keyword, 'text AYUDA to <a href="sms:+17209999724?&#038;body=AYUDA">720-999-9724</a>' ) && ! str_contains( $keyword, '911' ) && ! str_contains( $keyword, 'Exit this page' ), $keyword );
$values = do_shortcode( '[si_values_badge set="trauma-informed" values="safety peer-support" org="Juniper Hollow County"]' );
si_check( 'the values badge’s fallback names its values', str_contains( $values, 'Juniper Hollow County commits to these values: Safety, Peer support.' ), $values );

// ---- the editors' note ----
$post_id = wp_insert_post(
	array(
		'post_title'   => 'Note check',
		'post_content' => '',
		'post_status'  => 'publish',
		'post_author'  => $author->ID,
	)
);
$GLOBALS['post'] = get_post( $post_id );
setup_postdata( $GLOBALS['post'] );
$mistake = '[si_ta_request lead-days="soon" endpiont="x"]';
$seen = array();
foreach ( array(
	'visitor'     => 0,
	'contributor' => $contributor->ID,
	'author'      => $author->ID,
	'editor'      => $editor->ID,
) as $who => $id ) {
	wp_set_current_user( $id );
	$seen[ $who ] = str_contains( do_shortcode( $mistake ), 'si-wp-note' );
}
si_check( 'the note is shown to the post’s Author and to Editors, never to visitors or other Contributors', array( 'visitor' => false, 'contributor' => false, 'author' => true, 'editor' => true ) === $seen, wp_json_encode( $seen ) );
wp_set_current_user( $editor->ID );
$note = do_shortcode( $mistake );
si_check( 'the note names each mistake as written', str_contains( $note, 'lead-days=&quot;soon&quot;' ) && str_contains( $note, 'endpiont=&quot;x&quot;' ) && str_contains( $note, 'is not an attribute of this widget' ), $note );
$hostile_note = do_shortcode( '[si_checklist x="<b>bold</b>" set="<i>other</i>"]' );
si_check( 'the note escapes what the author wrote', ! str_contains( $hostile_note, '<b>bold' ) && ! str_contains( $hostile_note, '<i>other' ) && str_contains( $hostile_note, '&lt;b&gt;bold&lt;/b&gt;' ), $hostile_note );
wp_reset_postdata();
wp_delete_post( $post_id, true );

// ---- wpautop ----
$classic = "<si-hotline-banner>\n<p class=\"si-fallback\">Call 1-888-373-7888.</p>\n</si-hotline-banner>\n\n<si-values-badge></si-values-badge>\n\nA sentence with <si-quick-exit></si-quick-exit> inside.";
$rendered = apply_filters( 'the_content', $classic );
si_check( 'wpautop’s paragraphs around lone widget tags are taken away', ! preg_match( '#<p>\s*<si-hotline-banner#', $rendered ) && ! preg_match( '#<p>\s*</si-hotline-banner>#', $rendered ) && ! str_contains( $rendered, '<p><si-values-badge></si-values-badge></p>' ) && preg_match( '#<si-hotline-banner>\s*<p class="si-fallback">#', $rendered ), $rendered );
si_check( 'a widget inside a sentence stays in its paragraph', str_contains( $rendered, '<p>A sentence with <si-quick-exit></si-quick-exit> inside.</p>' ), $rendered );

// ---- settings ----
$saved = Settings::get();
wp_set_current_user( get_user_by( 'login', 'admin' )->ID );
$clean = Settings::sanitize(
	array(
		'endpoint'      => 'https://user:secret@intake.example.gov/api',
		'org'           => '<b>Juniper</b> Hollow County',
		'language'      => 'fr',
		'persist'       => 'forever',
		'banner'        => '1',
		'banner_preset' => 'texas',
	)
);
$errors = get_settings_errors( Settings::OPTION );
$rejected = get_transient( Settings::REJECTED_TRANSIENT . get_current_user_id() );
si_check( 'the sanitizer keeps the saved endpoint when a new one has a password, says so once, and remembers what was typed', $saved['endpoint'] === $clean['endpoint'] && 1 === count( $errors ) && 'credentials' === ( $rejected['endpoint']['problem'] ?? '' ), wp_json_encode( array( $clean, $errors, $rejected ) ) );
si_check( 'the sanitizer cleans the other fields', 'Juniper Hollow County' === $clean['org'] && '' === $clean['language'] && '' === $clean['persist'] && true === $clean['banner'] && 'national' === $clean['banner_preset'], wp_json_encode( $clean ) );
$again = Settings::sanitize( $clean );
si_check( 'running the sanitizer again on its own result (as add_option does) reports nothing more', $again === $clean && 1 === count( get_settings_errors( Settings::OPTION ) ) );
delete_transient( Settings::REJECTED_TRANSIENT . get_current_user_id() );
$good = Settings::sanitize( array( 'endpoint' => ' ' . $si_args['endpoint'] . ' ' ) + $saved );
si_check( 'a good endpoint is saved, trimmed', $si_args['endpoint'] === $good['endpoint'], wp_json_encode( $good ) );
Settings::register_setting();
$registered = get_registered_settings()[ Settings::OPTION ] ?? array();
si_check( 'the option is registered with its sanitizer, in its settings group, outside the REST API', array( Settings::class, 'sanitize' ) === ( $registered['sanitize_callback'] ?? null ) && Settings::GROUP === ( $registered['group'] ?? null ) && false === ( $registered['show_in_rest'] ?? true ), wp_json_encode( $registered ) );

// ---- <si-config> ----
update_option( Settings::OPTION, array( 'org' => 'A "quoted" & ampersand org', 'language' => 'es' ) + $saved );
ob_start();
Page::open();
$opened = ob_get_clean();
ob_start();
Page::close();
$closed = ob_get_clean();
si_check( 'the wrapper carries the settings, escaped, and closes', str_contains( $opened, 'org="A &quot;quoted&quot; &amp; ampersand org"' ) && str_contains( $opened, 'locale="es"' ) && str_starts_with( $opened, '<si-config ' ) && '</si-config>' === $closed, $opened . $closed );
update_option( Settings::OPTION, $saved );

// ---- assets ----
$tag = Assets::module_tag( "<script type='text/javascript' src='http://x.example/loader.js?ver=1' id='survivor-informed-widgets-js'></script>\n", Assets::SCRIPT, 'http://x.example/loader.js?ver=1' );
si_check( 'the loader is printed as a module script, a file and no inline code', '<script type="module" src="http://x.example/loader.js?ver=1" id="survivor-informed-widgets-js"></script>' . "\n" === $tag, $tag );
$other = "<script src='a.js'></script>";
si_check( 'other scripts are left alone', Assets::module_tag( $other, 'jquery', 'a.js' ) === $other );

// ---- blocks ----
$registry = WP_Block_Type_Registry::get_instance();
$blocks_ok = true;
foreach ( SurvivorInformedWidgets\Widgets::SHORTCODES as $element_tag ) {
	$type = $registry->get_registered( Blocks::name( $element_tag ) );
	$blocks_ok = $blocks_ok && $type && $type->is_dynamic() && array() === array_diff_key( $elements[ $element_tag ]['attributes'], $type->attributes );
}
si_check( 'a dynamic block per widget, with the widget’s documented attributes', $blocks_ok );
$block = do_blocks( '<!-- wp:survivor-informed-widgets/ta-request {"region":"CO","lead-days":"45"} /-->' );
si_check( 'a block renders as its shortcode would', str_contains( $block, '<si-ta-request region="CO" lead-days="45">' ), $block );

// ---- translations ----
$locales = array();
foreach ( array( 'es_ES', 'es_MX', 'en_US' ) as $locale ) {
	$pick = fn() => $locale;
	add_filter( 'determine_locale', $pick );
	unload_textdomain( Plugin::TEXT_DOMAIN );
	Plugin::load_translations();
	$locales[ $locale ] = __( 'Hotline banner', 'survivor-informed-widgets' );
	remove_filter( 'determine_locale', $pick );
}
si_check( 'the Spanish translation serves every Spanish locale, and English stays English', array( 'es_ES' => 'Aviso de la línea de ayuda', 'es_MX' => 'Aviso de la línea de ayuda', 'en_US' => 'Hotline banner' ) === $locales, wp_json_encode( $locales ) );

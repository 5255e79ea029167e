<?php
/**
 * Settles the test site after installing (site.ts): pretty permalinks, no welcome guide in the block
 * editor, and the site's language when $si_args['language'] says so ('' for English, es_ES).
 */

global $wp_rewrite;
if ( isset( $si_args['permalinks'] ) ) {
	$wp_rewrite->set_permalink_structure( $si_args['permalinks'] );
	flush_rewrite_rules( false );
}
if ( isset( $si_args['language'] ) ) {
	update_option( 'WPLANG', $si_args['language'] );
}
foreach ( $si_args['user_locales'] ?? array() as $login => $locale ) {
	update_user_meta( get_user_by( 'login', $login )->ID, 'locale', $locale );
}
echo wp_json_encode(
	array(
		'permalinks' => get_option( 'permalink_structure' ),
		'language'   => get_option( 'WPLANG' ),
	)
);

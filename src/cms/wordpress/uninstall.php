<?php
/**
 * Runs when an administrator deletes the plugin (Plugins → Delete): removes the plugin's option and
 * the short-lived notes of refused values, on every site of a network. Posts keep their shortcodes and
 * blocks, which show as plain text once the plugin is gone; nothing a visitor sent was ever stored here.
 *
 * @package SurvivorInformedWidgets
 */

defined( 'WP_UNINSTALL_PLUGIN' ) || exit;

/**
 * Removes the plugin's data from the current site.
 */
function survivor_informed_widgets_uninstall_site(): void {
	global $wpdb;
	delete_option( 'survivor_informed_widgets' );
	// Refused values are kept per person for ten minutes, as transients: survivor_informed_widgets_rejected_<user id>.
	$like = $wpdb->esc_like( '_transient_survivor_informed_widgets_rejected_' ) . '%';
	$names = $wpdb->get_col( $wpdb->prepare( "SELECT option_name FROM {$wpdb->options} WHERE option_name LIKE %s", $like ) ); // phpcs:ignore WordPress.DB.DirectDatabaseQuery
	foreach ( $names as $name ) {
		delete_transient( substr( $name, strlen( '_transient_' ) ) );
	}
}

if ( is_multisite() ) {
	foreach ( get_sites( array( 'fields' => 'ids' ) ) as $survivor_informed_widgets_site ) {
		switch_to_blog( $survivor_informed_widgets_site );
		survivor_informed_widgets_uninstall_site();
		restore_current_blog();
	}
} else {
	survivor_informed_widgets_uninstall_site();
}

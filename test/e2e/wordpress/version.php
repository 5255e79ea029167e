<?php
/**
 * Prints WordPress's version, PHP's and the database server's.
 */

global $wpdb;
echo esc_html( get_bloginfo( 'version' ) . ', PHP ' . PHP_VERSION . ', ' . $wpdb->db_server_info() );

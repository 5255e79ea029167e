<?php
/**
 * Prints the plugin's option as JSON (false when there is none), as the database holds it.
 */

wp_cache_delete( 'alloptions', 'options' );
wp_cache_delete( 'survivor_informed_widgets', 'options' );
echo wp_json_encode( get_option( 'survivor_informed_widgets' ) );

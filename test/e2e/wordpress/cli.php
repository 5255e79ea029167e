<?php
/**
 * Runs a PHP file inside the test's WordPress, as WP-CLI would: `php cli.php <root> <script.php> [json]`.
 * The script sees $si_args (the decoded JSON) and prints its answer.
 */

define( 'ABSPATH', rtrim( $argv[1], '/' ) . '/' );
$_SERVER['HTTP_HOST'] = parse_url( getenv( 'SI_TEST_HOME' ), PHP_URL_HOST ) . ':' . parse_url( getenv( 'SI_TEST_HOME' ), PHP_URL_PORT );
$_SERVER['REQUEST_URI'] = '/';
$_SERVER['SERVER_PROTOCOL'] = 'HTTP/1.1';
if ( getenv( 'SI_TEST_INSTALLING' ) ) {
	define( 'WP_INSTALLING', true );
}
require ABSPATH . 'wp-load.php';
$si_args = isset( $argv[3] ) ? json_decode( $argv[3], true ) : array();
require $argv[2];

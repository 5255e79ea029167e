<?php
/**
 * The router for `php -S` serving the test's WordPress (test/e2e/wordpress/site.ts). Its document root
 * is a temporary folder of links to Debian's /usr/share/wordpress plus the test's own wp-config.php, so
 * ABSPATH must be that folder (WordPress's files resolve their links to /usr/share/wordpress, and
 * wp-load.php then reads wp-config.php from ABSPATH). Static files are served by the server itself;
 * a PHP file runs here; any other path goes to index.php (pretty permalinks).
 */

/**
 * The PHP file a request names, with its script path; null for a static file.
 */
function si_test_route(): ?array {
	$root = rtrim( $_SERVER['DOCUMENT_ROOT'], '/' );
	$path = rawurldecode( (string) parse_url( $_SERVER['REQUEST_URI'], PHP_URL_PATH ) );
	if ( str_contains( $path, '..' ) || str_contains( $path, "\0" ) ) {
		return array( $root . '/index.php', '/index.php' );
	}
	$file = $root . $path;
	if ( is_dir( $file ) ) {
		$path = rtrim( $path, '/' ) . '/index.php';
		$file = $root . $path;
	}
	if ( is_file( $file ) ) {
		return str_ends_with( $file, '.php' ) ? array( $file, $path ) : null;
	}
	return array( $root . '/index.php', '/index.php' );
}

$si_test_target = si_test_route();
if ( null === $si_test_target ) {
	return false;
}
define( 'ABSPATH', rtrim( $_SERVER['DOCUMENT_ROOT'], '/' ) . '/' );
$_SERVER['SCRIPT_FILENAME'] = $si_test_target[0];
$_SERVER['SCRIPT_NAME'] = $si_test_target[1];
$_SERVER['PHP_SELF'] = $si_test_target[1];
chdir( dirname( $si_test_target[0] ) );
unset( $si_test_target );
require $_SERVER['SCRIPT_FILENAME'];

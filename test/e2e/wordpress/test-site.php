<?php
/**
 * A must-use plugin of the test site only (never part of the plugin): it sends the strict
 * Content-Security-Policy DESIGN.md promises the widgets work under on every front-end page (WordPress
 * itself prints inline styles, hence style-src 'unsafe-inline'; its inline scripts are refused, as on a
 * strict county site), lets the widgets post to the test's receiver, and keeps WordPress from trying to
 * send mail on a machine that has no mail program.
 */

add_action(
	'send_headers',
	function () {
		if ( is_admin() ) {
			return;
		}
		header( "Content-Security-Policy: default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self' " . SI_TEST_RECEIVER_ORIGIN . "; require-trusted-types-for 'script'; trusted-types lit-html" );
	}
);

add_filter( 'pre_wp_mail', '__return_false' );

<?php
/**
 * Installs the test's WordPress (run by site.ts through cli.php with WP_INSTALLING): the site, one user
 * per role with an application password for the REST API, and nothing else. Prints the users as JSON.
 */

require_once ABSPATH . 'wp-admin/includes/upgrade.php';

wp_install( 'Juniper Hollow County', 'admin', 'admin@example.org', false, '', $si_args['password'] );
$users = array();
foreach ( array( 'administrator' => 'admin', 'editor' => 'editor', 'author' => 'author', 'contributor' => 'contributor' ) as $role => $login ) {
	$user = get_user_by( 'login', $login );
	$id = $user ? $user->ID : wp_insert_user(
		array(
			'user_login'   => $login,
			'user_pass'    => $si_args['password'],
			'user_email'   => $login . '@example.org',
			'role'         => $role,
			'display_name' => ucfirst( $login ),
		)
	);
	if ( is_wp_error( $id ) ) {
		fwrite( STDERR, $id->get_error_message() );
		exit( 1 );
	}
	[ $application_password ] = WP_Application_Passwords::create_new_application_password( $id, array( 'name' => 'end-to-end test' ) );
	$users[ $login ] = array(
		'id'                   => $id,
		'role'                 => $role,
		'application_password' => $application_password,
	);
}
echo wp_json_encode( $users );

<?php
/**
 * The plugin's attribute rules in plain PHP, without WordPress (php.test.ts runs this file and turns each
 * line it prints into a test): the verdicts of test/fixtures/wordpress-attribute-cases.json, which the
 * elements give too (test/wordpress-attributes.test.ts); every documented attribute has a rule; and the
 * helpers behave as their JavaScript twins. Prints one JSON object per check: {"name", "ok", "detail"}.
 */

define( 'ABSPATH', __DIR__ . '/' );
$plugin = dirname( __DIR__, 2 ) . '/src/cms/wordpress/';
require $plugin . 'includes/class-urls.php';
require $plugin . 'includes/class-attribute-rules.php';

use SurvivorInformedWidgets\Attribute_Rules;
use SurvivorInformedWidgets\Urls;

$facts = require $plugin . 'includes/elements.php';
$rules = new Attribute_Rules( $facts );

/**
 * Prints one check's result.
 *
 * @param string $name   What is checked.
 * @param bool   $ok     Whether it held.
 * @param string $detail What was found, when it did not.
 */
function check( string $name, bool $ok, string $detail = '' ): void {
	echo json_encode(
		array(
			'name'   => $name,
			'ok'     => $ok,
			'detail' => $detail,
		),
		JSON_UNESCAPED_UNICODE | JSON_UNESCAPED_SLASHES
	), "\n";
}

$fixture = json_decode( file_get_contents( dirname( __DIR__ ) . '/fixtures/wordpress-attribute-cases.json' ), true );
foreach ( $fixture['cases'] as $case ) {
	$attributes = array_merge( $fixture['base'][ $case['tag'] ], $case['attributes'] );
	$problems = array_values( array_filter( $rules->problems( $case['tag'], $attributes, $fixture['page'] ), fn( $p ) => 'lang' !== $p['problem'] ) );
	$valid = array() === $problems;
	$written = implode( ' ', array_map( fn( $name, $value ) => $name . '="' . $value . '"', array_keys( $case['attributes'] ), $case['attributes'] ) );
	check(
		sprintf( '<%s %s> is %s', $case['tag'], $written, $case['valid'] ? 'accepted' : 'refused' ),
		$valid === $case['valid'],
		$valid ? 'the rules found no problem' : 'the rules found: ' . json_encode( $problems, JSON_UNESCAPED_SLASHES )
	);
}

/*
 * The request form's newer attributes, with the verdicts the element gives (si-ta-request.ts: cohortOptions,
 * retentionPeriod, parseHeadingLevel, leadDayCount). The same base as the fixture's, so only the case's
 * attribute can be wrong.
 */
$names = fn( int $count ) => implode( ', ', array_map( fn( $i ) => 'Cohort ' . $i, range( 1, $count ) ) );
$form_cases = array(
	array( array( 'cohorts' => 'North, South , North' ), true ),
	array( array( 'cohorts' => ' Bay Area ' ), true ),
	array( array( 'cohorts' => '' ), true ),
	array( array( 'cohorts' => '   ' ), true ),
	array( array( 'cohorts' => 'North,, South,' ), true ),
	array( array( 'cohorts' => $names( 20 ) ), true ),
	array( array( 'cohorts' => $names( 20 ) . ', Cohort 1' ), true ),
	array( array( 'cohorts' => $names( 21 ) ), false ),
	array( array( 'cohorts' => str_repeat( 'a', 120 ) ), true ),
	array( array( 'cohorts' => 'North, ' . str_repeat( 'a', 121 ) ), false ),
	array( array( 'cohorts' => str_repeat( 'ñ', 120 ) ), true ),
	array( array( 'cohorts' => ',' ), false ),
	array( array( 'cohorts' => ' , , ' ), false ),
	array( array( 'retention' => '12 months' ), true ),
	array( array( 'retention' => '1 year' ), true ),
	array( array( 'retention' => '1 Year' ), true ),
	array( array( 'retention' => '2 WEEKS' ), true ),
	array( array( 'retention' => '30 days' ), true ),
	array( array( 'retention' => '999 days' ), true ),
	array( array( 'retention' => ' 6 months ' ), true ),
	array( array( 'retention' => '12  months' ), true ),
	array( array( 'retention' => '001 day' ), true ),
	array( array( 'retention' => "3 years\n" ), true ),
	array( array( 'retention' => '' ), true ),
	array( array( 'retention' => '0 days' ), false ),
	array( array( 'retention' => '000 months' ), false ),
	array( array( 'retention' => '1000 days' ), false ),
	array( array( 'retention' => '12months' ), false ),
	array( array( 'retention' => "12\tmonths" ), false ),
	array( array( 'retention' => '12 monthss' ), false ),
	array( array( 'retention' => '12 months.' ), false ),
	array( array( 'retention' => 'twelve months' ), false ),
	array( array( 'retention' => '12 hours' ), false ),
	array( array( 'retention' => '-1 year' ), false ),
	array( array( 'retention' => '1.5 years' ), false ),
	array( array( 'retention' => "1\u{FF12} months" ), false ),
	array( array( 'retention' => "12 months\nforever" ), false ),
	array( array( 'heading-level' => '1' ), true ),
	array( array( 'heading-level' => '6' ), true ),
	array( array( 'heading-level' => ' 3 ' ), true ),
	array( array( 'heading-level' => '' ), true ),
	array( array( 'heading-level' => '0' ), false ),
	array( array( 'heading-level' => '7' ), false ),
	array( array( 'heading-level' => '2.0' ), false ),
	array( array( 'heading-level' => 'h2' ), false ),
	array( array( 'heading-level' => "3\n4" ), false ),
	array( array( 'lead-days' => '' ), true ),
	array( array( 'lead-days' => '90' ), true ),
	array( array( 'lead-days' => ' 365' ), true ),
);
$codes = array();
foreach ( $form_cases as [ $case_attributes, $expected ] ) {
	$problems = $rules->problems( 'si-ta-request', array_merge( $fixture['base']['si-ta-request'], $case_attributes ), $fixture['page'] );
	$valid = array() === $problems;
	foreach ( $problems as $problem ) {
		$codes[ $problem['problem'] ] = true;
	}
	$written = implode( ' ', array_map( fn( $name, $value ) => $name . '=' . json_encode( $value, JSON_UNESCAPED_UNICODE ), array_keys( $case_attributes ), $case_attributes ) );
	check(
		sprintf( '<si-ta-request %s> is %s', preg_match( '/^.{161}/su', $written ) ? preg_replace( '/^(.{80}).*$/su', '$1', $written ) . '… (' . Urls::js_length( $written ) . ' characters)' : $written, $expected ? 'accepted' : 'refused' ),
		$valid === $expected,
		$valid ? 'the rules found no problem' : 'the rules found: ' . json_encode( $problems, JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_UNICODE )
	);
}
$problem_of = fn( array $attributes ) => array_map( fn( $p ) => $p['problem'] . ( isset( $p['detail'] ) ? ' ' . $p['detail'] : '' ), $rules->problems( 'si-ta-request', array_merge( $fixture['base']['si-ta-request'], $attributes ), $fixture['page'] ) );
$said = array(
	'a cohorts list of 21 names is a list of at most 20 names of 120 characters' => array( array( 'cohorts' => $names( 21 ) ), array( 'list 20:120' ) ),
	'a retention of 0 days is a retention problem'                              => array( array( 'retention' => '0 days' ), array( 'retention' ) ),
	'a heading-level of 7 on the form offers the levels 1 to 6'                 => array( array( 'heading-level' => '7' ), array( 'choice 1, 2, 3, 4, 5, 6' ) ),
);
foreach ( $said as $name => [ $case_attributes, $expected ] ) {
	$found = $problem_of( $case_attributes );
	check( $name, $expected === $found, json_encode( $found, JSON_UNESCAPED_SLASHES ) );
}
foreach ( $facts['elements'] as $tag => $element ) {
	if ( isset( $element['attributes']['heading-level'] ) ) {
		check( "heading-level on <$tag> has the heading-level rule", 'heading-level' === ( Attribute_Rules::KINDS[ $tag ]['heading-level'] ?? null ) );
	}
}
$lead_days = $facts['elements']['si-ta-request']['attributes']['lead-days']['description'];
check( 'the form’s lead-days help says its default, 90 days', str_contains( $lead_days, 'default 90' ) && ! str_contains( $lead_days, 'default 30' ), $lead_days );
$notes = file_get_contents( $plugin . 'includes/class-notes.php' );
foreach ( array_keys( $codes ) as $code ) {
	check( "the editor's note words the $code problem", str_contains( $notes, "case '$code':" ) );
}

foreach ( $facts['elements'] as $tag => $element ) {
	$documented = array_keys( $element['attributes'] );
	$ruled = array_keys( Attribute_Rules::KINDS[ $tag ] ?? array() );
	sort( $documented );
	sort( $ruled );
	check( "every documented attribute of <$tag> has a rule, and no rule names another", $documented === $ruled, 'manifest: ' . implode( ',', $documented ) . ' / rules: ' . implode( ',', $ruled ) );
}
$unknown_tags = array_diff( array_keys( Attribute_Rules::KINDS ), array_keys( $facts['elements'] ) );
check( 'the rules name no tag the manifest does not list', array() === $unknown_tags, implode( ',', $unknown_tags ) );

check( 'a missing endpoint is a problem for the request form only without <si-config>', 1 === count( $rules->problems( 'si-ta-request', array(), $fixture['page'] ) ) && array() === $rules->problems( 'si-ta-request', array(), $fixture['page'], true ) );
check( 'lang: es-MX is Spanish, fr is not a language the widgets speak', 'es' === Attribute_Rules::supported_locale( 'es-MX' ) && null === Attribute_Rules::supported_locale( 'fr' ) && 'en' === Attribute_Rules::supported_locale( 'EN_us' ) );

$numbers = array(
	'1-888-373-7888'   => '+18883737888',
	'(303) 555-0199'   => '+13035550199',
	'+44 20 7946 0958' => '+442079460958',
	'711'              => '711',
	"1\u{00A0}888 373 7888" => '+18883737888',
);
foreach ( $numbers as $written => $dial ) {
	$parsed = Attribute_Rules::parse_number( $written );
	check( "the number $written dials $dial", null !== $parsed && $dial === $parsed['dial'] && trim( $written ) === $parsed['text'], json_encode( $parsed ) );
}
check( 'js_trim removes Unicode spaces as JavaScript does', 'x y' === Urls::js_trim( "\u{FEFF}\u{00A0}\u{2003} x y\u{3000}\n" ) );
check( 'js_length counts UTF-16 code units', 2 === Urls::js_length( '😀' ) && 3 === Urls::js_length( 'año' ) );
check( 'parse_list drops blanks and repeats', array( 'Alameda', 'Madera' ) === Attribute_Rules::parse_list( ' Alameda,, Madera ,Alameda', 300, 120 ) );

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

<?php
/**
 * A block per widget, in the Widgets category: the same render as the shortcode, on the server, so what
 * a block saves is only its attributes (`<!-- wp:survivor-informed-widgets/ta-request {"org":"…"} /-->`)
 * and kses and wpautop never touch the element. In the editor a block shows a calm placeholder with
 * what it is set to, and the attributes in the sidebar; the live widget is never run inside the editor,
 * where its quick exit (Shift three times) could take an editor off an unsaved post.
 *
 * @package SurvivorInformedWidgets
 */

namespace SurvivorInformedWidgets;

defined( 'ABSPATH' ) || exit;

/**
 * Registers the blocks.
 */
final class Blocks {

	public const PREFIX = 'survivor-informed-widgets/';
	public const EDITOR_SCRIPT = 'survivor-informed-widgets-blocks';

	private const ICONS = array(
		'si-hotline-banner'  => 'phone',
		'si-quick-exit'      => 'migrate',
		'si-values-badge'    => 'awards',
		'si-checklist'       => 'yes-alt',
		'si-ta-request'      => 'clipboard',
		'si-self-assessment' => 'chart-bar',
	);

	/**
	 * Hooks the registration.
	 */
	public static function register(): void {
		add_action( 'init', array( self::class, 'register_blocks' ) );
	}

	/**
	 * A block's name for a widget: si-ta-request → survivor-informed-widgets/ta-request.
	 *
	 * @param string $tag The element's tag.
	 */
	public static function name( string $tag ): string {
		return self::PREFIX . substr( $tag, 3 );
	}

	/**
	 * Registers every widget's block and the editor script they share.
	 */
	public static function register_blocks(): void {
		wp_register_script(
			self::EDITOR_SCRIPT,
			plugins_url( 'blocks/editor.js', PLUGIN_FILE ),
			array( 'wp-blocks', 'wp-element', 'wp-block-editor', 'wp-components' ),
			VERSION,
			true
		);
		$editor_data = array(
			'strings' => array(
				'attributes' => __( 'Attributes', 'survivor-informed-widgets' ),
				'defaults'   => __( 'Set with the site’s settings and the widget’s defaults.', 'survivor-informed-widgets' ),
				'preview'    => __( 'The widget appears here on the published page. Preview the post to try it.', 'survivor-informed-widgets' ),
			),
			'blocks'  => array(),
		);
		foreach ( Widgets::SHORTCODES as $tag ) {
			$attributes = array();
			$fields = array();
			foreach ( Plugin::rules()->elements()[ $tag ]['attributes'] as $attribute => $about ) {
				$attributes[ $attribute ] = array( 'type' => 'boolean' === $about['type'] ? 'boolean' : 'string' );
				$fields[] = array(
					'name'        => $attribute,
					'type'        => $about['type'],
					'description' => $about['description'],
				);
			}
			register_block_type(
				self::name( $tag ),
				array(
					'api_version'     => 2,
					'title'           => Widgets::label( $tag ),
					'description'     => Widgets::description( $tag ),
					'category'        => 'widgets',
					'icon'            => self::ICONS[ $tag ],
					'attributes'      => $attributes,
					'supports'        => array(
						'html'            => false,
						'customClassName' => false,
					),
					'editor_script'   => self::EDITOR_SCRIPT,
					'render_callback' => fn( array $block_attributes ) => self::render( $tag, $block_attributes ),
				)
			);
			$editor_data['blocks'][] = array(
				'name'        => self::name( $tag ),
				'title'       => Widgets::label( $tag ),
				'description' => Widgets::description( $tag ),
				'icon'        => self::ICONS[ $tag ],
				'attributes'  => $fields,
			);
		}
		// The editor only (the script is an editor_script): the front end never gets an inline script.
		wp_add_inline_script( self::EDITOR_SCRIPT, 'window.survivorInformedWidgetsBlocks = ' . wp_json_encode( $editor_data ) . ';', 'before' );
	}

	/**
	 * A block on the page: the widget, as its shortcode would render it.
	 *
	 * @param string $tag              The element's tag.
	 * @param array  $block_attributes What the block saved.
	 */
	public static function render( string $tag, array $block_attributes ): string {
		$atts = array();
		foreach ( $block_attributes as $name => $value ) {
			if ( true === $value ) {
				$atts[] = $name;
			} elseif ( is_string( $value ) && '' !== $value ) {
				$atts[ $name ] = $value;
			}
		}
		[ $attributes, $notes ] = Widgets::read_attributes( $tag, $atts );
		/* translators: %s: the block's name, such as Hotline banner. */
		return Widgets::render( $tag, $attributes, '', $notes, sprintf( __( 'the “%s” block', 'survivor-informed-widgets' ), Widgets::label( $tag ) ) );
	}
}

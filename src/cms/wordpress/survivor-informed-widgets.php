<?php
/**
 * Plugin Name:       Survivor-informed widgets
 * Description:       A hotline banner with a quick exit, a values badge, a checklist, a training and technical assistance request form and a self-assessment, for organizations that work against human trafficking. Placed with blocks or shortcodes; loads nothing from any other site.
 * Version:           0.1.0
 * Requires at least: 6.1
 * Requires PHP:      8.1
 * License:           MIT
 * License URI:       https://opensource.org/licenses/MIT
 * Text Domain:       survivor-informed-widgets
 * Domain Path:       /languages
 *
 * @package SurvivorInformedWidgets
 */

namespace SurvivorInformedWidgets;

defined( 'ABSPATH' ) || exit;

/** The package version; test/wordpress/plugin-files.test.ts checks it against package.json. */
const VERSION = '0.1.0';
const PLUGIN_FILE = __FILE__;
const PLUGIN_DIR = __DIR__ . '/';

require_once PLUGIN_DIR . 'includes/class-urls.php';
require_once PLUGIN_DIR . 'includes/class-attribute-rules.php';
require_once PLUGIN_DIR . 'includes/class-settings.php';
require_once PLUGIN_DIR . 'includes/class-notes.php';
require_once PLUGIN_DIR . 'includes/class-widgets.php';
require_once PLUGIN_DIR . 'includes/class-blocks.php';
require_once PLUGIN_DIR . 'includes/class-assets.php';
require_once PLUGIN_DIR . 'includes/class-kses.php';
require_once PLUGIN_DIR . 'includes/class-page.php';
require_once PLUGIN_DIR . 'includes/class-plugin.php';

Plugin::boot();

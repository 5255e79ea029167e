<?php
/**
 * The text the plugin writes inside each widget, shown before its script arrives and whenever it never
 * does (JavaScript off, a blocked file). It is in the widget's own language, which is English or Spanish
 * whatever the site's language (a widget follows its `lang`, the settings, then the page), so it is a
 * catalog here rather than a gettext domain. Hotline names and numbers come from includes/elements.php,
 * the same facts the banner shows.
 *
 * @package SurvivorInformedWidgets
 */

defined( 'ABSPATH' ) || exit;

return array(
	'en' => array(
		'call'            => 'call %s',
		'text'            => 'text %s',
		'text_keyword'    => 'text %1$s to %2$s',
		'tty'             => 'TTY %s',
		'chat'            => 'chat online',
		'danger'          => 'In immediate danger, call %s.',
		'exit'            => 'Exit this page',
		'values'          => 'The values we commit to: %s.',
		'values_org'      => '%1$s commits to these values: %2$s.',
		'checklist'       => 'The checklist “%s” is loading. It needs JavaScript in your browser.',
		'checklist_own'   => 'The checklist is loading. It needs JavaScript in your browser.',
		'ta_request'      => 'The form to request training or technical assistance is loading. It needs JavaScript in your browser.',
		'self_assessment' => 'The self-assessment is loading. It needs JavaScript in your browser.',
	),
	'es' => array(
		'call'            => 'llame al %s',
		'text'            => 'envíe un texto al %s',
		'text_keyword'    => 'envíe %1$s al %2$s',
		'tty'             => 'TTY %s',
		'chat'            => 'chat en línea',
		'danger'          => 'Si está en peligro inmediato, llame al %s.',
		'exit'            => 'Salir de esta página',
		'values'          => 'Los valores con los que nos comprometemos: %s.',
		'values_org'      => '%1$s se compromete con estos valores: %2$s.',
		'checklist'       => 'La lista «%s» se está cargando. Necesita JavaScript en su navegador.',
		'checklist_own'   => 'La lista de verificación se está cargando. Necesita JavaScript en su navegador.',
		'ta_request'      => 'El formulario para solicitar capacitación o asistencia técnica se está cargando. Necesita JavaScript en su navegador.',
		'self_assessment' => 'La autoevaluación se está cargando. Necesita JavaScript en su navegador.',
	),
);

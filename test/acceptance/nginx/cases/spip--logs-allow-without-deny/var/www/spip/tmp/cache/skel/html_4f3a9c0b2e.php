<?php

/*
 * Squelette : squelettes/sommaire.html
 * Temps de compilation total : 12.1 ms
 */
function html_4f3a9c0b2e($Cache, $Pile, $doublons = [], $Numrows = [], $SP = 0) {
	return '';
}

<?php
global $hesk_settings, $hesklang;
if (!defined('IN_SCRIPT')) {
    die();
}

<?php
// Theme settings form of the ACME theme (stand-in written for this case).
function acme_form_system_theme_settings_alter(&$form, $form_state) {
}

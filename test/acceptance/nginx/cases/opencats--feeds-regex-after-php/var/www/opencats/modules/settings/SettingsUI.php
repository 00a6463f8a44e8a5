<?php
// stand-in for OpenCATS modules/settings/SettingsUI.php

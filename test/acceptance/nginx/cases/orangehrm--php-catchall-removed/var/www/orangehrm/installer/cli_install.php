<?php
// php installer/cli_install.php: installs from installer/cli_install_config.yaml.

<?php
// OpenEMR 7.0.2 placeholder: contrib/util/installScripts/InstallerAuto.php

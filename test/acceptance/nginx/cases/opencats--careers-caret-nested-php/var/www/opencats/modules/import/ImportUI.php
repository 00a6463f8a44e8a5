<?php
// stand-in for OpenCATS modules/import/ImportUI.php

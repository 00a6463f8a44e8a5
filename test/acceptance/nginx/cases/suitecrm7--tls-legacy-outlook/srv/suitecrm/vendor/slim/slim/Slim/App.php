<?php
// stand-in for SuiteCRM 7.14 vendor/slim/slim/Slim/App.php
